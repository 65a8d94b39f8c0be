package minigo.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The terminal side, through JLine's dumb terminal fed with keystrokes: multi-line editing, completion, history. */
class TerminalTest {
    record Run(int status, String screen, String out, String err) {}

    static Run type(String keys, Path history) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Terminal t = new DumbTerminal("test", "xterm", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8)) {
            Repl repl = new Repl(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = repl.runTerminal(t, history);
            return new Run(status, screen.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void multiLineInputContinuesWhileABraceIsOpen() throws Exception {
        Run r = type("func twice(n int) int {\nreturn 2 * n\n}\nprintln(twice(21))\n", null);
        assertEquals("42\n", r.err());
        assertEquals("", r.out()); // a line accepted alone would have been a syntax error
        assertEquals(0, r.status());
    }

    @Test
    void tabCompletesSessionNamesAndCommands() throws Exception {
        Run r = type("func square(n int) int { return n * n }\nsqua\t(5)\n:memst\t\n", null);
        assertTrue(r.out().contains("25  // int"), r.out() + r.err());
        assertTrue(r.out().contains("Alloc") || r.err().contains("runtime"), r.out() + r.err());
    }

    @Test
    void historyIsSavedToItsFile() throws Exception {
        Path h = Files.createTempFile("minigo_history", "");
        type("k := 7\nk * 6\n", h);
        String saved = Files.readString(h);
        assertTrue(saved.contains("k := 7") && saved.contains("k * 6"), saved);
    }

    @Test
    void completionCandidates() throws Exception {
        try (Evaluator ev = new Evaluator(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))) {
            ev.eval("counter := 1");
            ev.eval("func countAll() int { return counter }");
            assertEquals(List.of("countAll", "counter"), GoCompleter.candidates(ev, "x := cou", 8));
            assertEquals(List.of(":memstats"), GoCompleter.candidates(ev, ":mem", 4));
            ev.eval("type Inner struct{ depth int }");
            ev.eval("type Outer struct{ Inner; dist, dx int }");
            ev.eval("func (o *Outer) Distance() int { return o.dist }");
            ev.eval("o := &Outer{}");
            assertEquals(List.of("o.depth", "o.dist", "o.dx"), GoCompleter.candidates(ev, "o.d", 3));
            assertEquals(List.of("o.Distance", "o.Inner"), GoCompleter.candidates(ev, "o.", 2).subList(0, 2));
            assertEquals(List.of("fallthrough", "false", "float32", "float64", "for", "func"),
                    GoCompleter.candidates(ev, "f", 1));
        }
    }
}
