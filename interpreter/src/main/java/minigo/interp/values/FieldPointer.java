package minigo.interp.values;

/** {@code &s.f} for a non-composite field f of struct s. */
public final class FieldPointer extends Pointer {
    public final GoStruct struct;
    public final int field;
    private final int slot;

    public FieldPointer(GoStruct struct, int field) {
        this.struct = struct;
        this.field = field;
        this.slot = struct.layout.slot(field);
    }

    @Override
    public long loadLong() {
        return struct.getLongAt(slot);
    }

    @Override
    public void storeLong(long v) {
        struct.setLongAt(slot, v);
    }

    @Override
    public double loadDouble() {
        return struct.getDoubleAt(slot);
    }

    @Override
    public void storeDouble(double v) {
        struct.setDoubleAt(slot, v);
    }

    @Override
    public boolean loadBool() {
        return struct.getBoolAt(slot);
    }

    @Override
    public void storeBool(boolean v) {
        struct.setBoolAt(slot, v);
    }

    @Override
    public Object load() {
        return struct.load(field);
    }

    @Override
    public void store(Object v) {
        struct.store(field, v);
    }

    @Override
    public long address() {
        return struct.addr == 0 ? 0 : struct.addr + struct.layout.offset(field);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPointer p && p.struct == struct && p.field == field;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(struct) * 31 + field;
    }
}
