package minigo.interp.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import minigo.interp.RuntimeErrors;

/**
 * Arithmetic and comparison on integers, floats and booleans. The operator and the integer kind are
 * final fields fixed at translation time, so the switch folds away when Truffle compiles the node:
 * there is no dynamic type test on these paths.
 */
public final class Arith {
    private Arith() {}

    public enum Op { ADD, SUB, MUL, QUO, REM, AND, OR, XOR, ANDNOT, SHL, SHR, EQL, NEQ, LSS, LEQ, GTR, GEQ }

    public static Op op(String s) {
        return switch (s) {
            case "+", "+=", "++" -> Op.ADD;
            case "-", "-=", "--" -> Op.SUB;
            case "*", "*=" -> Op.MUL;
            case "/", "/=" -> Op.QUO;
            case "%", "%=" -> Op.REM;
            case "&", "&=" -> Op.AND;
            case "|", "|=" -> Op.OR;
            case "^", "^=" -> Op.XOR;
            case "&^", "&^=" -> Op.ANDNOT;
            case "<<", "<<=" -> Op.SHL;
            case ">>", ">>=" -> Op.SHR;
            case "==" -> Op.EQL;
            case "!=" -> Op.NEQ;
            case "<" -> Op.LSS;
            case "<=" -> Op.LEQ;
            case ">" -> Op.GTR;
            case ">=" -> Op.GEQ;
            default -> throw new IllegalArgumentException("operator " + s);
        };
    }

    public static long intOp(Op op, IntKind k, long x, long y) {
        switch (op) {
            case ADD: return k.normalize(x + y);
            case SUB: return k.normalize(x - y);
            case MUL: return k.normalize(x * y);
            case QUO:
                if (y == 0) throw RuntimeErrors.divideByZero();
                if (k == IntKind.U64) return Long.divideUnsigned(x, y);
                return k.normalize(x / y);
            case REM:
                if (y == 0) throw RuntimeErrors.divideByZero();
                if (k == IntKind.U64) return Long.remainderUnsigned(x, y);
                return k.normalize(x % y);
            case AND: return x & y;
            case OR: return x | y;
            case XOR: return k.normalize(x ^ y);
            case ANDNOT: return x & ~y;
            default: throw new IllegalStateException(op.name());
        }
    }

    /** x << y or x >> y; y is already known non-negative and unsigned-compared here. */
    public static long shift(Op op, IntKind k, long x, long y, boolean countUnsigned) {
        if (y < 0 && !countUnsigned) throw RuntimeErrors.negativeShift();
        boolean big = y < 0 || y >= 64; // unsigned count with top bit set is huge too
        if (op == Op.SHL) {
            return big ? 0 : k.normalize(x << y);
        }
        if (k.unsigned) {
            return big ? 0 : x >>> y;
        }
        return big ? (x < 0 ? -1 : 0) : x >> y;
    }

    public static boolean intCmp(Op op, IntKind k, long x, long y) {
        switch (op) {
            case EQL: return x == y;
            case NEQ: return x != y;
            default:
        }
        int c = k == IntKind.U64 ? Long.compareUnsigned(x, y) : Long.compare(x, y);
        switch (op) {
            case LSS: return c < 0;
            case LEQ: return c <= 0;
            case GTR: return c > 0;
            case GEQ: return c >= 0;
            default: throw new IllegalStateException(op.name());
        }
    }

    public static double floatOp(Op op, boolean f32, double x, double y) {
        double r;
        switch (op) {
            case ADD: r = x + y; break;
            case SUB: r = x - y; break;
            case MUL: r = x * y; break;
            case QUO: r = x / y; break;
            default: throw new IllegalStateException(op.name());
        }
        return f32 ? (double) (float) r : r;
    }

    public static boolean floatCmp(Op op, double x, double y) {
        switch (op) {
            case EQL: return x == y;
            case NEQ: return x != y;
            case LSS: return x < y;
            case LEQ: return x <= y;
            case GTR: return x > y;
            case GEQ: return x >= y;
            default: throw new IllegalStateException(op.name());
        }
    }

    public static final class IntBinary extends ExprNode.LongExpr {
        @Child Operands.Longs xy;
        final Op op;
        final IntKind k;

        public IntBinary(Op op, IntKind k, ExprNode x, ExprNode y) {
            this.op = op;
            this.k = k;
            this.xy = new Operands.Longs(x, y);
        }

        @Override
        public long executeLong(VirtualFrame f) {
            return intOp(op, k, xy.x(f), xy.y(f));
        }
    }

    public static final class Shift extends ExprNode.LongExpr {
        @Child Operands.Longs xy;
        final Op op;
        final IntKind k;
        final boolean countUnsigned;

        public Shift(Op op, IntKind k, ExprNode x, ExprNode y, boolean countUnsigned) {
            this.op = op;
            this.k = k;
            this.xy = new Operands.Longs(x, y);
            this.countUnsigned = countUnsigned;
        }

