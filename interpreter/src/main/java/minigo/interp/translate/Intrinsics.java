package minigo.interp.translate;

import com.oracle.truffle.api.frame.VirtualFrame;
import minigo.interp.nodes.ExprNode;
import minigo.types.Func;

/**
 * Calls of a few native standard functions that the translator turns into nodes instead of calls.
 * A native call goes through its own call target, boxes its arguments into an array, copies it,
 * crosses a TruffleBoundary and boxes the result: for {@code math.Sqrt} in an inner loop (n-body)
 * that cost far more than the square root. The nodes compute exactly what the natives compute
 * (MathNatives registers the same Java methods), so the results are bit-for-bit the same.
 */
final class Intrinsics {
    private Intrinsics() {}

    /**
     * The node maker replacing a call of f (given its converted argument), or null for a normal
     * call. Asked before the argument is translated, so that it is translated once.
     */
    static java.util.function.UnaryOperator<ExprNode> of(Func f) {
        if (!f.isNative() || f.pkg() == null || !"math".equals(f.pkg().path()) || f.signature().recv() != null) {
            return null;
        }
        return switch (f.name()) {
            case "Sqrt" -> Sqrt::new;
            case "Floor" -> Floor::new;
            case "Ceil" -> Ceil::new;
            default -> null;
        };
    }

    static final class Sqrt extends ExprNode.DoubleExpr {
        @Child ExprNode x;

        Sqrt(ExprNode x) {
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame f) {
            return Math.sqrt(x.executeDouble(f));
        }
    }

    static final class Floor extends ExprNode.DoubleExpr {
        @Child ExprNode x;

        Floor(ExprNode x) {
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame f) {
            return Math.floor(x.executeDouble(f));
        }
    }

    static final class Ceil extends ExprNode.DoubleExpr {
        @Child ExprNode x;

        Ceil(ExprNode x) {
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame f) {
            return Math.ceil(x.executeDouble(f));
        }
    }
}
