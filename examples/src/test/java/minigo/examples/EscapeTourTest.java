package minigo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import minigo.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The escape-analysis tour ({@code examples/escape}, README "Why does it escape?") promises that
 * {@code minigo build -gcflags=-m P.go} prints exactly what Go 1.19 printed, recorded in {@code P.m}
 * by {@code examples/escape/regen.sh}. Running the programs is {@link GoldenProgramsTest}'s job.
 */
class EscapeTourTest {
    static final Path TOUR = GoldenProgramsTest.EXAMPLES.resolve("escape");

    @TestFactory
    Stream<DynamicTest> escapeDiagnostics() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(TOUR)) {
            programs = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertFalse(programs.isEmpty(), "no tour programs under " + TOUR.toAbsolutePath());
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        String name = program.getFileName().toString();
        Path m = program.resolveSibling(name.substring(0, name.length() - 3) + ".m");
        String want = Files.readString(m, StandardCharsets.UTF_8);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"build", "-gcflags=-m", program.toString()},
                new PrintStream(out, true), new PrintStream(err, true));
        String got = GoldenProgramsTest.asFromItsDirectory(err.toString(StandardCharsets.UTF_8), program);

        assertEquals(want, got, "stderr of build -gcflags=-m");
        assertEquals(0, code, "exit status");
        assertEquals("", out.toString(StandardCharsets.UTF_8), "stdout");
    }
}
