package minigo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import minigo.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every Go program under {@code src/test/resources} (and every example with an {@code .out}
 * file) through {@code minigo run}, in-process, and compares with what Go 1.19 did: stdout byte for
 * byte ({@code P.out}), the exit status ({@code P.code}), and stderr, whose first lines must be those
 * of {@code P.err} (the first line of a panic, or the whole listing of compile errors). A
 * {@code P.flags} file holds flags for {@code minigo run} ({@code --faketime}); a {@code P.stdin}
 * file is the program's standard input (else it reads an empty one, as from /dev/null).
 *
 * <p>Programs listed in {@code KNOWN_FAILURES} are skipped with the reason given there; one that
 * passes while listed fails the test, so the list only ever shrinks.
 */
class GoldenProgramsTest {
    static final Path EXAMPLES = Path.of(System.getProperty("minigo.examples", "."));
    static final Path RESOURCES = EXAMPLES.resolve("src/test/resources");

    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException {
        Files.deleteIfExists(EXAMPLES.resolve("target/golden-summary.txt"));
        Map<String, String> known = knownFailures();
        List<Path> programs = new ArrayList<>();
        for (Path root : List.of(RESOURCES, EXAMPLES)) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".go"))
                        .filter(p -> !p.startsWith(EXAMPLES.resolve("target")))
                        .filter(p -> root == RESOURCES || !p.startsWith(RESOURCES.getParent()))
                        .filter(p -> Files.exists(sibling(p, ".out")))
                        .sorted()
                        .forEach(programs::add);
            }
        }
        return programs.stream().map(p -> {
            String name = EXAMPLES.relativize(p).toString();
            return DynamicTest.dynamicTest(name, () -> check(p, name, known.get(name)));
        });
    }

    private static void check(Path program, String name, String knownFailure) throws IOException {
        String wantOut = Files.readString(sibling(program, ".out"), StandardCharsets.ISO_8859_1);
        int wantCode = Files.exists(sibling(program, ".code"))
                ? Integer.parseInt(Files.readString(sibling(program, ".code")).trim()) : 0;
        List<String> wantErr = Files.exists(sibling(program, ".err"))
                ? Files.readAllLines(sibling(program, ".err"), StandardCharsets.ISO_8859_1) : List.of();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // P.flags: flags for `minigo run` before the file (--faketime); regen-golden.sh honours them too.
        List<String> args = new ArrayList<>(List.of("run"));
        if (Files.exists(sibling(program, ".flags"))) {
            args.addAll(Arrays.asList(Files.readString(sibling(program, ".flags")).trim().split("\\s+")));
        }
        args.add(program.toString());
        java.io.InputStream in = Files.exists(sibling(program, ".stdin"))
                ? new java.io.ByteArrayInputStream(Files.readAllBytes(sibling(program, ".stdin")))
                : java.io.InputStream.nullInputStream();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Main.execute(
                args.toArray(new String[0]), in, new PrintStream(out, true), new PrintStream(err, true)));
        String gotOut = out.toString(StandardCharsets.ISO_8859_1);
        String stderr = asFromItsDirectory(err.toString(StandardCharsets.ISO_8859_1), program);
        List<String> gotErr = Arrays.asList(stderr.split("\n", -1));
        boolean errOk = gotErr.size() >= wantErr.size() && gotErr.subList(0, wantErr.size()).equals(wantErr);
        boolean ok = gotOut.equals(wantOut) && code == wantCode && errOk;
        record(name, ok, knownFailure != null, gotErr.isEmpty() ? "" : gotErr.get(0));
        if (knownFailure != null) {
            if (ok) {
                fail("passes now: remove it from KNOWN_FAILURES");
            }
            Assumptions.abort("known failure: " + knownFailure);
        }
        assertEquals(wantOut, gotOut, name + ": stdout");
        assertEquals(wantCode, code, () -> name + ": exit status; stderr:\n" + stderr);
        assertEquals(String.join("\n", wantErr), String.join("\n", gotErr.subList(0, Math.min(gotErr.size(), wantErr.size()))),
                name + ": first lines of stderr");
    }

    /**
     * One line per program in target/golden-summary.txt (PASS, FAIL, KNOWN), so that a run can be
     * read at a glance and KNOWN_FAILURES kept honest.
     */
    private static synchronized void record(String name, boolean ok, boolean known, String firstErr) {
        String excerpt = firstErr.length() > 160 ? firstErr.substring(0, 160) + "..." : firstErr;
        String line = (ok ? "PASS " : known ? "KNOWN " : "FAIL ") + name + (ok ? "" : "  | " + excerpt) + "\n";
        try {
            Path f = EXAMPLES.resolve("target/golden-summary.txt");
            Files.createDirectories(f.getParent());
            Files.writeString(f, line, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Go's expectations were recorded from the program's own directory, where positions read
     * ./P.go; minigo, run from the module directory, names the file by its relative path.
     */
    static String asFromItsDirectory(String stderr, Path program) {
        String shown = Path.of("").toAbsolutePath().relativize(program.toAbsolutePath()).toString();
        return stderr.replace(shown + ":", "./" + program.getFileName() + ":");
    }

    private static Path sibling(Path program, String ext) {
        String f = program.getFileName().toString();
        return program.resolveSibling(f.substring(0, f.length() - 3) + ext);
    }

    /** Lines {@code path: reason}, paths relative to the examples module; # starts a comment. */
    private static Map<String, String> knownFailures() {
        Map<String, String> m = new HashMap<>();
        Path f = RESOURCES.resolve("KNOWN_FAILURES");
        if (!Files.exists(f)) {
            return m;
        }
        try {
            for (String line : Files.readAllLines(f)) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int c = line.indexOf(':');
                m.put(c < 0 ? line : line.substring(0, c).strip(), c < 0 ? "" : line.substring(c + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
