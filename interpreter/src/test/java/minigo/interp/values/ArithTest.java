package minigo.interp.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArithTest {
    @Test
    void printFormatMatchesGo() {
        int n = 0;
        for (String line : Golden.lines("floats.txt")) {
            if (!line.startsWith("P ")) {
                continue;
            }
            String[] f = line.split(" ", 3);
            double v = Double.longBitsToDouble(Long.parseUnsignedLong(f[1]));
            assertEquals(f[2], RuntimePrint.formatFloat(v), "println of bits " + f[1]);
            n++;
        }
        assertTrue(n > 400, "golden data present");
    }

    @Test
    void floatToIntConversionsMatchGoAmd64() {
        ValueKind[] kinds = {ValueKind.INT64, ValueKind.INT32, ValueKind.INT16, ValueKind.INT8,
            ValueKind.UINT64, ValueKind.UINT32, ValueKind.UINT16, ValueKind.UINT8};
        int n = 0;
        for (String line : Golden.lines("floats.txt")) {
            if (!line.startsWith("C ")) {
                continue;
            }
            String[] f = line.split(" ");
            double v = Double.longBitsToDouble(Long.parseUnsignedLong(f[1]));
            for (int k = 0; k < kinds.length; k++) {
                long got = Arith.floatToInt(kinds[k], v);
                String shown = kinds[k].isUnsigned() ? Long.toUnsignedString(got) : Long.toString(got);
                assertEquals(f[2 + k], shown, kinds[k] + "(" + v + ")");
            }
            n++;
        }
        assertTrue(n > 400);
    }

    @Test
    void uint64ToFloatIsCorrectlyRounded() {
        int n = 0;
        for (String line : Golden.lines("floats.txt")) {
            if (!line.startsWith("U ")) {
                continue;
            }
            String[] f = line.split(" ");
            long u = Long.parseUnsignedLong(f[1]);
            assertEquals(Long.parseUnsignedLong(f[2]), Double.doubleToRawLongBits(Arith.uint64ToDouble(u)), "float64(" + f[1] + ")");
            assertEquals(Integer.parseUnsignedInt(f[3]), Float.floatToRawIntBits((float) Arith.uint64ToFloat32(u)), "float32(" + f[1] + ")");
            assertEquals(Integer.parseUnsignedInt(f[4]), Float.floatToRawIntBits((float) Arith.int64ToFloat32(u)), "float32(int64(" + f[1] + "))");
            n++;
        }
        assertTrue(n > 100);
    }

    @Test
    void normalisationWrapsLikeGo() {
        assertEquals(-128, Arith.toInt8(127 + 1));
        assertEquals(255, Arith.toUint8(-1));
        assertEquals(-32768, Arith.toInt16(32767 + 1));
        assertEquals(4294967295L, Arith.toUint32(-1));
        assertEquals(Integer.MIN_VALUE, Arith.normalize(ValueKind.INT32, Integer.MAX_VALUE + 1L));
        assertEquals(-1L, Arith.normalize(ValueKind.UINT64, -1));
        // int8(-128) / -1 overflows back to -128 in Go
        assertEquals(-128, Arith.toInt8(Arith.div(-128, -1)));
        assertEquals(Long.MIN_VALUE, Arith.div(Long.MIN_VALUE, -1));
        assertEquals(0, Arith.rem(Long.MIN_VALUE, -1));
    }

    @Test
    void divisionTruncatesTowardZeroAndPanicsOnZero() {
        assertEquals(-3, Arith.div(-7, 2));
        assertEquals(-1, Arith.rem(-7, 2));
        assertEquals(1, Arith.rem(7, -2));
        GoPanic p = assertThrows(GoPanic.class, () -> Arith.div(1, 0));
        assertEquals("runtime error: integer divide by zero", p.getMessage());
        assertThrows(GoPanic.class, () -> Arith.remUnsigned(1, 0));
        // uint64: 2^64-1 / 2 and % 10
        assertEquals(Long.MAX_VALUE, Arith.divUnsigned(-1, 2));
        assertEquals(5, Arith.remUnsigned(-1, 10));
    }

    @Test
    void shiftsSaturateForLargeCounts() {
        assertEquals(0, Arith.shl(1, 64));
        assertEquals(0, Arith.shl(1, -1)); // an unsigned count of 2^64-1
        assertEquals(Long.MIN_VALUE, Arith.shl(1, 63));
        assertEquals(-1, Arith.shr(-8, 100));
        assertEquals(0, Arith.shr(8, 64));
        assertEquals(0, Arith.shrUnsigned(-1, 64));
        assertEquals(1, Arith.shrUnsigned(-1, 63));
        // int32(1) << 40 is 0 after normalisation
        assertEquals(0, Arith.toInt32(Arith.shl(1, 40)));
        GoPanic p = assertThrows(GoPanic.class, () -> Arith.checkShiftCount(-1));
        assertEquals("runtime error: negative shift amount", p.getMessage());
    }

    @Test
    void unsignedComparison() {
        assertTrue(Arith.lessUnsigned(1, -1));
        assertTrue(Arith.lessUnsigned(Long.MAX_VALUE, Long.MIN_VALUE));
        assertTrue(!Arith.lessUnsigned(-1, 0));
        assertEquals("18446744073709551615", Arith.toUnsignedString(-1));
    }

    @Test
    void printFormatsOfOtherKinds() {
        byte[] out = RuntimePrint.format(true,
            new Layout[]{Layout.of(ValueKind.COMPLEX128), Layout.of(ValueKind.BOOL), Layout.of(ValueKind.STRING),
                Layout.of(ValueKind.INT64), Layout.of(ValueKind.INT64), Layout.of(ValueKind.UINT64), Layout.of(ValueKind.POINTER)},
            new Object[]{new GoComplex(1, -2), true, GoString.fromJava("s"), 42L, -7L, -1L, null});
        // println(complex(1, -2), true, "s", 42, -7, uint64(1<<64-1), (*int)(nil)) in go1.19
        assertEquals("(+1.000000e+000-2.000000e+000i) true s 42 -7 18446744073709551615 0x0\n", new String(out));
        byte[] out2 = RuntimePrint.format(false, new Layout[]{Layout.of(ValueKind.INT64), Layout.of(ValueKind.STRING)},
            new Object[]{1L, GoString.fromJava("x")});
        assertEquals("1x", new String(out2));
    }
}
