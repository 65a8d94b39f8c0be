package minigo.interp.values;

/**
 * Go integer and float arithmetic on the value model's representations: integers are Java longs
 * normalised to their type's width after every operation (signed kinds sign-extended, unsigned
 * kinds below 64 bits zero-extended, uint64/uint/uintptr the raw bits); float32 results are
 * rounded through Java float. Conversions from float to integer behave as Go's amd64 code does
 * for values out of range (CVTTSD2SQ/CVTTSD2SL produce the "integer indefinite" value).
 */
public final class Arith {
    private static final double TWO63 = 9.223372036854775808E18;
    private static final double TWO31 = 2147483648.0;

    private Arith() {
    }

    // ---- normalisation ----

    public static long toInt8(long v) {
        return (byte) v;
    }

    public static long toInt16(long v) {
        return (short) v;
    }

    public static long toInt32(long v) {
        return (int) v;
    }

    public static long toUint8(long v) {
        return v & 0xFFL;
    }

    public static long toUint16(long v) {
        return v & 0xFFFFL;
    }

    public static long toUint32(long v) {
        return v & 0xFFFFFFFFL;
    }

    /** Truncates v to the width of integer kind k (conversion between integer types). */
    public static long normalize(ValueKind k, long v) {
        return switch (k) {
            case INT8 -> (byte) v;
            case INT16 -> (short) v;
            case INT32 -> (int) v;
            case UINT8 -> v & 0xFFL;
            case UINT16 -> v & 0xFFFFL;
            case UINT32 -> v & 0xFFFFFFFFL;
            default -> v;
        };
    }

    public static double toFloat32(double d) {
        return (float) d;
    }

    // ---- division ----

    /** Signed x / y; panics on zero. MinInt64 / -1 is MinInt64, as in Go (and Java). */
    public static long div(long x, long y) {
        if (y == 0) {
            throw GoPanic.of(ErrorString.DIVIDE);
        }
        return x / y;
    }

    /** Signed x % y, with the sign of x; panics on zero. */
    public static long rem(long x, long y) {
        if (y == 0) {
            throw GoPanic.of(ErrorString.DIVIDE);
        }
        return x % y;
    }

    /** Unsigned x / y for uint64 (narrower unsigned kinds are non-negative: plain / works too). */
    public static long divUnsigned(long x, long y) {
        if (y == 0) {
            throw GoPanic.of(ErrorString.DIVIDE);
        }
        return Long.divideUnsigned(x, y);
    }

    public static long remUnsigned(long x, long y) {
        if (y == 0) {
            throw GoPanic.of(ErrorString.DIVIDE);
        }
        return Long.remainderUnsigned(x, y);
    }

    public static int compareUnsigned(long x, long y) {
        return Long.compareUnsigned(x, y);
    }

    public static boolean lessUnsigned(long x, long y) {
        return x + Long.MIN_VALUE < y + Long.MIN_VALUE;
    }

    // ---- shifts (count s is the raw count; check signed counts with checkShiftCount first) ----

    /** Panics when a shift count of a signed type is negative. */
    public static long checkShiftCount(long s) {
        if (s < 0) {
            throw GoPanic.of(ErrorString.NEGATIVE_SHIFT);
        }
        return s;
    }

    /** x &lt;&lt; s for an unsigned count s (the caller normalises the result to x's width). */
    public static long shl(long x, long s) {
        return Long.compareUnsigned(s, 64) >= 0 ? 0 : x << s;
    }

    /** x &gt;&gt; s for signed x: counts of 64 and more give the sign. */
    public static long shr(long x, long s) {
        return Long.compareUnsigned(s, 64) >= 0 ? x >> 63 : x >> s;
    }

    /** x &gt;&gt; s for unsigned x (zero-extended in the long): counts of 64 and more give 0. */
    public static long shrUnsigned(long x, long s) {
        return Long.compareUnsigned(s, 64) >= 0 ? 0 : x >>> s;
    }

    // ---- float -> integer (Go on amd64) ----

    /** CVTTSD2SQ: truncate, or MinInt64 when NaN or out of range. */
    public static long floatToInt64(double d) {
        return d >= -TWO63 && d < TWO63 ? (long) d : Long.MIN_VALUE;
    }

    /** CVTTSD2SL: truncate, or MinInt32 when NaN or out of int32 range. */
    public static long floatToInt32(double d) {
        return d > -TWO31 - 1 && d < TWO31 ? (int) d : Integer.MIN_VALUE;
    }

    /** {@code T(d)} for a float d and integer kind T, with Go amd64's results for out-of-range d. */
    public static long floatToInt(ValueKind k, double d) {
        return switch (k) {
            case INT64 -> floatToInt64(d);
            case INT32 -> floatToInt32(d);
            case INT16 -> (short) floatToInt32(d);
            case INT8 -> (byte) floatToInt32(d);
            case UINT64 -> floatToUint64(d);
            case UINT32 -> floatToInt64(d) & 0xFFFFFFFFL;
            case UINT16 -> floatToInt32(d) & 0xFFFFL;
            case UINT8 -> floatToInt32(d) & 0xFFL;
            default -> throw new IllegalArgumentException(k.toString());
        };
    }

    /** Go's amd64 sequence: below 2^63 convert directly, else convert d-2^63 and set the top bit. */
    public static long floatToUint64(double d) {
        if (d < TWO63) {
            return floatToInt64(d);
        }
        return floatToInt64(d - TWO63) | Long.MIN_VALUE;
    }

    // ---- integer -> float ----

    /** float64(u) for a uint64 u, correctly rounded (halve with a sticky bit, convert, double). */
    public static double uint64ToDouble(long u) {
        if (u >= 0) {
            return (double) u;
        }
        return (double) ((u >>> 1) | (u & 1)) * 2.0;
    }

    /** float32(u) for a uint64 u, correctly rounded. */
    public static double uint64ToFloat32(long u) {
        if (u >= 0) {
            return (float) u;
        }
        return (float) ((u >>> 1) | (u & 1)) * 2.0f;
    }

    /** float32(i) for a signed integer i (one rounding, not two). */
    public static double int64ToFloat32(long i) {
        return (float) i;
    }

    // ---- formatting ----

    public static String toUnsignedString(long v) {
        return Long.toUnsignedString(v);
    }
}
