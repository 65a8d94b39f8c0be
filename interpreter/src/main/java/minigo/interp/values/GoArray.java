package minigo.interp.values;

/**
 * A Go array value, and the backing array of slices. Storage is typed by the element kind:
 * {@code byte[]} for int8/uint8, {@code long[]} for the other integers, {@code double[]} for floats,
 * {@code boolean[]} for bool and {@code Object[]} for everything else. Exactly one of the storage
 * fields is non-null; nodes specialised on the element type read it directly.
 *
 * <p>Like {@link GoStruct}, an array is the storage of exactly one location; a pointer to an array
 * location is this object. Struct and array elements are allocated eagerly (each element is a
 * location that pointers may refer to).
 */
public final class GoArray implements minigo.runtime.gc.Poisonable {
    /** Storage classes of array elements. */
    public enum Storage { LONG, BYTE, DOUBLE, BOOL, REF }

    public final Layout elem;
    public final int length;
    public final long[] longs;
    public final byte[] bytes;
    public final double[] doubles;
    public final boolean[] bools;
    public final Object[] refs;
    /** uint8 elements read back zero-extended, int8 sign-extended. */
    private final boolean unsignedBytes;
    /** Simulated heap address (0 = not on the heap). */
    public long addr;
    /** GODEBUG=clobberfree=1: the GC cycle that freed this object (0: live), see {@link #poison}. */
    public int freedIn;

    @Override
    public void poison(long address, int cycle) {
        freedIn = cycle;
    }

    /** The type this object was allocated as, for the clobberfree report. */
    public String typeName() {
        return "[" + length + "]" + (elem.type != null ? elem.type.toString() : elem.kind.name().toLowerCase());
    }

    public static Storage storageOf(Layout elem) {
        return switch (elem.kind) {
            case INT8, UINT8 -> Storage.BYTE;
            case INT16, INT32, INT64, UINT16, UINT32, UINT64 -> Storage.LONG;
            case FLOAT32, FLOAT64 -> Storage.DOUBLE;
            case BOOL -> Storage.BOOL;
            default -> Storage.REF;
        };
    }

    /** A zeroed array of {@code length} elements. */
    public GoArray(Layout elem, int length) {
        this.elem = elem;
        this.length = length;
        this.unsignedBytes = elem.kind == ValueKind.UINT8;
        long[] l = null;
        byte[] b = null;
        double[] d = null;
        boolean[] z = null;
        Object[] r = null;
        switch (storageOf(elem)) {
            case LONG -> l = new long[length];
            case BYTE -> b = new byte[length];
            case DOUBLE -> d = new double[length];
            case BOOL -> z = new boolean[length];
            default -> {
                r = new Object[length];
                if (elem.kind.isComposite()) {
                    zeroElems(elem, r);
                } else {
                    Object zero = elem.scalarZero();
                    if (zero != null) java.util.Arrays.fill(r, zero);
                }
            }
        }
        this.longs = l;
        this.bytes = b;
        this.doubles = d;
        this.bools = z;
        this.refs = r;
    }

    /** Wraps existing storage (which must match {@code elem}'s storage class); no copy. */
    private GoArray(Layout elem, int length, long[] l, byte[] b, double[] d, boolean[] z, Object[] r) {
        this.elem = elem;
        this.length = length;
        this.unsignedBytes = elem.kind == ValueKind.UINT8;
        this.longs = l;
        this.bytes = b;
        this.doubles = d;
        this.bools = z;
        this.refs = r;
    }

    /** A byte array (uint8 elements) that takes ownership of {@code b}. */
    public static GoArray ofBytes(byte[] b) {
        return new GoArray(Layout.of(ValueKind.UINT8), b.length, null, b, null, null, null);
    }

    /** An array of {@code elem} (an integer kind stored in long[]) taking ownership of {@code l}. */
    public static GoArray ofLongs(Layout elem, long[] l) {
        return new GoArray(elem, l.length, l, null, null, null, null);
    }

    public static GoArray ofDoubles(Layout elem, double[] d) {
        return new GoArray(elem, d.length, null, null, d, null, null);
    }

    /** Reference elements (not structs/arrays unless each element is a distinct fresh object). */
    public static GoArray ofRefs(Layout elem, Object[] r) {
        return new GoArray(elem, r.length, null, null, null, null, r);
    }

    public Storage storage() {
        if (longs != null) {
            return Storage.LONG;
        } else if (bytes != null) {
            return Storage.BYTE;
        } else if (doubles != null) {
            return Storage.DOUBLE;
        } else if (bools != null) {
            return Storage.BOOL;
        }
        return Storage.REF;
    }

    // ---- typed access (no bounds checks beyond Java's: callers check Go's bounds first) ----

    public long getLong(int i) {
        if (longs != null) {
            return longs[i];
        }
        byte v = bytes[i];
        return unsignedBytes ? v & 0xFF : v;
    }

