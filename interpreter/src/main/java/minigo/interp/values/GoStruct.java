package minigo.interp.values;

import java.util.Arrays;

/**
 * A Go struct value: the storage of exactly one location (a variable, a field, an element, a heap
 * object). Assignment never shares a GoStruct: it copies into the destination ({@link #copyFrom}) or
 * stores a fresh {@link #copy()}. A pointer to a struct location is this object itself.
 *
 * <p>Fields are reached by index through typed accessors; primitive fields (integers, floats, bools)
 * live in a {@code long[]} (floats as raw IEEE bits, bools as 0/1), all others in an
 * {@code Object[]}. The {@code ...At(slot)} variants take the storage slot that
 * {@link Layout#slot(int)} gives, for nodes that resolve it once.
 */
public final class GoStruct implements minigo.runtime.gc.Poisonable {
    private static final long[] NO_PRIMS = new long[0];
    private static final Object[] NO_REFS = new Object[0];

    public final Layout layout;
    private final long[] prims;
    private final Object[] refs;
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
        return layout.type != null ? layout.type.toString() : "struct";
    }

    public GoStruct(Layout layout) {
        assert layout.kind == ValueKind.STRUCT;
        this.layout = layout;
        this.prims = layout.primCount == 0 ? NO_PRIMS : new long[layout.primCount];
        if (layout.refCount == 0) {
            this.refs = NO_REFS;
        } else {
            this.refs = layout.refTemplate.clone();
            if (layout.compositeFields.length > 0) zeroNested(layout, refs);
        }
    }

    /**
     * Nested struct/array fields get their own zero objects. Behind a boundary because zero values
     * recurse (a struct's zero makes its fields' zeros), which partial evaluation would follow
     * without end: the layout is not a constant there.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void zeroNested(Layout layout, Object[] refs) {
        for (int f : layout.compositeFields) {
            refs[layout.slot(f)] = layout.field(f).zero();
        }
    }

    private GoStruct(Layout layout, long[] prims, Object[] refs) {
        this.layout = layout;
        this.prims = prims;
        this.refs = refs;
    }

    // ---- by field index ----

    public long getLong(int field) {
        return prims[layout.slot(field)];
    }

    public void setLong(int field, long v) {
        prims[layout.slot(field)] = v;
    }

    public double getDouble(int field) {
        return Double.longBitsToDouble(prims[layout.slot(field)]);
    }

    public void setDouble(int field, double v) {
        prims[layout.slot(field)] = Double.doubleToRawLongBits(v);
    }

    public boolean getBool(int field) {
        return prims[layout.slot(field)] != 0;
    }

    public void setBool(int field, boolean v) {
        prims[layout.slot(field)] = v ? 1 : 0;
    }

    /** A reference field; for a struct or array field this is the nested location's own object. */
    public Object getObject(int field) {
        return refs[layout.slot(field)];
    }

    /**
     * Stores a reference field. Not for struct/array fields: those are locations; assign them with
     * {@code ((GoStruct) getObject(f)).copyFrom(v)} or {@link #store}.
     */
    public void setObject(int field, Object v) {
        int s = layout.slot(field);
        minigo.interp.gc.WriteBarrier.write(refs[s], v);
        refs[s] = v;
    }

    // ---- by storage slot (Layout.slot) ----

    public long getLongAt(int slot) {
        return prims[slot];
    }

    public void setLongAt(int slot, long v) {
        prims[slot] = v;
    }

    public double getDoubleAt(int slot) {
        return Double.longBitsToDouble(prims[slot]);
    }

    public void setDoubleAt(int slot, double v) {
        prims[slot] = Double.doubleToRawLongBits(v);
    }

    public boolean getBoolAt(int slot) {
        return prims[slot] != 0;
    }

    public void setBoolAt(int slot, boolean v) {
        prims[slot] = v ? 1 : 0;
    }

    public Object getObjectAt(int slot) {
        return refs[slot];
    }

    public void setObjectAt(int slot, Object v) {
        minigo.interp.gc.WriteBarrier.write(refs[slot], v);
        refs[slot] = v;
    }

    // ---- generic (slow paths: natives, reflection-like code) ----

    /** Field i boxed: Long, Double, Boolean, or the reference itself. */
    public Object load(int field) {
        Layout f = layout.field(field);
        return switch (f.kind) {
            case BOOL -> getBool(field);
            case FLOAT32, FLOAT64 -> getDouble(field);
            default -> f.kind.isInteger() ? (Object) getLong(field) : getObject(field);
        };
    }

    /** Assigns field i from a boxed value, copying into nested struct/array fields. */
    public void store(int field, Object v) {
        Layout f = layout.field(field);
        switch (f.kind) {
            case BOOL -> setBool(field, (Boolean) v);
            case FLOAT32, FLOAT64 -> setDouble(field, ((Number) v).doubleValue());
            case STRUCT -> ((GoStruct) getObject(field)).copyFrom((GoStruct) v);
            case ARRAY -> ((GoArray) getObject(field)).copyFrom((GoArray) v);
            default -> {
                if (f.kind.isInteger()) {
                    setLong(field, ((Number) v).longValue());
                } else {
                    setObject(field, v);
                }
            }
        }
    }

    /** A new struct with the same contents: nested structs and arrays are copied, references shared. */
    public GoStruct copy() {
        Object[] r = refs.length == 0 ? NO_REFS : refs.clone();
        if (layout.compositeFields.length > 0) copyNestedInto(r);
        return new GoStruct(layout, prims.length == 0 ? NO_PRIMS : prims.clone(), r);
    }

    /** Nested structs/arrays copied too; a boundary, as the copy recurses (see {@link #copyNested}). */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private void copyNestedInto(Object[] r) {
        for (int f : layout.compositeFields) {
            int s = layout.slot(f);
            r[s] = layout.field(f).copyValue(r[s]);
        }
    }

    /** Go assignment {@code *this = *src}: copies src's contents into this location. */
    public void copyFrom(GoStruct src) {
        if (src == this) {
            return;
        }
        System.arraycopy(src.prims, 0, prims, 0, prims.length);
        minigo.interp.gc.WriteBarrier.bulkCopy(src.refs, 0, refs, 0, refs.length);
        int[] composite = layout.compositeFields;
        if (composite.length == 0) {
            System.arraycopy(src.refs, 0, refs, 0, refs.length);
            return;
        }
        copyNested(src, composite);
    }

    /**
     * Nested structs/arrays are this struct's own locations: keep them and copy into them. (A
     * GoStruct in a pointer field is a pointer and is simply copied: decided by layout.) Behind a
     * boundary because it recurses (struct in array in struct...), which partial evaluation would
     * follow without end.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private void copyNested(GoStruct src, int[] composite) {
        Object[] mine = new Object[composite.length];
        for (int i = 0; i < composite.length; i++) {
            mine[i] = refs[layout.slot(composite[i])];
        }
        System.arraycopy(src.refs, 0, refs, 0, refs.length);
        for (int i = 0; i < composite.length; i++) {
            int s = layout.slot(composite[i]);
            Object from = refs[s];
            refs[s] = mine[i];
            if (mine[i] instanceof GoStruct st) {
                st.copyFrom((GoStruct) from);
            } else {
                ((GoArray) mine[i]).copyFrom((GoArray) from);
            }
        }
    }

    /** Go's == on two values of the same struct type (fieldwise, in order). */
    public boolean goEquals(GoStruct o) {
        return Equality.equal(layout, this, o);
    }

    /** A hash consistent with {@link #goEquals}. */
    public int goHash() {
        return Equality.hash(layout, this);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < layout.fieldCount(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(load(i));
        }
        return b.append('}').toString();
    }

    long[] primsForTest() {
        return Arrays.copyOf(prims, prims.length);
    }
}