        @Override
        public long executeLong(VirtualFrame f) {
            return shift(op, k, xy.x(f), xy.y(f), countUnsigned);
        }
    }

    public static final class IntCompare extends ExprNode.BoolExpr {
        @Child Operands.Longs xy;
        final Op op;
        final IntKind k;

        public IntCompare(Op op, IntKind k, ExprNode x, ExprNode y) {
            this.op = op;
            this.k = k;
            this.xy = new Operands.Longs(x, y);
        }

        @Override
        public boolean executeBool(VirtualFrame f) {
            return intCmp(op, k, xy.x(f), xy.y(f));
        }
    }

    public static final class FloatBinary extends ExprNode.DoubleExpr {
        @Child Operands.Doubles xy;
        final Op op;
        final boolean f32;

        public FloatBinary(Op op, boolean f32, ExprNode x, ExprNode y) {
            this.op = op;
            this.f32 = f32;
            this.xy = new Operands.Doubles(x, y);
        }

        @Override
        public double executeDouble(VirtualFrame f) {
            return floatOp(op, f32, xy.x(f), xy.y(f));
        }
    }

    public static final class FloatCompare extends ExprNode.BoolExpr {
        @Child Operands.Doubles xy;
        final Op op;

        public FloatCompare(Op op, ExprNode x, ExprNode y) {
            this.op = op;
            this.xy = new Operands.Doubles(x, y);
        }

        @Override
        public boolean executeBool(VirtualFrame f) {
            return floatCmp(op, xy.x(f), xy.y(f));
        }
    }

    public static final class BoolCompare extends ExprNode.BoolExpr {
        @Child ExprNode x;
        @Child ExprNode y;
        final boolean eq;

        public BoolCompare(boolean eq, ExprNode x, ExprNode y) {
            this.eq = eq;
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean executeBool(VirtualFrame f) {
            return (x.executeBool(f) == y.executeBool(f)) == eq;
        }
    }

    public static final class AndAnd extends ExprNode.BoolExpr {
        @Child ExprNode x;
        @Child ExprNode y;

        public AndAnd(ExprNode x, ExprNode y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean executeBool(VirtualFrame f) {
            return x.executeBool(f) && y.executeBool(f);
        }
    }

    public static final class OrOr extends ExprNode.BoolExpr {
        @Child ExprNode x;
        @Child ExprNode y;

        public OrOr(ExprNode x, ExprNode y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean executeBool(VirtualFrame f) {
            return x.executeBool(f) || y.executeBool(f);
        }
    }

    public static final class Not extends ExprNode.BoolExpr {
        @Child ExprNode x;

        public Not(ExprNode x) {
            this.x = x;
        }

        @Override
        public boolean executeBool(VirtualFrame f) {
            return !x.executeBool(f);
        }
    }

    public static final class IntNeg extends ExprNode.LongExpr {
        @Child ExprNode x;
        final IntKind k;
        final boolean complement;

        public IntNeg(IntKind k, ExprNode x, boolean complement) {
            this.k = k;
            this.x = x;
            this.complement = complement;
        }

        @Override
        public long executeLong(VirtualFrame f) {
            long v = x.executeLong(f);
            return k.normalize(complement ? ~v : -v);
        }
    }

    public static final class FloatNeg extends ExprNode.DoubleExpr {
        @Child ExprNode x;

        public FloatNeg(ExprNode x) {
            this.x = x;
        }

        @Override
        public double executeDouble(VirtualFrame f) {
            return -x.executeDouble(f);
        }
    }

    // ---- Specialised nodes for the commonest operations ----
    //
    // The generic nodes above switch on the operator and the integer kind. Compiled, the switch folds
    // away; interpreted (before and between compilations, and in code that never gets hot), it is paid
    // on every evaluation. Go's int and float64 arithmetic and comparisons get a class per operator
    // instead: the interpreter runs one virtual call and the operation itself.

    /** x op y for integers of kind k, specialised where possible. */
    public static ExprNode intBinary(Op op, IntKind k, ExprNode x, ExprNode y) {
        if (k == IntKind.I64 || k == IntKind.U64) {
            switch (op) {
                case ADD: return new AddI64(x, y);
                case SUB: return new SubI64(x, y);
                case MUL: return new MulI64(x, y);
                case AND: return new AndI64(x, y);
                case OR: return new OrI64(x, y);
                default:
            }
        }
        return new IntBinary(op, k, x, y);
    }

    /** x op y comparing integers of kind k. */
    public static ExprNode intCompare(Op op, IntKind k, ExprNode x, ExprNode y) {
        switch (op) {
            case EQL: return new EqI(x, y);
            case NEQ: return new NeI(x, y);
            default:
        }
        if (k != IntKind.U64) {
            switch (op) {
                case LSS: return new LtI(x, y);
                case LEQ: return new LeI(x, y);
                case GTR: return new GtI(x, y);
                case GEQ: return new GeI(x, y);
                default:
            }
        }
        return new IntCompare(op, k, x, y);
    }

