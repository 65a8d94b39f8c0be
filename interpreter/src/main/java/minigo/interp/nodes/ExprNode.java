package minigo.interp.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * An expression. Every expression can produce its value as an Object (long, double and boolean boxed);
 * nodes whose static type is an integer, float or bool override the matching primitive method so a
 * typed parent never boxes. Which method a parent calls is decided at translation time from the
 * checker's type, never by testing the value.
 */
public abstract class ExprNode extends GoNode {
    public abstract Object execute(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) {
        return (Long) execute(frame);
    }

    public double executeDouble(VirtualFrame frame) {
        return (Double) execute(frame);
    }

    public boolean executeBool(VirtualFrame frame) {
        return (Boolean) execute(frame);
    }

    /** An expression of an integer type: long is its natural representation. */
    public abstract static class LongExpr extends ExprNode {
        @Override
        public abstract long executeLong(VirtualFrame frame);

        @Override
        public final Object execute(VirtualFrame frame) {
            return executeLong(frame);
        }
    }

    /** An expression of a float type. */
    public abstract static class DoubleExpr extends ExprNode {
        @Override
        public abstract double executeDouble(VirtualFrame frame);

        @Override
        public final Object execute(VirtualFrame frame) {
            return executeDouble(frame);
        }
    }

    /** An expression of a boolean type. */
    public abstract static class BoolExpr extends ExprNode {
        @Override
        public abstract boolean executeBool(VirtualFrame frame);

        @Override
        public final Object execute(VirtualFrame frame) {
            return executeBool(frame);
        }
    }
}
