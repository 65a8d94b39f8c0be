package minigo.runtime.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** gctrace lines byte for byte, from numbers behind lines Go 1.19 printed (gcpace traces). */
class GcTraceTest {

    @Test
    void goSampleLines() {
        // g01 GOGC=25, gc 1: 0.006+0.82+0.002 ms clock, 0.006+0.67/0/0+0.002 ms cpu
        assertEquals("gc 1 @0.001s 27%: 0.006+0.82+0.002 ms clock, 0.006+0.67/0/0+0.002 ms cpu, 0->1->0 MB, 1 MB goal, 0 MB stacks, 0 MB globals, 1 P",
                GcTrace.line(new GcTrace.Cycle(1, 1_400_000, 27, 6_100, 820_999, 2_500, 6_100, 670_000, 0, 0, 2_500,
                        300_000, 1_100_000, 400_000, 1_048_576, 7544, 747_632, 1, false)));
        // g05 GOGC=25, gc 55: whole milliseconds from 10 ms; three-digit MB
        assertEquals("gc 55 @1.089s 63%: 0.021+77+0.005 ms clock, 0.021+46/21/0+0.005 ms cpu, 72->77->62 MB, 76 MB goal, 0 MB stacks, 0 MB globals, 1 P",
                GcTrace.line(new GcTrace.Cycle(55, 1_089_999_999, 63, 21_000, 77_900_000, 5_000, 21_000, 46_000_000, 21_000_000, 0, 5_000,
                        72L << 20, 77L << 20, 62L << 20, 76L << 20, 0, 0, 1, false)));
        // A forced cycle with 2 Ps (go1.19 running runtime.GC()).
        assertEquals("gc 1 @0.000s 6%: 0.025+0.10+0.001 ms clock, 0.050+0/0.030/0.051+0.003 ms cpu, 0->0->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)",
                GcTrace.line(new GcTrace.Cycle(1, 400_000, 6, 25_000, 100_000, 1_000, 50_000, 0, 30_000, 51_000, 3_000,
                        0, 0, 0, 4 << 20, 0, 0, 2, true)));
    }

    @Test
    void millisecondFormatting() {
        assertEquals("0", GcTrace.fmtNSAsMS(999));
        assertEquals("0.001", GcTrace.fmtNSAsMS(1_000));
        assertEquals("0.099", GcTrace.fmtNSAsMS(99_000));
        assertEquals("0.10", GcTrace.fmtNSAsMS(100_000));
        assertEquals("1.2", GcTrace.fmtNSAsMS(1_234_567));
        assertEquals("9.9", GcTrace.fmtNSAsMS(9_999_999));
        assertEquals("10", GcTrace.fmtNSAsMS(10_000_000));
        assertEquals("1234", GcTrace.fmtNSAsMS(1_234_000_000));
        assertEquals("0.041", GcTrace.itoaDiv(41, 3));
        assertEquals("12.345", GcTrace.itoaDiv(12345, 3));
    }
}
