package minigo.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Sessions piped into the REPL (no terminal: no prompts, input read line by line). The interpreter
 * module has no standard library on its class path, so these use the builtin println (stderr).
 */
class ScriptedSessionTest {
    record Result(int status, String out, String err) {}

    static Result session(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = Repl.main(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), o, e, false);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void declarationsPersistAndStatementsRun() {
        Result r = session("""
                x := 21
                println(x * 2)
                func sq(n int) int { return n * n }
                println(sq(7))
                type P struct{ a, b int }
                p := &P{1, 2}
                println(p.a + p.b)
                :quit
                """);
        assertEquals("42\n49\n3\n", r.err());
        assertEquals(0, r.status());
    }
}
