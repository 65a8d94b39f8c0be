package minigo.interp.translate;

import com.oracle.truffle.api.frame.VirtualFrame;
import minigo.interp.RuntimeErrors;
import minigo.interp.nodes.ExprNode;
import minigo.interp.nodes.StmtNode;
import minigo.interp.values.BoundsError;
import minigo.interp.values.ElemPointer;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoPanic;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.GoStruct;
import minigo.types.Type;

/** Indexing and slicing of arrays, slices and strings, with Go's bounds checks and messages. */
final class Indexing {

    /** The bounds errors of an index of a 64-bit unsigned type, and of no such operand. */
    static final java.util.Set<BoundsError.Code> INDEX = java.util.EnumSet.of(BoundsError.Code.INDEX);
    static final java.util.Set<BoundsError.Code> NONE = java.util.EnumSet.noneOf(BoundsError.Code.class);

    /**
     * An index or slice expression whose failing operand may be of a 64-bit unsigned type (uint,
     * uint64, uintptr): Go prints such an out-of-range value unsigned ({@code [18446744073709551615]
     * with length 3}), where the bounds checks, which see a long, report it signed. The codes are
     * those whose x is such an operand; only these expressions pay for the handler.
     */
    static ExprNode unsignedBounds(ExprNode n, java.util.Set<BoundsError.Code> codes) {
        if (codes.isEmpty()) return n;
        return new ExprNode() {
            @Child ExprNode x = n;

            @Override
            public Object execute(VirtualFrame f) {
                try {
                    return x.execute(f);
                } catch (GoPanic p) {
                    throw unsigned(p, codes);
                }
            }
        };
    }

    /** The same for a store to an element ({@code s[i] = v}). */
    static StmtNode unsignedBounds(StmtNode n, java.util.Set<BoundsError.Code> codes) {
        if (codes.isEmpty()) return n;
        return new StmtNode() {
            @Child StmtNode x = n;

            @Override
            public void exec(VirtualFrame f) {
                try {
                    x.exec(f);
                } catch (GoPanic p) {
                    throw unsigned(p, codes);
                }
            }
        };
    }

    private static GoPanic unsigned(GoPanic p, java.util.Set<BoundsError.Code> codes) {
        return p.value instanceof BoundsError be && be.signed && codes.contains(be.code) ? GoPanic.of(be.asUnsigned()) : p;
    }

    private Indexing() {}

    static ExprNode nilCheck(ExprNode p) {
        return new ExprNode() {
            @Child ExprNode x = p;

            @Override
            public Object execute(VirtualFrame f) {
                Object o = x.execute(f);
                if (o == null) throw RuntimeErrors.nilDeref();
                return o;
            }
        };
    }

    static int checkArray(GoArray a, long i) {
        if (i < 0 || i >= a.length) throw GoPanic.of(BoundsError.index(i, a.length));
        return (int) i;
    }

    static int checkSlice(GoSlice s, long i) {
        if (s == null) throw GoPanic.of(BoundsError.index(i, 0));
        return s.at(i);
    }

    static ExprNode stringIndex(ExprNode s, ExprNode i) {
        return new ExprNode.LongExpr() {
            @Child ExprNode x = s;
            @Child ExprNode y = i;

            @Override
            public long executeLong(VirtualFrame f) {
                GoString str = (GoString) x.execute(f);
                return str.index(y.executeLong(f));
            }
        };
    }

    static ExprNode arrayGet(ExprNode arr, ExprNode i, Type t) {
        return switch (TypeUtil.slotKind(t)) {
            case LONG -> new ExprNode.LongExpr() {
                @Child ExprNode a = arr;
                @Child ExprNode y = i;

                @Override
                public long executeLong(VirtualFrame f) {
                    GoArray g = (GoArray) a.execute(f);
                    return g.getLong(checkArray(g, y.executeLong(f)));
                }
            };
            case DOUBLE -> new ExprNode.DoubleExpr() {
                @Child ExprNode a = arr;
                @Child ExprNode y = i;

                @Override
                public double executeDouble(VirtualFrame f) {
                    GoArray g = (GoArray) a.execute(f);
                    return g.getDouble(checkArray(g, y.executeLong(f)));
                }
            };
            case BOOL -> new ExprNode.BoolExpr() {
                @Child ExprNode a = arr;
                @Child ExprNode y = i;

                @Override
                public boolean executeBool(VirtualFrame f) {
                    GoArray g = (GoArray) a.execute(f);
                    return g.getBool(checkArray(g, y.executeLong(f)));
                }
            };
            default -> new ExprNode() {
                @Child ExprNode a = arr;
                @Child ExprNode y = i;

                @Override
                public Object execute(VirtualFrame f) {
                    GoArray g = (GoArray) a.execute(f);
                    return g.getObject(checkArray(g, y.executeLong(f)));
                }
            };
        };
    }

