package minigo.interp.values;

import java.util.Comparator;

/**
 * The order in which fmt prints map keys (Go's internal/fmtsort): integers and floats numerically
 * (NaN before everything), strings bytewise, false before true, pointers and channels by address,
 * structs and arrays field by field, interfaces nil first, then by dynamic type, then by value.
 */
public final class FmtSort {
    private FmtSort() {
    }

    public static Comparator<Object> comparator(Layout l) {
        return (a, b) -> compare(l, a, b);
    }

    public static int compare(Layout l, Object a, Object b) {
        switch (l.kind) {
            case BOOL:
                return Boolean.compare((Boolean) a, (Boolean) b);
            case INT8:
            case INT16:
            case INT32:
            case INT64:
                return Long.compare((Long) a, (Long) b);
            case UINT8:
            case UINT16:
            case UINT32:
            case UINT64:
                return Long.compareUnsigned((Long) a, (Long) b);
            case FLOAT32:
            case FLOAT64:
                return compareFloat((Double) a, (Double) b);
            case COMPLEX64:
            case COMPLEX128: {
                GoComplex x = (GoComplex) a;
                GoComplex y = (GoComplex) b;
                int c = compareFloat(x.re, y.re);
                return c != 0 ? c : compareFloat(x.im, y.im);
            }
            case STRING:
                return ((GoString) a).compareTo((GoString) b);
            case POINTER:
            case UNSAFE_POINTER:
            case CHAN:
                return Long.compareUnsigned(address(a), address(b));
            case STRUCT: {
                GoStruct x = (GoStruct) a;
                GoStruct y = (GoStruct) b;
                for (int i = 0; i < l.fieldCount(); i++) {
                    int c = compare(l.field(i), x.load(i), y.load(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case ARRAY: {
                GoArray x = (GoArray) a;
                GoArray y = (GoArray) b;
                for (int i = 0; i < x.length; i++) {
                    int c = compare(l.elem, x.load(i), y.load(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case INTERFACE: {
                if (a == null || b == null) {
                    return a == null ? (b == null ? 0 : -1) : 1;
                }
                Iface x = (Iface) a;
                Iface y = (Iface) b;
                if (!DynamicTypes.identical(x.type, y.type)) {
                    return compareTypes(x.type, y.type);
                }
                return compare(x.layout(), x.value, y.value);
            }
            default:
                return 0;
        }
    }

    /** fmtsort: NaN first, then the usual order; -0 and +0 tie. */
    static int compareFloat(double a, double b) {
        if (a < b) {
            return -1;
        } else if (a > b) {
            return 1;
        } else if (a == b) {
            return 0;
        }
        boolean an = Double.isNaN(a);
        boolean bn = Double.isNaN(b);
        return an && !bn ? -1 : !an && bn ? 1 : 0;
    }

    /** Address of a pointer-like value (stack objects have none yet: identity order as a stand-in). */
    static long address(Object p) {
        if (p == null) {
            return 0;
        }
        long a = 0;
        if (p instanceof Pointer ptr) {
            a = ptr.address();
        } else if (p instanceof GoStruct s) {
            a = s.addr;
        } else if (p instanceof GoArray arr) {
            a = arr.addr;
        }
        return a != 0 ? a : System.identityHashCode(p) & 0xFFFFFFFFL;
    }

    /**
     * Go orders dynamic types by the address of their type descriptors, which its linker lays out
     * by descriptor size, then name: predeclared types first, then unnamed composite types, then
     * named types with methods. We use that rank, then the type's spelling.
     */
    static int compareTypes(minigo.types.Type t1, minigo.types.Type t2) {
        int r1 = typeRank(t1);
        int r2 = typeRank(t2);
        if (r1 != r2) {
            return Integer.compare(r1, r2);
        }
        return DynamicTypes.typeString(t1).compareTo(DynamicTypes.typeString(t2));
    }

    private static int typeRank(minigo.types.Type t) {
        String s = DynamicTypes.typeString(t);
        if (s.indexOf('.') >= 0) {
            return 2;
        }
        return Character.isLetter(s.charAt(0)) ? 0 : 1;
    }
}
