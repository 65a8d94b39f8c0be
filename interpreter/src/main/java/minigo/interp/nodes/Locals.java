package minigo.interp.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Reads and writes of frame slots, one class per slot kind (long, double, boolean, object).
 *
 * <p>Every slot is one of Truffle's static slots, accessed only with the {@code *Static} methods: a
 * Go variable's type fixes its kind, so no access checks or stores a tag. A tagged access checks
 * (and a write stores) the tag each time, which was a third of the interpreter's time in a simple
 * counted loop, and in a loop compiled on stack replacement, whose frame is a real object, it was
 * a load, compare and guard at every read.
 */
public final class Locals {
    private Locals() {}

    public enum SlotKind { LONG, DOUBLE, BOOL, OBJECT }

    public static ExprNode read(SlotKind k, int slot) {
        return switch (k) {
            case LONG -> new ReadLong(slot);
            case DOUBLE -> new ReadDouble(slot);
            case BOOL -> new ReadBool(slot);
            case OBJECT -> new ReadObject(slot);
        };
    }

    public static StmtNode write(SlotKind k, int slot, ExprNode value) {
        return switch (k) {
            case LONG -> new WriteLong(slot, value);
            case DOUBLE -> new WriteDouble(slot, value);
            case BOOL -> new WriteBool(slot, value);
            case OBJECT -> new WriteObject(slot, value);
        };
    }

    /** Stores an already computed value (boxed) into a slot of the given kind. */
    public static void store(VirtualFrame f, SlotKind k, int slot, Object v) {
        switch (k) {
            case LONG -> f.setLongStatic(slot, (Long) v);
            case DOUBLE -> f.setDoubleStatic(slot, (Double) v);
            case BOOL -> f.setBooleanStatic(slot, (Boolean) v);
            default -> f.setObjectStatic(slot, v);
        }
    }

    public static Object load(VirtualFrame f, SlotKind k, int slot) {
        return switch (k) {
            case LONG -> f.getLongStatic(slot);
            case DOUBLE -> f.getDoubleStatic(slot);
            case BOOL -> f.getBooleanStatic(slot);
            default -> f.getObjectStatic(slot);
        };
    }

    public static final class ReadLong extends ExprNode.LongExpr {
        final int slot;

        ReadLong(int slot) {
            this.slot = slot;
        }

        @Override
        public long executeLong(VirtualFrame f) {
            return f.getLongStatic(slot);
        }
    }

    public static final class ReadDouble extends ExprNode.DoubleExpr {
        final int slot;

        ReadDouble(int slot) {
            this.slot = slot;
        }

        @Override
        public double executeDouble(VirtualFrame f) {
            return f.getDoubleStatic(slot);
        }
    }

    public static final class ReadBool extends ExprNode.BoolExpr {
        final int slot;

        ReadBool(int slot) {
            this.slot = slot;
        }

        @Override
        public boolean executeBool(VirtualFrame f) {
            return f.getBooleanStatic(slot);
        }
    }

    public static final class ReadObject extends ExprNode {
        final int slot;

        ReadObject(int slot) {
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame f) {
            return f.getObjectStatic(slot);
        }
    }

    /**
     * The last read of a variable (Go's liveness, see translate.Liveness): reads the slot through the
     * variable's own read node, then clears the reference slot, so that a callee running after the
     * read no longer finds the value in this frame.
     */
    public static final class ReadAndClear extends ExprNode {
        @Child ExprNode read;
        final int slot;

        public ReadAndClear(ExprNode read, int slot) {
            this.read = read;
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame f) {
            Object v = read.execute(f);
            f.setObjectStatic(slot, null);
            return v;
        }

        @Override
        public long executeLong(VirtualFrame f) {
            long v = read.executeLong(f);
            f.setObjectStatic(slot, null);
            return v;
        }

        @Override
        public double executeDouble(VirtualFrame f) {
            double v = read.executeDouble(f);
            f.setObjectStatic(slot, null);
            return v;
        }

        @Override
        public boolean executeBool(VirtualFrame f) {
            boolean v = read.executeBool(f);
            f.setObjectStatic(slot, null);
            return v;
        }
    }

    public static final class WriteLong extends StmtNode {
        final int slot;
        @Child ExprNode value;

        WriteLong(int slot, ExprNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public void exec(VirtualFrame f) {
            f.setLongStatic(slot, value.executeLong(f));
        }
    }

    public static final class WriteDouble extends StmtNode {
        final int slot;
        @Child ExprNode value;

        WriteDouble(int slot, ExprNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public void exec(VirtualFrame f) {
            f.setDoubleStatic(slot, value.executeDouble(f));
        }
    }

    public static final class WriteBool extends StmtNode {
        final int slot;
        @Child ExprNode value;

        WriteBool(int slot, ExprNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public void exec(VirtualFrame f) {
            f.setBooleanStatic(slot, value.executeBool(f));
        }
    }

    public static final class WriteObject extends StmtNode {
        final int slot;
        @Child ExprNode value;

        WriteObject(int slot, ExprNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public void exec(VirtualFrame f) {
            f.setObjectStatic(slot, value.execute(f));
        }
    }
}
