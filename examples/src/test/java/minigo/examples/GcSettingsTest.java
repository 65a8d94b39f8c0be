package minigo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import minigo.interp.Frontend;
import minigo.interp.Runner;
import org.junit.jupiter.api.Test;

/**
 * GOGC, GOMEMLIMIT and GODEBUG=gctrace as a Go user sets them: the trace lines in Go 1.19's format
 * (times differ from run to run, so the shape is checked, field by field), the forced cycle marked,
 * GOGC=off meaning no heap-triggered cycle, and bad values reported the way Go reports them.
 */
class GcSettingsTest {
    static final Path CHURN = GoldenProgramsTest.RESOURCES.resolve("gc/churn.go");

    /** Go 1.19's gctrace line (runtime/mgc.go): every field, in order. */
    static final Pattern GCTRACE = Pattern.compile(
            "gc \\d+ @\\d+\\.\\d{3}s \\d+%: [0-9.]+\\+[0-9.]+\\+[0-9.]+ ms clock, [0-9.]+\\+[0-9.]+/[0-9.]+/[0-9.]+\\+[0-9.]+ ms cpu, "
                    + "\\d+->\\d+->\\d+ MB, \\d+ MB goal, \\d+ MB stacks, \\d+ MB globals, \\d+ P( \\(forced\\))?");

    record Run(int code, String out, String err) {}

    static Run run(Path program, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Runner.run(Frontend.check(List.of(program)), "churn", List.of(), env, out, err);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void gctraceLinesHaveGosFormat() {
        Run r = run(CHURN, Map.of("GODEBUG", "gctrace=1", "GOGC", "50"));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.size() >= 3, "cycles: " + lines);
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(GCTRACE.matcher(lines.get(i)).matches(), "not Go's gctrace format: " + lines.get(i));
            assertTrue(lines.get(i).startsWith("gc " + (i + 1) + " @"), lines.get(i));
        }
        assertTrue(lines.get(lines.size() - 1).endsWith(" (forced)"), "runtime.GC's cycle: " + lines);
        assertEquals("forced 1\ngcs true\n", r.out());
    }

    @Test
    void gctraceEndsWithGomaxprocsWhichDoesNotMoveTheCycles() {
        // Go prints GOMAXPROCS; the pacer here sees the one P that runs Go code at a time, so the
        // setting changes the report, not when cycles run
        Run three = run(CHURN, Map.of("GODEBUG", "gctrace=1", "GOMAXPROCS", "3"));
        Run one = run(CHURN, Map.of("GODEBUG", "gctrace=1", "GOMAXPROCS", "1"));
        assertEquals(0, three.code(), three.err());
        List<String> lines = three.err().lines().toList();
        for (String l : lines) {
            assertTrue(l.endsWith(", 3 P") || l.endsWith(", 3 P (forced)"), l);
        }
        assertTrue(one.err().lines().allMatch(l -> l.contains(", 1 P")), one.err());
        assertEquals(one.err().lines().count(), lines.size(), "cycles with GOMAXPROCS=1 and 3");
    }

    @Test
    void gogcOffRunsOnlyTheForcedCycle() {
        Run r = run(CHURN, Map.of("GOGC", "off", "GODEBUG", "gctrace=1"));
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().strip().endsWith("(forced)"), r.err());
    }

    @Test
    void lowerGogcRunsMoreCycles() {
        long at25 = run(CHURN, Map.of("GOGC", "25", "GODEBUG", "gctrace=1")).err().lines().count();
        long at400 = run(CHURN, Map.of("GOGC", "400", "GODEBUG", "gctrace=1")).err().lines().count();
        assertTrue(at25 > 2 * at400, "GOGC=25: " + at25 + " cycles, GOGC=400: " + at400);
    }

    @Test
    void malformedMemoryLimitIsFatalAsInGo() {
        Run r = run(CHURN, Map.of("GOMEMLIMIT", "16MB"));
        assertEquals(2, r.code());
        assertEquals("", r.out());
        // Go goes on with the runtime's own stack trace
        assertEquals(List.of("GOMEMLIMIT=16MB", "fatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`"),
                r.err().lines().limit(2).toList());
    }

    @Test
    void badGogcIsReportedAndIgnoredAsGoIgnoresIt() {
        Run r = run(CHURN, Map.of("GOGC", "lots"));
        assertEquals(0, r.code(), r.err());
        assertEquals("minigo: GOGC=lots: not an integer or \"off\"; using GOGC=100", r.err().strip());
        assertEquals("forced 1\ngcs true\n", r.out());
    }
}
