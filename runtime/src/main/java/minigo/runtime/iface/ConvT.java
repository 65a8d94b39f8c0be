package minigo.runtime.iface;

/**
 * How Go 1.19 puts a non-interface value into an interface (iface.go's convT
 * functions, chosen by the compiler from the value's type), and so what it
 * allocates. The compiler picks the function once per conversion site from
 * the type; the value decides at run time whether the static table serves.
 *
 * <table>
 *   <caption>Conversion kinds</caption>
 *   <tr><th>kind</th><th>types</th><th>allocates</th></tr>
 *   <tr><td>DIRECT</td><td>pointer-shaped: pointers, maps, chans, funcs, a struct or array of one such</td><td>never: the value is the data word</td></tr>
 *   <tr><td>ZERO_SIZED</td><td>size 0</td><td>never (zerobase)</td></tr>
 *   <tr><td>ONE_BYTE</td><td>size 1 (bool, int8, uint8, [1]byte...)</td><td>never (static table of 0..255)</td></tr>
 *   <tr><td>T16 / T32 / T64</td><td>no pointers, size 2/4/8 with alignment 2/4/8</td><td>unless the value, as an unsigned number, is below 256: size bytes, noscan (tiny)</td></tr>
 *   <tr><td>STRING</td><td>string types</td><td>unless the string is empty: 16 bytes, scan</td></tr>
 *   <tr><td>SLICE</td><td>slice types</td><td>unless the slice's array pointer is nil: 24 bytes, scan</td></tr>
 *   <tr><td>GENERAL</td><td>everything else</td><td>always: size bytes, noscan iff no pointers</td></tr>
 * </table>
 *
 * Two cases the compiler handles before any of these, and which the
 * interpreter must decide itself: a constant (or static composite literal)
 * is boxed from read-only data and never allocates; and a conversion whose
 * interface does not escape uses a stack temporary (values up to 1024 bytes).
 */
public enum ConvT {
    DIRECT, ZERO_SIZED, ONE_BYTE, T16, T32, T64, STRING, SLICE, GENERAL;

    /** The conversion the compiler picks for a type of this shape. */
    public static ConvT of(long size, int align, boolean hasPointers, boolean isString, boolean isSlice,
            boolean pointerShaped) {
        if (pointerShaped) {
            return DIRECT;
        }
        if (size == 0) {
            return ZERO_SIZED;
        }
        if (size == 1 && align == 1) {
            return ONE_BYTE;
        }
        if (isString) {
            return STRING;
        }
        if (isSlice) {
            return SLICE;
        }
        if (!hasPointers) {
            if (size == 2 && align == 2) {
                return T16;
            }
            if (size == 4 && align == 4) {
                return T32;
            }
            if (size == 8 && align == 8) {
                return T64;
            }
        }
        return GENERAL;
    }

    /**
     * Bytes this conversion allocates for a value, or 0 for none.
     *
     * @param size   the type's size
     * @param bits   for T16/T32/T64: the value's bits, zero-extended (a float64's IEEE bits)
     * @param isZero for STRING: the string is empty; for SLICE: the array pointer is nil
     */
    public long allocSize(long size, long bits, boolean isZero) {
        return switch (this) {
            case DIRECT, ZERO_SIZED, ONE_BYTE -> 0;
            case T16, T32, T64 -> Long.compareUnsigned(bits, 256) < 0 ? 0 : size;
            case STRING -> isZero ? 0 : 16;
            case SLICE -> isZero ? 0 : 24;
            case GENERAL -> size;
        };
    }

    /** Whether the allocated copy holds no pointers (what mallocgc's noscan must be). */
    public boolean noscan(boolean hasPointers) {
        return switch (this) {
            case STRING, SLICE -> false;
            default -> !hasPointers;
        };
    }
}