    /** x op y for floats (float32 results are rounded by the generic node). */
    public static ExprNode floatBinary(Op op, boolean f32, ExprNode x, ExprNode y) {
        if (!f32) {
            switch (op) {
                case ADD: return new AddF64(x, y);
                case SUB: return new SubF64(x, y);
                case MUL: return new MulF64(x, y);
                case QUO: return new DivF64(x, y);
                default:
            }
        }
        return new FloatBinary(op, f32, x, y);
    }

    /** x op y comparing floats. */
    public static ExprNode floatCompare(Op op, ExprNode x, ExprNode y) {
        switch (op) {
            case LSS: return new LtF(x, y);
            case LEQ: return new LeF(x, y);
            case GTR: return new GtF(x, y);
            case GEQ: return new GeF(x, y);
            default: return new FloatCompare(op, x, y);
        }
    }

    abstract static class LongOp extends ExprNode.LongExpr {
        @Child Operands.Longs xy;

        LongOp(ExprNode x, ExprNode y) {
            this.xy = new Operands.Longs(x, y);
        }
    }

    static final class AddI64 extends LongOp {
        AddI64(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public long executeLong(VirtualFrame f) { return xy.x(f) + xy.y(f); }
    }

    static final class SubI64 extends LongOp {
        SubI64(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public long executeLong(VirtualFrame f) { return xy.x(f) - xy.y(f); }
    }

    static final class MulI64 extends LongOp {
        MulI64(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public long executeLong(VirtualFrame f) { return xy.x(f) * xy.y(f); }
    }

    static final class AndI64 extends LongOp {
        AndI64(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public long executeLong(VirtualFrame f) { return xy.x(f) & xy.y(f); }
    }

    static final class OrI64 extends LongOp {
        OrI64(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public long executeLong(VirtualFrame f) { return xy.x(f) | xy.y(f); }
    }

    abstract static class DoubleOp extends ExprNode.DoubleExpr {
        @Child Operands.Doubles xy;

        DoubleOp(ExprNode x, ExprNode y) {
            this.xy = new Operands.Doubles(x, y);
        }
    }

    static final class AddF64 extends DoubleOp {
        AddF64(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public double executeDouble(VirtualFrame f) { return xy.x(f) + xy.y(f); }
    }

    static final class SubF64 extends DoubleOp {
        SubF64(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public double executeDouble(VirtualFrame f) { return xy.x(f) - xy.y(f); }
    }

    static final class MulF64 extends DoubleOp {
        MulF64(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public double executeDouble(VirtualFrame f) { return xy.x(f) * xy.y(f); }
    }

    static final class DivF64 extends DoubleOp {
        DivF64(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public double executeDouble(VirtualFrame f) { return xy.x(f) / xy.y(f); }
    }

    /** A comparison of two integers, evaluated left to right. */
    abstract static class Compare extends ExprNode.BoolExpr {
        @Child Operands.Longs xy;

        Compare(ExprNode x, ExprNode y) {
            this.xy = new Operands.Longs(x, y);
        }
    }

    /** A comparison of two floats, evaluated left to right. */
    abstract static class CompareF extends ExprNode.BoolExpr {
        @Child Operands.Doubles xy;

        CompareF(ExprNode x, ExprNode y) {
            this.xy = new Operands.Doubles(x, y);
        }
    }

    static final class EqI extends Compare {
        EqI(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public boolean executeBool(VirtualFrame f) { return xy.x(f) == xy.y(f); }
    }

    static final class NeI extends Compare {
        NeI(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public boolean executeBool(VirtualFrame f) { return xy.x(f) != xy.y(f); }
    }

    static final class LtI extends Compare {
        LtI(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public boolean executeBool(VirtualFrame f) { return xy.x(f) < xy.y(f); }
    }

    static final class LeI extends Compare {
        LeI(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public boolean executeBool(VirtualFrame f) { return xy.x(f) <= xy.y(f); }
    }

    static final class GtI extends Compare {
        GtI(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public boolean executeBool(VirtualFrame f) { return xy.x(f) > xy.y(f); }
    }

    static final class GeI extends Compare {
        GeI(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public boolean executeBool(VirtualFrame f) { return xy.x(f) >= xy.y(f); }
    }

    static final class LtF extends CompareF {
        LtF(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public boolean executeBool(VirtualFrame f) { return xy.x(f) < xy.y(f); }
    }

    static final class LeF extends CompareF {
        LeF(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public boolean executeBool(VirtualFrame f) { return xy.x(f) <= xy.y(f); }
    }

    static final class GtF extends CompareF {
        GtF(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public boolean executeBool(VirtualFrame f) { return xy.x(f) > xy.y(f); }
    }

    static final class GeF extends CompareF {
        GeF(ExprNode x, ExprNode y) { super(x, y); }
        @Override
        public boolean executeBool(VirtualFrame f) { return xy.x(f) >= xy.y(f); }
    }
}
