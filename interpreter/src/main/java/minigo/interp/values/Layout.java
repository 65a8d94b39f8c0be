package minigo.interp.values;

import java.util.ArrayList;
import java.util.List;

/**
 * How values of one Go type are laid out in Java: their {@link ValueKind}, Go's amd64 size and
 * alignment, and for structs and arrays the layouts of their fields or elements. One Layout is shared
 * by every value of a type; the interpreter builds it once per checker type (named types share the
 * layout shape of their underlying type but may carry their own {@link #type} for printing).
 *
 * <p>A struct's fields live in two Java arrays: primitives (integers, floats as raw bits, bools as
 * 0/1) in a {@code long[]}, everything else in an {@code Object[]}. {@link #slot(int)} maps a field
 * index to its position in the array of its storage class, so the interpreter can resolve it once at
 * translation time.
 */
public final class Layout {
    public final ValueKind kind;
    /** Go's size in bytes on amd64 (unsafe.Sizeof). */
    public final long size;
    /** Go's alignment on amd64 (unsafe.Alignof). */
    public final int align;
    /** Whether == is defined on values of this type (structs: all fields; arrays: the element). */
    public final boolean comparable;
    /** The checker's type, if the interpreter supplied one (used for printing and panics only). */
    public final Object type;

    // STRUCT
    private final Layout[] fields;
    private final String[] names;
    private final long[] offsets;
    private final int[] slots;
    final int primCount;
    final int refCount;
    /** Field indices of nested structs/arrays: they are deep-copied and compared recursively. */
    final int[] compositeFields;
    /** Zero values of the reference fields (composites are left null: each struct makes its own). */
    final Object[] refTemplate;

    // ARRAY
    /** The element layout of an array (null otherwise). */
    public final Layout elem;
    /** The length of an array type (0 otherwise). */
    public final int length;

    private static final Layout[] BASIC = new Layout[ValueKind.values().length];

    static {
        for (ValueKind k : ValueKind.values()) {
            if (!k.isComposite()) {
                BASIC[k.ordinal()] = new Layout(k, null);
            }
        }
    }

    private Layout(ValueKind kind, Object type) {
        this.kind = kind;
        this.size = kind.size;
        this.align = kind.align();
        this.comparable = kind != ValueKind.SLICE && kind != ValueKind.MAP && kind != ValueKind.FUNC;
        this.type = type;
        this.fields = null;
        this.names = null;
        this.offsets = null;
        this.slots = null;
        this.primCount = 0;
        this.refCount = 0;
        this.compositeFields = null;
        this.refTemplate = null;
        this.elem = null;
        this.length = 0;
    }