    static ExprNode sliceGet(ExprNode sl, ExprNode i, Type t) {
        return switch (TypeUtil.slotKind(t)) {
            case LONG -> new ExprNode.LongExpr() {
                @Child ExprNode a = sl;
                @Child ExprNode y = i;

                @Override
                public long executeLong(VirtualFrame f) {
                    GoSlice s = (GoSlice) a.execute(f);
                    return s == null ? (long) checkSlice(null, y.executeLong(f)) : s.getLong(y.executeLong(f));
                }
            };
            case DOUBLE -> new ExprNode.DoubleExpr() {
                @Child ExprNode a = sl;
                @Child ExprNode y = i;

                @Override
                public double executeDouble(VirtualFrame f) {
                    GoSlice s = (GoSlice) a.execute(f);
                    return s == null ? checkSlice(null, y.executeLong(f)) : s.getDouble(y.executeLong(f));
                }
            };
            case BOOL -> new ExprNode.BoolExpr() {
                @Child ExprNode a = sl;
                @Child ExprNode y = i;

                @Override
                public boolean executeBool(VirtualFrame f) {
                    GoSlice s = (GoSlice) a.execute(f);
                    if (s == null) checkSlice(null, y.executeLong(f));
                    return s.getBool(y.executeLong(f));
                }
            };
            default -> new ExprNode() {
                @Child ExprNode a = sl;
                @Child ExprNode y = i;

                @Override
                public Object execute(VirtualFrame f) {
                    GoSlice s = (GoSlice) a.execute(f);
                    if (s == null) checkSlice(null, y.executeLong(f));
                    return s.getObject(y.executeLong(f));
                }
            };
        };
    }

    // Element stores evaluate the value first, then the element's operands, then check the index:
    // Go's compiler makes a statement's calls before it reads the left side's operands, so in
    // s[i] = f() the call runs even when i is out of range, and the store goes to the s and i
    // that f left (operands the statement computed are in temporaries by then; variables and
    // constants are read here: see FuncTranslator.lvalueDirect).

