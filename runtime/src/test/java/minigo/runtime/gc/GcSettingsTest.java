package minigo.runtime.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GOGC, GOMEMLIMIT and GODEBUG read as Go 1.19 reads them (go1.19.8 asked for each case). */
class GcSettingsTest {

    @Test
    void gogc() {
        assertEquals(100, GcSettings.fromEnv(Map.of()).gcPercent);
        assertEquals(-1, GcSettings.fromEnv(Map.of("GOGC", "off")).gcPercent);
        assertEquals(25, GcSettings.fromEnv(Map.of("GOGC", "25")).gcPercent);
        assertEquals(-1, GcSettings.fromEnv(Map.of("GOGC", "-5")).gcPercent, "Go: negative is off (NextGC huge, SetGCPercent returns -1)");
        GcSettings bad = GcSettings.fromEnv(Map.of("GOGC", "abc"));
        assertEquals(100, bad.gcPercent, "Go 1.19 uses 100 for a malformed GOGC");
        assertEquals(List.of("minigo: GOGC=abc: not an integer or \"off\"; using GOGC=100"), bad.warnings, "we say so");
        assertEquals(100, GcSettings.fromEnv(Map.of("GOGC", "")).gcPercent);
        assertNull(bad.fatal());
    }

    @Test
    void gomemlimit() {
        assertEquals(Long.MAX_VALUE, GcSettings.fromEnv(Map.of("GOMEMLIMIT", "off")).memoryLimit);
        assertEquals(16L << 20, GcSettings.fromEnv(Map.of("GOMEMLIMIT", "16MiB")).memoryLimit);
        assertEquals(1000, GcSettings.fromEnv(Map.of("GOMEMLIMIT", "1000")).memoryLimit);
        assertEquals(1000, GcSettings.fromEnv(Map.of("GOMEMLIMIT", "1000B")).memoryLimit);
        assertEquals(3L << 40, GcSettings.fromEnv(Map.of("GOMEMLIMIT", "3TiB")).memoryLimit);
        for (String bad : new String[] {"xyz", "-1", "16MB", "MiB", "1.5GiB", "9999999999TiB"}) {
            GcSettings s = GcSettings.fromEnv(Map.of("GOMEMLIMIT", bad));
            assertEquals("GOMEMLIMIT=" + bad + "\nfatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`", s.fatal(), bad);
        }
    }

    @Test
    void godebug() {
        GcSettings s = GcSettings.fromEnv(Map.of("GODEBUG", "gctrace=1,foo=2,gccheckmark=1,gcstoptheworld=2,clobberfree=1,gcpacertrace=1"));
        assertEquals(1, s.gctrace);
        assertEquals(1, s.gccheckmark);
        assertEquals(2, s.gcstoptheworld);
        assertEquals(1, s.clobberfree);
        assertEquals(1, s.gcpacertrace);
        assertEquals(List.of(), s.warnings, "unknown keys are Go's business: ignored silently");
        GcSettings x = GcSettings.fromEnv(Map.of("GODEBUG", "gctrace=x"));
        assertEquals(0, x.gctrace);
        assertEquals(List.of("minigo: GODEBUG: gctrace=x: not an integer; ignored"), x.warnings);
    }
}