    private Layout(String[] names, Layout[] fields, Object type) {
        this.kind = ValueKind.STRUCT;
        this.type = type;
        this.fields = fields.clone();
        this.names = names == null ? null : names.clone();
        this.offsets = new long[fields.length];
        this.slots = new int[fields.length];
        int prims = 0;
        int refs = 0;
        long off = 0;
        int maxAlign = 1;
        boolean cmp = true;
        List<Integer> composite = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            Layout f = fields[i];
            off = alignUp(off, f.align);
            offsets[i] = off;
            off += f.size;
            maxAlign = Math.max(maxAlign, f.align);
            cmp &= f.comparable;
            if (f.kind.isPrimitive()) {
                slots[i] = prims++;
            } else {
                slots[i] = refs++;
                if (f.kind.isComposite()) {
                    composite.add(i);
                }
            }
        }
        // gc pads a struct that ends in a zero-size field so that &s.last never points past the end.
        if (fields.length > 0 && fields[fields.length - 1].size == 0 && off > 0) {
            off++;
        }
        this.size = alignUp(off, maxAlign);
        this.align = maxAlign;
        this.comparable = cmp;
        this.primCount = prims;
        this.refCount = refs;
        this.compositeFields = composite.stream().mapToInt(Integer::intValue).toArray();
        this.refTemplate = new Object[refs];
        for (int i = 0; i < fields.length; i++) {
            if (!fields[i].kind.isPrimitive() && !fields[i].kind.isComposite()) {
                refTemplate[slots[i]] = fields[i].zero();
            }
        }
        this.elem = null;
        this.length = 0;
    }

    private Layout(Layout elem, int length, Object type) {
        this.kind = ValueKind.ARRAY;
        this.type = type;
        this.elem = elem;
        this.length = length;
        this.size = elem.size * length;
        this.align = elem.align;
        this.comparable = elem.comparable;
        this.fields = null;
        this.names = null;
        this.offsets = null;
        this.slots = null;
        this.primCount = 0;
        this.refCount = 0;
        this.compositeFields = null;
        this.refTemplate = null;
    }

    private static long alignUp(long n, int a) {
        return (n + a - 1) & -(long) a;
    }

    /** The shared layout of a non-composite kind. */
    public static Layout of(ValueKind kind) {
        Layout l = BASIC[kind.ordinal()];
        if (l == null) {
            throw new IllegalArgumentException("composite kind needs Layout.struct or Layout.array: " + kind);
        }
        return l;
    }

    /** A non-composite layout carrying the checker's type (e.g. a named integer type). */
    public static Layout of(ValueKind kind, Object type) {
        if (type == null) {
            return of(kind);
        }
        if (kind.isComposite()) {
            throw new IllegalArgumentException(kind.toString());
        }
        return new Layout(kind, type);
    }

    /** A struct layout; {@code names} may be null. */
    public static Layout struct(String[] names, Layout[] fields, Object type) {
        return new Layout(names, fields, type);
    }

    public static Layout struct(Layout... fields) {
        return new Layout(null, fields, null);
    }

    public static Layout array(Layout elem, int length, Object type) {
        return new Layout(elem, length, type);
    }

    public static Layout array(Layout elem, int length) {
        return new Layout(elem, length, null);
    }

    public int fieldCount() {
        return fields == null ? 0 : fields.length;
    }

    public Layout field(int i) {
        return fields[i];
    }

    public String fieldName(int i) {
        return names == null ? "F" + i : names[i];
    }

    /** unsafe.Offsetof of field i. */
    public long offset(int i) {
        return offsets[i];
    }

    /** Position of field i in the long[] (primitive fields) or Object[] (all others) of a GoStruct. */
    public int slot(int i) {
        return slots[i];
    }

    /**
     * The zero value of this type in the value model: a fresh object for structs and arrays (it
     * becomes the storage of exactly one location), shared immutable values otherwise.
     */
    public Object zero() {
        return switch (kind) {
            case STRUCT -> new GoStruct(this);
            case ARRAY -> new GoArray(elem, length);
            default -> scalarZero();
        };
    }

    /**
     * The zero value of a layout that is not a struct or array (null for references). Separate from
     * {@link #zero()} so that code filling an array of scalars has no path back into the array
     * constructor: partial evaluation cannot see the layout's kind and would follow that recursion.
     */
    public Object scalarZero() {
        return switch (kind) {
            case BOOL -> Boolean.FALSE;
            case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64 -> 0L;
            case FLOAT32, FLOAT64 -> 0.0;
            case COMPLEX64, COMPLEX128 -> GoComplex.ZERO;
            case STRING -> GoString.EMPTY;
            default -> null;
        };
    }

    private long ptrdata = -1;

    /**
     * Go's ptrdata: the bytes from the start of a value of this layout through its last pointer
     * word (0: no pointers). The collector counts it as the scan work of an object.
     */
    public long ptrdata() {
        long p = ptrdata;
        return p >= 0 ? p : computePtrdata();
    }

    /** Recursive over nested layouts, hence a boundary: partial evaluation would follow it without end. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private long computePtrdata() {
        long p = switch (kind) {
            case STRING, POINTER, UNSAFE_POINTER, MAP, CHAN, FUNC, SLICE -> 8;
            case INTERFACE -> 16;
            case STRUCT -> {
                long last = 0;
                for (int i = 0; i < fields.length; i++) {
                    long fp = fields[i].ptrdata();
                    if (fp > 0) last = Math.max(last, offsets[i] + fp);
                }
                yield last;
            }
            case ARRAY -> length == 0 || elem.ptrdata() == 0 ? 0 : (length - 1) * elem.size + elem.ptrdata();
            default -> 0;
        };
        ptrdata = p;
        return p;
    }

    /** Whether {@link #zero()} allocates: values of this layout must be copied on assignment. */
    public boolean isComposite() {
        return kind.isComposite();
    }

    /** A fresh copy of a value of this layout when it is a struct or array, else the value itself. */
    public Object copyValue(Object v) {
        return switch (kind) {
            case STRUCT -> ((GoStruct) v).copy();
            case ARRAY -> ((GoArray) v).copy();
            default -> v;
        };
    }

    private byte pointers; // 0: not yet known, 1: no pointers, 2: pointers

    /** Whether a value of this layout holds pointers (Go's !noscan); computed once. */
    public boolean hasPointers() {
        byte p = pointers;
        if (p == 0) pointers = p = computePointers();
        return p == 2;
    }

    /** Recursive over types, hence a boundary (see {@link #computePtrdata}). */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private byte computePointers() {
        return minigo.interp.Heap.hasPointers(this) ? (byte) 2 : (byte) 1;
    }

    @Override
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public String toString() {
        if (type != null) {
            return type.toString();
        }
        return switch (kind) {
            case STRUCT -> {
                StringBuilder b = new StringBuilder("struct{");
                for (int i = 0; i < fields.length; i++) {
                    b.append(i == 0 ? " " : "; ").append(fieldName(i)).append(' ').append(fields[i]);
                }
                yield b.append(fields.length == 0 ? "}" : " }").toString();
            }
            case ARRAY -> "[" + length + "]" + elem;
            default -> kind.name().toLowerCase();
        };
    }
}
