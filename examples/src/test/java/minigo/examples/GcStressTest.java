package minigo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import minigo.interp.CheckedProgram;
import minigo.interp.Frontend;
import minigo.interp.Runner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus under the collector's stress modes (DESIGN §3): GOGC=1 runs a cycle every few
 * kilobytes, clobberfree=1 poisons what is freed (a later mark that finds it stops the program), gccheckmark=1 re-marks every cycle with the world stopped and stops the program if
 * the concurrent mark missed a reachable object, gcstoptheworld=1 marks in the pause. Every program
 * must print exactly what Go printed (its .out), with the same exit status, under each.
 */
class GcStressTest {
    static final List<String> DIRS = List.of("conformance/basics", "conformance/types", "conformance/control",
            "conformance/programs", "conformance/memory", "memstats");

    static final List<Map<String, String>> MODES = List.of(
            Map.of("GOGC", "1", "GODEBUG", "gccheckmark=1,clobberfree=1"),
            Map.of("GOGC", "5", "GODEBUG", "gcstoptheworld=1,gccheckmark=1"));

    @TestFactory
    Stream<DynamicTest> corpusUnderStress() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = DIRS.stream().flatMap(d -> list(GoldenProgramsTest.RESOURCES.resolve(d)))) {
            programs = s.filter(p -> p.toString().endsWith(".go"))
                    .filter(p -> Files.exists(sibling(p, ".out")))
                    .filter(p -> !known(p))
                    // prints debug.SetGCPercent's previous value: GOGC itself (Go prints 1 under GOGC=1 too)
                    .filter(p -> !p.getFileName().toString().equals("gcpercent.go"))
                    .sorted().toList();
        }
        return MODES.stream().flatMap(env -> programs.stream().map(p -> DynamicTest.dynamicTest(
                env + " " + GoldenProgramsTest.RESOURCES.relativize(p), () -> check(p, env))));
    }

    private static void check(Path p, Map<String, String> env) throws IOException {
        String want = Files.readString(sibling(p, ".out"), StandardCharsets.ISO_8859_1);
        int wantCode = Files.exists(sibling(p, ".code")) ? Integer.parseInt(Files.readString(sibling(p, ".code")).trim()) : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CheckedProgram prog = Frontend.check(List.of(p));
        int code = Runner.run(prog, "/tmp/go-build/b001/exe/" + p.getFileName(), List.of(), env, out, err);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(!stderr.contains("checkmark") && !stderr.contains("internal error"), stderr);
        assertEquals(want, out.toString(StandardCharsets.ISO_8859_1), p + ": stdout; stderr:\n" + stderr);
        assertEquals(wantCode, code, p + ": exit status; stderr:\n" + stderr);
    }

    /** Programs GoldenProgramsTest knows to fail (KNOWN_FAILURES) fail here too. */
    private static boolean known(Path p) {
        try {
            String rel = GoldenProgramsTest.EXAMPLES.relativize(p).toString();
            return Files.readAllLines(GoldenProgramsTest.RESOURCES.resolve("KNOWN_FAILURES")).stream()
                    .anyMatch(l -> l.startsWith(rel + ":"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir);
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static Path sibling(Path program, String ext) {
        String f = program.getFileName().toString();
        return program.resolveSibling(f.substring(0, f.length() - 3) + ext);
    }
}
