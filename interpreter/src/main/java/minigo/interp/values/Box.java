package minigo.interp.values;

/**
 * A variable cell that lives outside a Truffle frame: a variable whose address is taken or that a
 * closure captures and assigns. The Box is also the pointer to that variable ({@code &x} is the Box),
 * so pointer equality is identity. Typed subclasses hold primitives unboxed; variables of struct or
 * array type need no box (their GoStruct/GoArray is already a location).
 */
public abstract class Box extends Pointer implements minigo.runtime.gc.Poisonable {
    /** Simulated heap address (0 = a stack cell the allocator never sees). */
    public long addr;
    /** GODEBUG=clobberfree=1: the GC cycle that freed this object (0: live), see {@link #poison}. */
    public int freedIn;

    @Override
    public void poison(long address, int cycle) {
        freedIn = cycle;
    }

    /** The type this object was allocated as, for the clobberfree report. */
    public String typeName() {
        return getClass().getSimpleName();
    }

    @Override
    public long address() {
        return addr;
    }

    /** A cell of the given kind holding its zero value. */
    public static Box zero(Layout l) {
        return switch (l.kind) {
            case BOOL -> new BoolBox(false);
            case FLOAT32, FLOAT64 -> new DoubleBox(0);
            case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64 -> new LongBox(0);
            default -> new RefBox(l.zero());
        };
    }

    /** A box for an integer variable. */
    public static final class LongBox extends Box {
        public long value;

        public LongBox(long value) {
            this.value = value;
        }

        @Override
        public long loadLong() {
            return value;
        }

        @Override
        public void storeLong(long v) {
            value = v;
        }

        @Override
        public Object load() {
            return value;
        }

        @Override
        public void store(Object v) {
            value = ((Number) v).longValue();
        }
    }

    /** A box for a float variable (float32 values are already rounded). */
    public static final class DoubleBox extends Box {
        public double value;

        public DoubleBox(double value) {
            this.value = value;
        }

        @Override
        public double loadDouble() {
            return value;
        }

        @Override
        public void storeDouble(double v) {
            value = v;
        }

        @Override
        public Object load() {
            return value;
        }

        @Override
        public void store(Object v) {
            value = ((Number) v).doubleValue();
        }
    }

    /** A box for a bool variable. */
    public static final class BoolBox extends Box {
        public boolean value;

        public BoolBox(boolean value) {
            this.value = value;
        }

        @Override
        public boolean loadBool() {
            return value;
        }

        @Override
        public void storeBool(boolean v) {
            value = v;
        }

        @Override
        public Object load() {
            return value;
        }

        @Override
        public void store(Object v) {
            value = (Boolean) v;
        }
    }

    /** A box for any other variable (string, pointer, slice, map, interface, func, chan, complex). */
    public static final class RefBox extends Box {
        public Object value;

        public RefBox(Object value) {
            this.value = value;
        }

        @Override
        public Object load() {
            return value;
        }

        @Override
        public void store(Object v) {
            minigo.interp.gc.WriteBarrier.write(value, v);
            value = v;
        }
    }
}
