package minigo.interp.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Reads and writes of frame slots, one class per slot kind (long, double, boolean, object). */
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
            case LONG -> f.setLong(slot, (Long) v);
            case DOUBLE -> f.setDouble(slot, (Double) v);
            case BOOL -> f.setBoolean(slot, (Boolean) v);
            default -> f.setObject(slot, v);
        }
    }

    public static Object load(VirtualFrame f, SlotKind k, int slot) {
        return switch (k) {
            case LONG -> f.getLong(slot);
            case DOUBLE -> f.getDouble(slot);
            case BOOL -> f.getBoolean(slot);
            default -> f.getObject(slot);
        };
    }

    public static final class ReadLong extends ExprNode.LongExpr {
        final int slot;

        ReadLong(int slot) {
            this.slot = slot;
        }

        @Override
        public long executeLong(VirtualFrame f) {
            return f.getLong(slot);
        }
    }

    public static final class ReadDouble extends ExprNode.DoubleExpr {
        final int slot;

        ReadDouble(int slot) {
            this.slot = slot;
        }

        @Override
        public double executeDouble(VirtualFrame f) {
            return f.getDouble(slot);
        }
    }

    public static final class ReadBool extends ExprNode.BoolExpr {
        final int slot;

        ReadBool(int slot) {
            this.slot = slot;
        }

        @Override
        public boolean executeBool(VirtualFrame f) {
            return f.getBoolean(slot);
        }
    }

    public static final class ReadObject extends ExprNode {
        final int slot;

        ReadObject(int slot) {
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame f) {
            return f.getObject(slot);
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
            f.setLong(slot, value.executeLong(f));
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
            f.setDouble(slot, value.executeDouble(f));
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
            f.setBoolean(slot, value.executeBool(f));
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
            f.setObject(slot, value.execute(f));
        }
    }
}
