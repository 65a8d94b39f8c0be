package minigo.interp.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Constants: the checker folds every constant expression, so a constant is always one literal node. */
public final class Lit {
    private Lit() {}

    public static final class LongLit extends ExprNode.LongExpr {
        final long v;

        public LongLit(long v) {
            this.v = v;
        }

        @Override
        public long executeLong(VirtualFrame f) {
            return v;
        }
    }

    public static final class DoubleLit extends ExprNode.DoubleExpr {
        final double v;

        public DoubleLit(double v) {
            this.v = v;
        }

        @Override
        public double executeDouble(VirtualFrame f) {
            return v;
        }
    }

    public static final class BoolLit extends ExprNode.BoolExpr {
        final boolean v;

        public BoolLit(boolean v) {
            this.v = v;
        }

        @Override
        public boolean executeBool(VirtualFrame f) {
            return v;
        }
    }

    /** Any other constant value (strings, nil = null, complex). */
    public static final class ObjLit extends ExprNode {
        final Object v;

        public ObjLit(Object v) {
            this.v = v;
        }

        @Override
        public Object execute(VirtualFrame f) {
            return v;
        }
    }
}
