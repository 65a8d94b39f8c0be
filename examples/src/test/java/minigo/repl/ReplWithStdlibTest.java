package minigo.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** REPL sessions with the standard library on the class path (fmt formats values, as the launcher's REPL does). */
class ReplWithStdlibTest {
    record Result(int status, String out, String err) {}

    static Result session(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Repl.main(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The done-when session. */
    @Test
    void doneWhenSession() {
        Result r = session("""
                import "fmt"
                x := 21
                fmt.Println(x * 2)
                func sq(n int) int { return n * n }
                fmt.Println(sq(7))
                type P struct{ a, b int }
                p := &P{1, 2}
                fmt.Println(p.a + p.b)
                :memstats
                :quit
                """);
        assertTrue(r.out().startsWith("42\n49\n3\n"), r.out());
        for (String field : new String[] {"Alloc", "TotalAlloc", "Sys", "Mallocs", "Frees", "HeapAlloc", "HeapObjects", "NextGC", "NumGC"}) {
            assertTrue(r.out().contains("\n" + field + " "), field + " missing in\n" + r.out());
        }
        assertEquals("", r.err());
        assertEquals(0, r.status());
    }

    @Test
    void valuesAreFormattedByFmt() {
        Result r = session("""
                import "strings"
                import "strconv"
                import "fmt"
                type P struct{ a, b int }
                &P{1, 2}
                strings.Split("a,b", ",")
                strconv.Atoi("12")
                map[string]int{"b": 2, "a": 1}
                3.0 / 2
                fmt.Println("printed")
                var e error
                e
                """);
        assertEquals("""
                &{1 2}  // *P
                [a b]  // []string
                12 <nil>  // int, error
                map[a:1 b:2]  // map[string]int
                1.5  // float64
                printed
                <nil>  // error
                """, r.out());
    }

    @Test
    void osExitEndsTheSessionWithItsStatus() {
        Result r = session("import \"os\"\nos.Exit(3)\nprintln(\"not run\")\n");
        assertEquals(3, r.status());
        assertEquals("", r.err());
    }
}