    public void setLong(int i, long v) {
        if (longs != null) {
            longs[i] = v;
        } else {
            bytes[i] = (byte) v;
        }
    }

    public double getDouble(int i) {
        return doubles[i];
    }

    public void setDouble(int i, double v) {
        doubles[i] = v;
    }

    public boolean getBool(int i) {
        return bools[i];
    }

    public void setBool(int i, boolean v) {
        bools[i] = v;
    }

    /** A reference element; for struct/array elements the element location's own object. */
    public Object getObject(int i) {
        return refs[i];
    }

    /** Stores a reference element (not for struct/array elements: use {@link #store}). */
    public void setObject(int i, Object v) {
        minigo.interp.gc.WriteBarrier.write(refs[i], v);
        refs[i] = v;
    }

    /** Element i boxed. */
    public Object load(int i) {
        if (longs != null || bytes != null) {
            return getLong(i);
        } else if (doubles != null) {
            return doubles[i];
        } else if (bools != null) {
            return bools[i];
        }
        return refs[i];
    }

    /** Assigns element i from a boxed value, copying into struct/array elements. */
    public void store(int i, Object v) {
        if (longs != null || bytes != null) {
            setLong(i, ((Number) v).longValue());
        } else if (doubles != null) {
            doubles[i] = ((Number) v).doubleValue();
        } else if (bools != null) {
            bools[i] = (Boolean) v;
        } else if (elem.kind == ValueKind.STRUCT) {
            ((GoStruct) refs[i]).copyFrom((GoStruct) v);
        } else if (elem.kind == ValueKind.ARRAY) {
            ((GoArray) refs[i]).copyFrom((GoArray) v);
        } else {
            minigo.interp.gc.WriteBarrier.write(refs[i], v);
            refs[i] = v;
        }
    }

    /** A new array with the same contents (nested structs/arrays copied). */
    public GoArray copy() {
        Object[] r = null;
        if (refs != null) {
            r = refs.clone();
            if (elem.kind.isComposite()) copyElems(r);
        }
        return new GoArray(elem, length,
                longs == null ? null : longs.clone(),
                bytes == null ? null : bytes.clone(),
                doubles == null ? null : doubles.clone(),
                bools == null ? null : bools.clone(), r);
    }

    /** Struct/array elements get their own zero objects; a boundary, as zero values recurse (see GoStruct). */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void zeroElems(Layout elem, Object[] r) {
        for (int i = 0; i < r.length; i++) {
            r[i] = elem.zero();
        }
    }

    /**
     * Each struct/array element replaced by a copy. Behind a boundary because copies recurse
     * (arrays of structs of arrays...), which partial evaluation would follow without end.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private void copyElems(Object[] r) {
        for (int i = 0; i < r.length; i++) {
            r[i] = elem.copyValue(r[i]);
        }
    }

    /** Go assignment {@code *this = *src} for arrays of the same type. */
    public void copyFrom(GoArray src) {
        if (src != this) {
            copyRange(src, 0, this, 0, length);
        }
    }

    /**
     * Copies n elements as Go's copy() does, correct when the ranges overlap in the same array.
     * Struct and array elements are copied into, never shared.
     */
    public static void copyRange(GoArray src, int srcPos, GoArray dst, int dstPos, int n) {
        if (n <= 0) {
            return;
        }
        if (dst.longs != null) {
            System.arraycopy(src.longs, srcPos, dst.longs, dstPos, n);
        } else if (dst.bytes != null) {
            System.arraycopy(src.bytes, srcPos, dst.bytes, dstPos, n);
        } else if (dst.doubles != null) {
            System.arraycopy(src.doubles, srcPos, dst.doubles, dstPos, n);
        } else if (dst.bools != null) {
            System.arraycopy(src.bools, srcPos, dst.bools, dstPos, n);
        } else if (!dst.elem.kind.isComposite()) {
            minigo.interp.gc.WriteBarrier.bulkCopy(src.refs, srcPos, dst.refs, dstPos, n);
            System.arraycopy(src.refs, srcPos, dst.refs, dstPos, n);
        } else {
            copyComposites(src, srcPos, dst, dstPos, n);
        }
    }

    /** Struct/array elements copied into the destination's own; a boundary, as it recurses (see {@link #copyElems}). */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void copyComposites(GoArray src, int srcPos, GoArray dst, int dstPos, int n) {
        if (src == dst && dstPos > srcPos) {
            for (int i = n - 1; i >= 0; i--) {
                dst.store(dstPos + i, src.refs[srcPos + i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                dst.store(dstPos + i, src.refs[srcPos + i]);
            }
        }
    }

    /** Go's == on two arrays of the same type. */
    public boolean goEquals(GoArray o) {
        return Equality.equalArrays(elem, this, o);
    }

    public int goHash() {
        return Equality.hashArray(elem, this);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(load(i));
        }
        return b.append(']').toString();
    }
}
