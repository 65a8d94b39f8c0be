package minigo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import minigo.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Goroutine dumps (deadlock, panic in a goroutine) compared with what real Go printed (P.stderr,
 * tools/regen-dumps.sh): the message, every goroutine's header in order, its frames in package main
 * with their positions, and "created by". Normalised on both sides: goroutine ids other than 1
 * (Go's depend on its own system goroutines), arguments, PC offsets, and frames outside package
 * main (the runtime's and sync's internals differ).
 */
class FailureDumpTest {
    static final Path DIR = Path.of(System.getProperty("minigo.examples", ".")).resolve("src/test/resources/sched");

    @TestFactory
    Stream<DynamicTest> dumpsAsGoPrintsThem() throws IOException {
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            s.filter(p -> p.toString().endsWith(".go"))
                    .filter(p -> Files.exists(p.resolveSibling(p.getFileName().toString().replace(".go", ".stderr"))))
                    .sorted().forEach(programs::add);
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        String want = Files.readString(program.resolveSibling(program.getFileName().toString().replace(".go", ".stderr")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", "--seed", "1", program.toString()},
                new PrintStream(out, true), new PrintStream(err, true));
        String got = GoldenProgramsTest.asFromItsDirectory(err.toString(StandardCharsets.UTF_8), program);
        assertEquals(2, code);
        assertEquals(normalise(want), normalise(got));
    }

    /** The lines both sides must agree on, normalised. */
    static String normalise(String dump) {
        StringBuilder sb = new StringBuilder();
        String[] lines = dump.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("goroutine ")) {
                sb.append(l.replaceFirst("^goroutine (?!1 )\\d+", "goroutine N")).append('\n');
            } else if (l.startsWith("main.") || l.startsWith("created by ")) {
                sb.append(l.replaceFirst("\\(.+\\)$", "(...)")).append('\n');
                if (i + 1 < lines.length && lines[i + 1].startsWith("\t")) {
                    sb.append(lines[++i].replaceFirst(" \\+0x[0-9a-f]+$", "")).append('\n');
                }
            } else if (l.startsWith("fatal error: ") || l.startsWith("panic: ")) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }
}
