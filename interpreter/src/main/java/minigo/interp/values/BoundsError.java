package minigo.interp.values;

/**
 * Go's runtime.boundsError: an index or slice expression out of range. Like Go's, it keeps the
 * offending values, whether the index was of a signed type, and which check failed; the message is
 * built from those when asked for.
 */
public final class BoundsError extends RuntimeError {
    /** Which bounds check failed (Go's boundsErrorCode, in Go's order). */
    public enum Code {
        INDEX,          // s[x]: 0 <= x < len(s)
        SLICE_ALEN,     // s[?:x]: 0 <= x <= len(s) (strings, arrays)
        SLICE_ACAP,     // s[?:x]: 0 <= x <= cap(s) (slices)
        SLICE_B,        // s[x:y]: 0 <= x <= y
        SLICE3_ALEN,    // s[?:?:x]: 0 <= x <= len(s)
        SLICE3_ACAP,    // s[?:?:x]: 0 <= x <= cap(s)
        SLICE3_B,       // s[?:x:y]: 0 <= x <= y
        SLICE3_C,       // s[x:y:?]: 0 <= x <= y
        CONVERT         // (*[x]T)(s): x <= len(s)
    }

    public final long x;
    public final long y;
    public final boolean signed;
    public final Code code;

    public BoundsError(long x, long y, boolean signed, Code code) {
        this.x = x;
        this.y = y;
        this.signed = signed;
        this.code = code;
    }

    public static BoundsError index(long x, long len) {
        return new BoundsError(x, len, true, Code.INDEX);
    }

    /** For an index of an unsigned type: huge values print as unsigned. */
    public static BoundsError indexUnsigned(long x, long len) {
        return new BoundsError(x, len, false, Code.INDEX);
    }

    public static BoundsError sliceAlen(long x, long len) {
        return new BoundsError(x, len, true, Code.SLICE_ALEN);
    }

    public static BoundsError sliceAcap(long x, long cap) {
        return new BoundsError(x, cap, true, Code.SLICE_ACAP);
    }

    public static BoundsError sliceB(long x, long y) {
        return new BoundsError(x, y, true, Code.SLICE_B);
    }

    public static BoundsError slice3Alen(long x, long len) {
        return new BoundsError(x, len, true, Code.SLICE3_ALEN);
    }

    public static BoundsError slice3Acap(long x, long cap) {
        return new BoundsError(x, cap, true, Code.SLICE3_ACAP);
    }

    public static BoundsError slice3B(long x, long y) {
        return new BoundsError(x, y, true, Code.SLICE3_B);
    }

    public static BoundsError slice3C(long x, long y) {
        return new BoundsError(x, y, true, Code.SLICE3_C);
    }

    public static BoundsError convert(long len, long arrayLen) {
        return new BoundsError(len, arrayLen, true, Code.CONVERT);
    }

    /** The same error for an index expression of an unsigned type. */
    public BoundsError asUnsigned() {
        return new BoundsError(x, y, false, code);
    }

    @Override
    public String error() {
        String xs = signed ? Long.toString(x) : Long.toUnsignedString(x);
        String ys = Long.toString(y);
        // A negative signed x needs no mention of y: "[-1]" says it all (Go's boundsNegErrorFmt).
        if (signed && x < 0) {
            return "runtime error: " + switch (code) {
                case INDEX -> "index out of range [" + xs + "]";
                case SLICE_ALEN, SLICE_ACAP -> "slice bounds out of range [:" + xs + "]";
                case SLICE_B -> "slice bounds out of range [" + xs + ":]";
                case SLICE3_ALEN, SLICE3_ACAP -> "slice bounds out of range [::" + xs + "]";
                case SLICE3_B -> "slice bounds out of range [:" + xs + ":]";
                case SLICE3_C -> "slice bounds out of range [" + xs + "::]";
                case CONVERT -> "cannot convert slice with length " + xs + " to pointer to array with length " + ys;
            };
        }
        return "runtime error: " + switch (code) {
            case INDEX -> "index out of range [" + xs + "] with length " + ys;
            case SLICE_ALEN -> "slice bounds out of range [:" + xs + "] with length " + ys;
            case SLICE_ACAP -> "slice bounds out of range [:" + xs + "] with capacity " + ys;
            case SLICE_B -> "slice bounds out of range [" + xs + ":" + ys + "]";
            case SLICE3_ALEN -> "slice bounds out of range [::" + xs + "] with length " + ys;
            case SLICE3_ACAP -> "slice bounds out of range [::" + xs + "] with capacity " + ys;
            case SLICE3_B -> "slice bounds out of range [:" + xs + ":" + ys + "]";
            case SLICE3_C -> "slice bounds out of range [" + xs + ":" + ys + ":]";
            case CONVERT -> "cannot convert slice with length " + xs + " to pointer to array with length " + ys;
        };
    }

    @Override
    public String goTypeName() {
        return "runtime.boundsError";
    }
}
