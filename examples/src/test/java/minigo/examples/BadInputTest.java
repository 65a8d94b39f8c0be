package minigo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import minigo.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never shows a Java stack trace nor an internal error: each case gets a message in Go's
 * words and a non-zero exit status. The mutation test feeds randomly damaged corpus programs to
 * the front end ({@code minigo build}) and requires the same of every one.
 */
class BadInputTest {
    @TempDir
    Path dir;

    record Result(int status, String out, String err) {}

    static Result minigo(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(args, new PrintStream(out, true), new PrintStream(err, true));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static void assertCleanFailure(Result r) {
        assertNotEquals(0, r.status(), r.err());
        assertNotEquals(3, r.status(), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void emptyFile() throws IOException {
        Result r = minigo("run", write("empty.go", new byte[0]).toString());
        assertCleanFailure(r);
        assertTrue(r.err().endsWith(":1:1: expected 'package', found 'EOF'\n"), r.err());
        assertEquals(1, r.status());
    }

    @Test
    void unsafePointerFromInteger() throws IOException {
        String src = "package main\n\nimport \"unsafe\"\n\nfunc main() {\n\tvar u uintptr = 8\n\tp := unsafe.Pointer(u)\n\t_ = p\n}\n";
        Result r = minigo("run", write("up.go", src.getBytes(StandardCharsets.UTF_8)).toString());
        assertCleanFailure(r);
        assertTrue(r.err().contains(":7:22: cannot convert u (variable of type uintptr) to type unsafe.Pointer: minigo has no raw memory"),
                r.err());
        assertEquals(2, r.status());
    }

    @Test
    void unsafePointerReadAsAnotherType() throws IOException {
        // Go reads the string header's first word; minigo's memory holds a string, not words
        String src = "package main\n\nimport (\n\t\"fmt\"\n\t\"unsafe\"\n)\n\nfunc main() {\n\ts := \"hello\"\n"
                + "\tfmt.Println(\"before\")\n\tw := *(*uintptr)(unsafe.Pointer(&s))\n\tfmt.Println(w)\n}\n";
        Result r = minigo("run", write("pun.go", src.getBytes(StandardCharsets.UTF_8)).toString());
        assertCleanFailure(r);
        assertEquals("before\n", r.out());
        assertTrue(r.err().startsWith("fatal error: unsafe.Pointer to string converted to *uintptr: "), r.err());
        assertTrue(r.err().contains("main.main()\n\t" ), r.err());
        assertTrue(r.err().contains("pun.go:11 "), r.err());
        assertEquals(2, r.status());
    }

    @Test
    void binaryJunk() throws IOException {
        Result r = minigo("run", write("junk.go", new byte[] {0, 1, 2, (byte) 0xff, 'x'}).toString());
        assertCleanFailure(r);
        assertTrue(r.err().contains("unexpected NUL in input"), r.err());
    }

    @Test
    void invalidUtf8InString() throws IOException {
        byte[] src = "package main\nfunc main() { s := \"\u00ff\"; println(s) }\n".getBytes(StandardCharsets.ISO_8859_1);
        Result r = minigo("run", write("bad.go", src).toString());
        assertCleanFailure(r);
        assertTrue(r.err().contains(":2:21: invalid UTF-8 encoding"), r.err());
        assertEquals(2, r.status());
    }

    @Test
    void tenThousandNestedParentheses() throws IOException {
        String src = "package main\n\nfunc main() {\n\tx := " + "(".repeat(10_000) + "1" + ")".repeat(10_000)
                + "\n\tprintln(x)\n}\n";
        Result r = minigo("run", write("deep.go", src.getBytes(StandardCharsets.UTF_8)).toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("1\n", r.err(), "println writes to stderr, as Go's does");
    }

    @Test
    void missingFile() {
        Result r = minigo("run", dir.resolve("nothere.go").toString());
        assertCleanFailure(r);
        assertTrue(r.err().startsWith("stat "), r.err());
        assertTrue(r.err().contains(": no such file or directory"), r.err());
        assertEquals(1, r.status());
    }

    @Test
    void unknownFlag() {
        Result r = minigo("run", "-foo", "x.go");
        assertCleanFailure(r);
        assertTrue(r.err().startsWith("flag provided but not defined: -foo\n"), r.err());
        assertEquals(2, r.status());
    }

    @Test
    void badGcflags() throws IOException {
        Path p = write("ok.go", "package main\nfunc main() {}\n".getBytes(StandardCharsets.UTF_8));
        Result r = minigo("build", "-gcflags=-zz", p.toString());
        assertCleanFailure(r);
        assertTrue(r.err().contains("flag provided but not defined: -zz"), r.err());
    }

    @Test
    void noGoFiles() {
        Result r = minigo("run", "notgo");
        assertCleanFailure(r);
    }

    /**
     * Damages corpus programs at random (a fixed seed, so a failure can be replayed) and checks
     * every mutant: a program that still compiles is fine; one that does not must be refused in
     * Go's words. Only the front end runs, since a mutant may loop forever.
     */
    @Test
    void mutatedCorpusProgramsNeverCauseInternalErrors() throws IOException {
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(GoldenProgramsTest.RESOURCES.resolve("conformance"))) {
            s.filter(p -> p.toString().endsWith(".go")).sorted().forEach(programs::add);
        }
        Random rnd = new Random(20261122);
        String[] junk = {"{", "}", "(", ")", "[", "]", ";", ",", ":=", "=", "*", "&", "...", "<-", "func", "go",
            "defer", "range", "nil", "\"", "'", "`", "0x", "1e", ".", "type", "interface{}", "[]", "map[", "chan", "~"};
        int mutants = 0;
        for (int i = 0; i < 240; i++) {
            Path src = programs.get(rnd.nextInt(programs.size()));
            String text = Files.readString(src);
            StringBuilder b = new StringBuilder(text);
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits && b.length() > 0; e++) {
                int at = rnd.nextInt(b.length());
                switch (rnd.nextInt(4)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, junk[rnd.nextInt(junk.length)]);
                    case 2 -> {
                        int end = Math.min(b.length(), at + 1 + rnd.nextInt(40));
                        b.delete(at, end);
                    }
                    default -> {
                        int from = rnd.nextInt(b.length());
                        int end = Math.min(b.length(), from + 1 + rnd.nextInt(30));
                        b.insert(at, b.substring(from, end));
                    }
                }
            }
            Path mutant = write("m" + i + ".go", b.toString().getBytes(StandardCharsets.UTF_8));
            Result r = minigo("build", mutant.toString());
            String where = "mutant " + i + " of " + src.getFileName() + ":\n" + b + "\n--- stderr:\n" + r.err();
            assertNotEquals(3, r.status(), where);
            assertFalse(r.err().contains("internal error"), where);
            assertFalse(r.err().contains("\tat "), where);
            mutants++;
        }
        assertEquals(240, mutants);
    }
}
