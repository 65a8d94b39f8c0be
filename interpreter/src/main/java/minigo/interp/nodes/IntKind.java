package minigo.interp.nodes;

/**
 * The width and signedness of a Go integer type. Values are Java longs kept normalised: a signed
 * N-bit value sign-extended, an unsigned N-bit value (N < 64) zero-extended, a 64-bit unsigned value
 * as its raw bits. Every operation that can leave the range normalises its result.
 */
public enum IntKind {
    I8(8, false), I16(16, false), I32(32, false), I64(64, false),
    U8(8, true), U16(16, true), U32(32, true), U64(64, true);

    public final int bits;
    public final boolean unsigned;

    IntKind(int bits, boolean unsigned) {
        this.bits = bits;
        this.unsigned = unsigned;
    }

    public long normalize(long v) {
        switch (this) {
            case I8: return (byte) v;
            case I16: return (short) v;
            case I32: return (int) v;
            case U8: return v & 0xFFL;
            case U16: return v & 0xFFFFL;
            case U32: return v & 0xFFFFFFFFL;
            default: return v;
        }
    }

    /** Go's conversion of an integer value to float64. */
    public double toDouble(long v) {
        if (this == U64 && v < 0) {
            // unsigned: the upper half, halved, doubled, rounding as Go does
            double d = (double) ((v >>> 1) | (v & 1));
            return d * 2;
        }
        return (double) v;
    }

    /** Go's conversion of a float to this integer kind (out-of-range is implementation-defined; mimic amd64). */
    public long fromDouble(double d) {
        if (this == U64) {
            if (d >= 9.223372036854775807E18) {
                return (long) (d - 9.223372036854775807E18) + Long.MIN_VALUE;
            }
            return (long) d;
        }
        if (Double.isNaN(d)) return normalize(Long.MIN_VALUE);
        return normalize((long) d);
    }

    public int compare(long a, long b) {
        return this == U64 ? Long.compareUnsigned(a, b) : Long.compare(a, b);
    }

    public String format(long v) {
        return this == U64 ? Long.toUnsignedString(v) : Long.toString(v);
    }
}
