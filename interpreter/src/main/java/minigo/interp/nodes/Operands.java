package minigo.interp.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * The two operands of a binary operation, evaluated left to right. An operand that is a local
 * variable (a frame slot) or a constant is read in place, with no child node for it.
 *
 * <p>Why: until a function is compiled, and in code that never gets hot, each child is a virtual
 * call, and in arithmetic and comparisons most operands are variables and constants ({@code i < n},
 * {@code s + i}, {@code x % p}). Reading them here leaves one call per operation instead of three.
 * Compiled, the slot and the constant are final fields and fold away: the code is the same as with
 * child nodes.
 */
public final class Operands {
    private Operands() {}

    /** xSlot/ySlot: a frame slot (>= 0), {@link #CONST}, or {@link #CHILD} (evaluate the node). */
    static final int CHILD = -1;
    static final int CONST = -2;

    /** Integer operands (Go's integer kinds, held as long). */
    public static final class Longs extends Node {
        @Child private ExprNode x;
        @Child private ExprNode y;
        private final int xSlot;
        private final int ySlot;
        private final long xConst;
        private final long yConst;

        public Longs(ExprNode x, ExprNode y) {
            this.xSlot = where(x);
            this.ySlot = where(y);
            this.xConst = x instanceof Lit.LongLit c ? c.v : 0;
            this.yConst = y instanceof Lit.LongLit c ? c.v : 0;
            this.x = xSlot == CHILD ? x : null;
            this.y = ySlot == CHILD ? y : null;
        }

        private static int where(ExprNode e) {
            if (e instanceof Locals.ReadLong r) return r.slot;
            return e instanceof Lit.LongLit ? CONST : CHILD;
        }

        public long x(VirtualFrame f) {
            if (xSlot >= 0) return f.getLongStatic(xSlot);
            return xSlot == CONST ? xConst : x.executeLong(f);
        }

        public long y(VirtualFrame f) {
            if (ySlot >= 0) return f.getLongStatic(ySlot);
            return ySlot == CONST ? yConst : y.executeLong(f);
        }
    }

    /** Float operands (float64 and float32, held as double). */
    public static final class Doubles extends Node {
        @Child private ExprNode x;
        @Child private ExprNode y;
        private final int xSlot;
        private final int ySlot;
        private final double xConst;
        private final double yConst;

        public Doubles(ExprNode x, ExprNode y) {
            this.xSlot = where(x);
            this.ySlot = where(y);
            this.xConst = x instanceof Lit.DoubleLit c ? c.v : 0;
            this.yConst = y instanceof Lit.DoubleLit c ? c.v : 0;
            this.x = xSlot == CHILD ? x : null;
            this.y = ySlot == CHILD ? y : null;
        }

        private static int where(ExprNode e) {
            if (e instanceof Locals.ReadDouble r) return r.slot;
            return e instanceof Lit.DoubleLit ? CONST : CHILD;
        }

        public double x(VirtualFrame f) {
            if (xSlot >= 0) return f.getDoubleStatic(xSlot);
            return xSlot == CONST ? xConst : x.executeDouble(f);
        }

        public double y(VirtualFrame f) {
            if (ySlot >= 0) return f.getDoubleStatic(ySlot);
            return ySlot == CONST ? yConst : y.executeDouble(f);
        }
    }
}
