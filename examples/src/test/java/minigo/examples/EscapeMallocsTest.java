package minigo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import minigo.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * Escape analysis decides allocation: the same function, once with its value escaping and once
 * with it kept on the stack, run 100 times each. runtime.MemStats' Mallocs/TotalAlloc deltas must
 * be Go 1.19's (recorded with {@code go run} into escape_vs_stack.out; regenerate with
 * tools/regen-golden.sh): one allocation per call when the value escapes (moved to heap: p,
 * &point{...} escapes, make escapes), none when it does not.
 */
class EscapeMallocsTest {
    static final Path PROGRAM = GoldenProgramsTest.RESOURCES.resolve("memstats/escape_vs_stack.go");

    @Test
    void escapingAllocatesAndStackDoesNot() {
        Map<String, long[]> got = run();
        // escaping: 100 calls, one object each (16-byte point; 8 ints = 64 bytes for the slice)
        assertEquals(100, got.get("escaping_var")[0]);
        assertEquals(1600, got.get("escaping_var")[1]);
        assertEquals(100, got.get("escaping_new")[0]);
        assertEquals(1600, got.get("escaping_new")[1]);
        assertEquals(100, got.get("escaping_make")[0]);
        assertEquals(6400, got.get("escaping_make")[1]);
        // the same functions with the value kept on the stack never reach the allocator
        for (String k : new String[] {"stack_var", "stack_new", "stack_make"}) {
            assertEquals(0, got.get(k)[0], k + " mallocs");
            assertEquals(0, got.get(k)[1], k + " totalalloc");
        }
    }

    private static Map<String, long[]> run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", PROGRAM.toString()}, new PrintStream(out, true),
                new PrintStream(err, true));
        assertEquals(0, code, () -> err.toString(StandardCharsets.UTF_8));
        Map<String, long[]> m = new HashMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            String[] w = line.split(" ");
            if (w.length == 5 && w[1].equals("mallocs")) {
                m.put(w[0], new long[] {Long.parseLong(w[2]), Long.parseLong(w[4])});
            }
        }
        return m;
    }
}
