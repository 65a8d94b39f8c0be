package minigo.interp.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minigo.interp.values.GoPanic;
import org.junit.jupiter.api.Test;

/** Go's integer semantics per kind, as the typed arithmetic nodes compute them (values from go1.19). */
class ArithTest {

    @Test
    void wraparoundPerKind() {
        assertEquals(-128, Arith.intOp(Arith.Op.ADD, IntKind.I8, 127, 1));
        assertEquals(255, Arith.intOp(Arith.Op.SUB, IntKind.U8, 0, 1));
        assertEquals(-2147483648L, Arith.intOp(Arith.Op.ADD, IntKind.I32, 2147483647, 1));
        assertEquals(1, Arith.intOp(Arith.Op.ADD, IntKind.U16, 65535, 2));
        assertEquals(-1L, Arith.intOp(Arith.Op.SUB, IntKind.U64, 0, 1)); // 18446744073709551615
    }

    @Test
    void divisionTruncatesAndMinIntOverMinusOneWraps() {
        assertEquals(-3, Arith.intOp(Arith.Op.QUO, IntKind.I64, -7, 2));
        assertEquals(-1, Arith.intOp(Arith.Op.REM, IntKind.I64, -7, 2));
        assertEquals(Long.MIN_VALUE, Arith.intOp(Arith.Op.QUO, IntKind.I64, Long.MIN_VALUE, -1));
        assertEquals(0, Arith.intOp(Arith.Op.REM, IntKind.I64, Long.MIN_VALUE, -1));
        assertEquals(-128, Arith.intOp(Arith.Op.QUO, IntKind.I8, -128, -1));
        // uint64 max / 3 = 6148914691236517205
        assertEquals(6148914691236517205L, Arith.intOp(Arith.Op.QUO, IntKind.U64, -1L, 3));
    }

    @Test
    void divisionByZeroPanics() {
        GoPanic p = assertThrows(GoPanic.class, () -> Arith.intOp(Arith.Op.QUO, IntKind.I64, 1, 0));
        assertTrue(p.getMessage().contains("integer divide by zero"));
    }

    @Test
    void shiftsWithLargeAndNegativeCounts() {
        assertEquals(0, Arith.shift(Arith.Op.SHL, IntKind.I64, 1, 70, true));
        assertEquals(-1, Arith.shift(Arith.Op.SHR, IntKind.I64, -17, 70, true));
        assertEquals(-9, Arith.shift(Arith.Op.SHR, IntKind.I64, -17, 1, false));
        assertEquals(0, Arith.shift(Arith.Op.SHR, IntKind.U32, 0xFFFFFFFFL, 40, true));
        assertEquals(0x80000000L, Arith.shift(Arith.Op.SHL, IntKind.U32, 1, 31, true));
        GoPanic p = assertThrows(GoPanic.class, () -> Arith.shift(Arith.Op.SHL, IntKind.I64, 1, -1, false));
        assertTrue(p.getMessage().contains("negative shift amount"));
    }

    @Test
    void unsignedComparison() {
        assertTrue(Arith.intCmp(Arith.Op.GTR, IntKind.U64, -1L, 5));
        assertTrue(Arith.intCmp(Arith.Op.LSS, IntKind.I64, -1L, 5));
    }

    @Test
    void float32RoundsEveryResult() {
        assertEquals((double) (0.1f + 0.2f), Arith.floatOp(Arith.Op.ADD, true, (float) 0.1, (float) 0.2));
        assertEquals(16777216.0, Arith.floatOp(Arith.Op.ADD, true, 16777216.0, 1));
    }
}
