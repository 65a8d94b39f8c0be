package minigo.interp.values;

/** {@code &a[i]} (or {@code &s[i]} for a slice) for a non-composite element type. */
public final class ElemPointer extends Pointer {
    public final GoArray array;
    public final int index;

    public ElemPointer(GoArray array, int index) {
        this.array = array;
        this.index = index;
    }

    @Override
    public long loadLong() {
        return array.getLong(index);
    }

    @Override
    public void storeLong(long v) {
        array.setLong(index, v);
    }

    @Override
    public double loadDouble() {
        return array.doubles[index];
    }

    @Override
    public void storeDouble(double v) {
        array.doubles[index] = v;
    }

    @Override
    public boolean loadBool() {
        return array.bools[index];
    }

    @Override
    public void storeBool(boolean v) {
        array.bools[index] = v;
    }

    @Override
    public Object load() {
        return array.load(index);
    }

    @Override
    public void store(Object v) {
        array.store(index, v);
    }

    @Override
    public long address() {
        return array.addr == 0 ? 0 : array.addr + array.elem.size * index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElemPointer p && p.array == array && p.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(array) * 31 + index;
    }
}
