package minigo.interp.values;

/**
 * Go's == and a hash consistent with it, for every comparable kind, driven by layouts: numbers by
 * value (floats: NaN != NaN, +0 == -0), strings bytewise, pointers and channels by identity of the
 * location, interfaces by dynamic type then value, structs fieldwise, arrays elementwise.
 */
public final class Equality {
    private Equality() {
    }

    /** a == b for two values of the type laid out by l (boxed form for primitives). */
    public static boolean equal(Layout l, Object a, Object b) {
        switch (l.kind) {
            case BOOL:
                return (Boolean) a == (Boolean) b;
            case FLOAT32:
            case FLOAT64:
                return ((Double) a).doubleValue() == ((Double) b).doubleValue();
            case COMPLEX64:
            case COMPLEX128:
                return ((GoComplex) a).goEquals((GoComplex) b);
            case STRING:
                return a.equals(b);
            case POINTER:
            case UNSAFE_POINTER:
            case CHAN:
                return samePointer(a, b);
            case INTERFACE:
                return Iface.goEquals(a, b);
            case STRUCT:
                return equalStructs((GoStruct) a, (GoStruct) b);
            case ARRAY:
                return equalArrays(l.elem, (GoArray) a, (GoArray) b);
            case SLICE:
            case MAP:
            case FUNC:
                throw GoPanic.of(ErrorString.uncomparable(l.toString()));
            default:
                return ((Long) a).longValue() == ((Long) b).longValue();
        }
    }

    /** Pointer equality: the same location (field and element pointers compare by target). */
    public static boolean samePointer(Object a, Object b) {
        return a == b || (a instanceof Pointer p && p.equals(b));
    }

    // recursive (nested structs/arrays): kept out of partial evaluation
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static boolean equalStructs(GoStruct a, GoStruct b) {
        Layout l = a.layout;
        for (int i = 0, n = l.fieldCount(); i < n; i++) {
            Layout f = l.field(i);
            int s = l.slot(i);
            switch (f.kind) {
                case FLOAT32, FLOAT64 -> {
                    if (a.getDoubleAt(s) != b.getDoubleAt(s)) {
                        return false;
                    }
                }
                case BOOL, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64 -> {
                    if (a.getLongAt(s) != b.getLongAt(s)) {
                        return false;
                    }
                }
                default -> {
                    if (!equal(f, a.getObjectAt(s), b.getObjectAt(s))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    // recursive (nested structs/arrays): kept out of partial evaluation
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static boolean equalArrays(Layout elem, GoArray a, GoArray b) {
        int n = a.length;
        if (a.longs != null) {
            return java.util.Arrays.equals(a.longs, b.longs);
        } else if (a.bytes != null) {
            return java.util.Arrays.equals(a.bytes, b.bytes);
        } else if (a.bools != null) {
            return java.util.Arrays.equals(a.bools, b.bools);
        } else if (a.doubles != null) {
            for (int i = 0; i < n; i++) {
                if (a.doubles[i] != b.doubles[i]) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < n; i++) {
            if (!equal(elem, a.refs[i], b.refs[i])) {
                return false;
            }
        }
        return true;
    }

    // ---- hashing ----

    /** A hash of v consistent with {@link #equal} for layout l. */
    public static int hash(Layout l, Object v) {
        switch (l.kind) {
            case BOOL:
                return (Boolean) v ? 1231 : 1237;
            case FLOAT32:
            case FLOAT64:
                return hashDouble((Double) v);
            case COMPLEX64:
            case COMPLEX128:
                return ((GoComplex) v).goHash();
            case STRING:
                return v.hashCode();
            case POINTER:
            case UNSAFE_POINTER:
            case CHAN:
                return hashPointer(v);
            case INTERFACE:
                return Iface.goHash(v);
            case STRUCT:
                return hashStruct((GoStruct) v);
            case ARRAY:
                return hashArray(l.elem, (GoArray) v);
            case SLICE:
            case MAP:
            case FUNC:
                throw GoPanic.of(ErrorString.unhashable(l.toString()));
            default:
                return hashLong((Long) v);
        }
    }

    public static int hashLong(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** +0 and -0 hash alike; NaNs hash anywhere (they never find each other anyway). */
    public static int hashDouble(double d) {
        return d == 0 ? 0 : hashLong(Double.doubleToLongBits(d));
    }

    public static int hashPointer(Object p) {
        if (p == null) {
            return 0;
        }
        return p instanceof Pointer ptr ? ptr.hashCode() : System.identityHashCode(p);
    }

    // recursive (nested structs/arrays): kept out of partial evaluation
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static int hashStruct(GoStruct s) {
        Layout l = s.layout;
        int h = 17;
        for (int i = 0, n = l.fieldCount(); i < n; i++) {
            Layout f = l.field(i);
            int slot = l.slot(i);
            int fh = switch (f.kind) {
                case FLOAT32, FLOAT64 -> hashDouble(s.getDoubleAt(slot));
                case BOOL, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64 -> hashLong(s.getLongAt(slot));
                default -> hash(f, s.getObjectAt(slot));
            };
            h = h * 31 + fh;
        }
        return h;
    }

    // recursive (nested structs/arrays): kept out of partial evaluation
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static int hashArray(Layout elem, GoArray a) {
        int h = 19;
        for (int i = 0; i < a.length; i++) {
            int eh;
            if (a.longs != null) {
                eh = hashLong(a.longs[i]);
            } else if (a.bytes != null) {
                eh = a.bytes[i];
            } else if (a.bools != null) {
                eh = a.bools[i] ? 1 : 0;
            } else if (a.doubles != null) {
                eh = hashDouble(a.doubles[i]);
            } else {
                eh = hash(elem, a.refs[i]);
            }
            h = h * 31 + eh;
        }
        return h;
    }
}