    static StmtNode arraySet(ExprNode arr, ExprNode i, Type t, ExprNode v) {
        boolean composite = TypeUtil.isComposite(t);
        return switch (TypeUtil.slotKind(t)) {
            case LONG -> new StmtNode() {
                @Child ExprNode a = arr;
                @Child ExprNode y = i;
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    long val = x.executeLong(f);
                    GoArray g = (GoArray) a.execute(f);
                    g.setLong(checkArray(g, y.executeLong(f)), val);
                }
            };
            case DOUBLE -> new StmtNode() {
                @Child ExprNode a = arr;
                @Child ExprNode y = i;
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    double val = x.executeDouble(f);
                    GoArray g = (GoArray) a.execute(f);
                    g.setDouble(checkArray(g, y.executeLong(f)), val);
                }
            };
            case BOOL -> new StmtNode() {
                @Child ExprNode a = arr;
                @Child ExprNode y = i;
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    boolean val = x.executeBool(f);
                    GoArray g = (GoArray) a.execute(f);
                    g.setBool(checkArray(g, y.executeLong(f)), val);
                }
            };
            default -> new StmtNode() {
                @Child ExprNode a = arr;
                @Child ExprNode y = i;
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    Object val = x.execute(f);
                    GoArray g = (GoArray) a.execute(f);
                    int k = checkArray(g, y.executeLong(f));
                    if (composite) Boxes.copyInto(g.getObject(k), val);
                    else g.setObject(k, val);
                }
            };
        };
    }

    static StmtNode sliceSet(ExprNode sl, ExprNode i, Type t, ExprNode v) {
        boolean composite = TypeUtil.isComposite(t);
        var kind = TypeUtil.slotKind(t);
        return new StmtNode() {
            @Child ExprNode a = sl;
            @Child ExprNode y = i;
            @Child ExprNode x = v;

            @Override
            public void exec(VirtualFrame f) {
                switch (kind) {
                    case LONG -> {
                        long val = x.executeLong(f);
                        GoSlice s = (GoSlice) a.execute(f);
                        int k = checkSlice(s, y.executeLong(f)); // a nil slice fails here, not at s.array
                        s.array.setLong(k, val);
                    }
                    case DOUBLE -> {
                        double val = x.executeDouble(f);
                        GoSlice s = (GoSlice) a.execute(f);
                        int k = checkSlice(s, y.executeLong(f)); // a nil slice fails here, not at s.array
                        s.array.setDouble(k, val);
                    }
                    case BOOL -> {
                        boolean val = x.executeBool(f);
                        GoSlice s = (GoSlice) a.execute(f);
                        int k = checkSlice(s, y.executeLong(f)); // a nil slice fails here, not at s.array
                        s.array.setBool(k, val);
                    }
                    default -> {
                        Object val = x.execute(f);
                        GoSlice s = (GoSlice) a.execute(f);
                        int k = checkSlice(s, y.executeLong(f));
                        if (composite) Boxes.copyInto(s.array.getObject(k), val);
                        else s.array.setObject(k, val);
                    }
                }
            }
        };
    }

    static ExprNode sliceElemAddr(ExprNode sl, ExprNode i) {
        return new ExprNode() {
            @Child ExprNode a = sl;
            @Child ExprNode y = i;

            @Override
            public Object execute(VirtualFrame f) {
                GoSlice s = (GoSlice) a.execute(f);
                int k = checkSlice(s, y.executeLong(f));
                Object e = s.array.refs != null ? s.array.getObject(k) : null;
                if (e instanceof GoStruct || e instanceof GoArray) return e;
                return new ElemPointer(s.array, k);
            }
        };
    }

    static ExprNode arrayElemAddr(ExprNode arr, ExprNode i) {
        return new ExprNode() {
            @Child ExprNode a = arr;
            @Child ExprNode y = i;

            @Override
            public Object execute(VirtualFrame f) {
                GoArray g = (GoArray) a.execute(f);
                int k = checkArray(g, y.executeLong(f));
                Object e = g.refs != null ? g.getObject(k) : null;
                if (e instanceof GoStruct || e instanceof GoArray) return e;
                return new ElemPointer(g, k);
            }
        };
    }

    /** x[lo:hi(:max)]: kind 0 string, 1 slice, 2 array object; hi = Long.MIN_VALUE means "to the end". */
    static ExprNode slice(int kind, ExprNode x, ExprNode lo, ExprNode hi, ExprNode max) {
        return new ExprNode() {
            @Child ExprNode a = x;
            @Child ExprNode l = lo;
            @Child ExprNode h = hi;
            @Child ExprNode m = max;

            @Override
            public Object execute(VirtualFrame f) {
                Object base = a.execute(f);
                long lv = l.executeLong(f);
                long hv = h.executeLong(f);
                switch (kind) {
                    case 0: {
                        GoString s = (GoString) base;
                        return hv == Long.MIN_VALUE ? s.slice(lv) : s.slice(lv, hv);
                    }
                    case 1: {
                        GoSlice s = (GoSlice) base;
                        if (hv == Long.MIN_VALUE) hv = GoSlice.len(s);
                        if (m != null) return GoSlice.slice3(s, lv, hv, m.executeLong(f));
                        return GoSlice.slice(s, lv, hv);
                    }
                    default: {
                        GoArray arr = (GoArray) base;
                        if (hv == Long.MIN_VALUE) hv = arr.length;
                        if (m != null) return GoSlice.sliceArray3(arr, lv, hv, m.executeLong(f));
                        return GoSlice.sliceArray(arr, lv, hv);
                    }
                }
            }
        };
    }
}
