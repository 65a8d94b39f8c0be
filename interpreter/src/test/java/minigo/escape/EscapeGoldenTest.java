package minigo.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import minigo.ast.Ast;
import minigo.parser.SourceParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus recorded from Go 1.19 (regen.sh): every program's {@code -gcflags=-m} output must be
 * identical, line for line and in order; {@code -m -m} (which adds flow explanations we only
 * approximate) must keep an F1 of at least 0.9 over the corpus.
 */
class EscapeGoldenTest {

    static Path dir() throws URISyntaxException {
        return Path.of(EscapeGoldenTest.class.getResource("/escape").toURI());
    }

    static List<String> report(Path go, int level) throws IOException {
        byte[] src = Files.readAllBytes(go);
        Ast.File f = SourceParser.parse("./" + go.getFileName(), src);
        return Diagnostics.report(List.of(f), List.of(src), level, false);
    }

    static List<Path> programs() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> levelOneIsByteIdentical() throws IOException, URISyntaxException {
        return programs().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Path m1 = Path.of(p.toString().replaceAll("\\.go$", ".m1"));
            assertEquals(Files.readAllLines(m1), report(p, 1));
        }));
    }

    /** Programs of the conformance corpus (go run golden programs), whose -m output Go recorded in more/. */
    @TestFactory
    Stream<DynamicTest> moreProgramsAreByteIdentical() throws IOException, URISyntaxException {
        List<Path> more;
        try (Stream<Path> s = Files.list(dir().resolve("more"))) {
            more = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return more.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Path m1 = Path.of(p.toString().replaceAll("\\.go$", ".m1"));
            assertEquals(Files.readAllLines(m1), report(p, 1));
        }));
    }

    @Test
    void levelTwoExplanationsMostlyMatch() throws IOException, URISyntaxException {
        int matched = 0;
        int expected = 0;
        int got = 0;
        for (Path p : programs()) {
            List<String> want = Files.readAllLines(Path.of(p.toString().replaceAll("\\.go$", ".m2")));
            List<String> have = report(p, 2);
            Map<String, Integer> bag = new HashMap<>();
            want.forEach(l -> bag.merge(l, 1, Integer::sum));
            for (String l : have) {
                Integer n = bag.get(l);
                if (n != null && n > 0) {
                    bag.put(l, n - 1);
                    matched++;
                }
            }
            expected += want.size();
            got += have.size();
        }
        double prec = (double) matched / got;
        double rec = (double) matched / expected;
        double f1 = 2 * prec * rec / (prec + rec);
        assertTrue(f1 >= 0.95, "-m=2 F1 " + f1);
    }

    @Test
    void nothingToSayPrintsNothing() throws IOException {
        Path tmp = Files.createTempFile("quiet", ".go");
        Files.writeString(tmp, "package main\n\n//go:noinline\nfunc f(a int) int { return a }\n\nfunc main() { println(f(1), f(2)) }\n");
        List<String> out = new ArrayList<>(report(tmp, 1));
        Files.delete(tmp);
        assertEquals(List.of(), out);
    }
}
