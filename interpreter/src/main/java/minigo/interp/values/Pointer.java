package minigo.interp.values;

/**
 * A Go pointer to a non-composite location: a variable cell ({@link Box} and its typed
 * subclasses), a struct field ({@link FieldPointer}) or an array element ({@link ElemPointer}).
 * (A pointer to a struct or array location is the GoStruct/GoArray itself; nil is null.)
 *
 * <p>Typed loads and stores avoid boxing; the generic {@link #load}/{@link #store} box. Two
 * pointers are == in Go when they denote the same location: boxes by identity, field and element
 * pointers by (object, index) — they override equals/hashCode for that.
 */
public abstract class Pointer {
    public long loadLong() {
        return ((Number) load()).longValue();
    }

    public void storeLong(long v) {
        store(v);
    }

    public double loadDouble() {
        return ((Number) load()).doubleValue();
    }

    public void storeDouble(double v) {
        store(v);
    }

    public boolean loadBool() {
        return (Boolean) load();
    }

    public void storeBool(boolean v) {
        store(v);
    }

    /** The pointee, boxed for primitives. */
    public abstract Object load();

    public abstract void store(Object v);

    /** The heap address of the pointee, 0 if not on the simulated heap. */
    public abstract long address();
}
