package minigo.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import minigo.ast.CompileError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code syntax/<case>.go} must fail with exactly the first error line that real Go 1.19 prints
 * for it, recorded in {@code <case>.err} by {@code syntax/regen.sh}.
 */
class SyntaxErrorGoldenTest {

    static List<Path> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(SyntaxErrorGoldenTest.class.getResource("/syntax").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
    }

    /** What minigo reports first for a file, in the golden's format (file name without "./"). */
    static String firstError(Path go) throws IOException {
        String name = go.getFileName().toString();
        try {
            SourceParser.parse(name, Files.readAllBytes(go));
            return "(no error)";
        } catch (CompileError e) {
            return e.diagnostics().get(0).toString();
        }
    }

    @TestFactory
    Stream<DynamicTest> firstErrorMatchesGo() throws Exception {
        return cases().stream().map(go -> DynamicTest.dynamicTest(go.getFileName().toString(), () -> {
            Path err = go.resolveSibling(go.getFileName().toString().replace(".go", ".err"));
            if (!Files.exists(err)) fail("missing golden " + err + " (run syntax/regen.sh)");
            String want = Files.readString(err).strip();
            assertEquals(want, firstError(go));
        }));
    }

    /** Developer entry point: prints mismatches only. */
    public static void main(String[] args) throws Exception {
        int bad = 0, all = 0;
        for (Path go : cases()) {
            all++;
            String want = Files.readString(go.resolveSibling(go.getFileName().toString().replace(".go", ".err"))).strip();
            String got = firstError(go);
            if (!want.equals(got)) {
                bad++;
                System.out.println("want " + want + "\n got " + got);
            }
        }
        System.out.println(bad + " of " + all + " differ");
    }
}
