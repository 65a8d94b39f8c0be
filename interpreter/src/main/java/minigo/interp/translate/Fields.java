package minigo.interp.translate;

import com.oracle.truffle.api.frame.VirtualFrame;
import minigo.interp.RuntimeErrors;
import minigo.interp.nodes.ExprNode;
import minigo.interp.nodes.StmtNode;
import minigo.interp.values.FieldPointer;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoStruct;
import minigo.types.Type;

/** Struct field access by index, typed by the field's static type; a nil struct pointer panics as Go does. */
final class Fields {
    private Fields() {}

    static GoStruct struct(Object o) {
        if (o == null) throw RuntimeErrors.nilDeref();
        return (GoStruct) o;
    }

    static ExprNode structOfNode(ExprNode n) {
        return n;
    }

    static ExprNode read(ExprNode base, int field, Type t) {
        return switch (TypeUtil.slotKind(t)) {
            case LONG -> new ExprNode.LongExpr() {
                @Child ExprNode b = base;

                @Override
                public long executeLong(VirtualFrame f) {
                    return struct(b.execute(f)).getLong(field);
                }
            };
            case DOUBLE -> new ExprNode.DoubleExpr() {
                @Child ExprNode b = base;

                @Override
                public double executeDouble(VirtualFrame f) {
                    return struct(b.execute(f)).getDouble(field);
                }
            };
            case BOOL -> new ExprNode.BoolExpr() {
                @Child ExprNode b = base;

                @Override
                public boolean executeBool(VirtualFrame f) {
                    return struct(b.execute(f)).getBool(field);
                }
            };
            default -> new ExprNode() {
                @Child ExprNode b = base;

                @Override
                public Object execute(VirtualFrame f) {
                    return struct(b.execute(f)).getObject(field);
                }
            };
        };
    }

    static StmtNode write(ExprNode base, int field, Type t, ExprNode v) {
        boolean composite = TypeUtil.isComposite(t);
        return switch (TypeUtil.slotKind(t)) {
            case LONG -> new StmtNode() {
                @Child ExprNode b = base;
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    GoStruct s = struct(b.execute(f));
                    s.setLong(field, x.executeLong(f));
                }
            };
            case DOUBLE -> new StmtNode() {
                @Child ExprNode b = base;
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    GoStruct s = struct(b.execute(f));
                    s.setDouble(field, x.executeDouble(f));
                }
            };
            case BOOL -> new StmtNode() {
                @Child ExprNode b = base;
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    GoStruct s = struct(b.execute(f));
                    s.setBool(field, x.executeBool(f));
                }
            };
            default -> new StmtNode() {
                @Child ExprNode b = base;
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    GoStruct s = struct(b.execute(f));
                    Object val = x.execute(f);
                    if (composite) {
                        Object dst = s.getObject(field);
                        if (dst instanceof GoStruct ds) ds.copyFrom((GoStruct) val);
                        else ((GoArray) dst).copyFrom((GoArray) val);
                    } else {
                        s.setObject(field, val);
                    }
                }
            };
        };
    }

    /** &s.f for a non-composite field. */
    static ExprNode address(ExprNode base, int field) {
        return new ExprNode() {
            @Child ExprNode b = base;

            @Override
            public Object execute(VirtualFrame f) {
                return new FieldPointer(struct(b.execute(f)), field);
            }
        };
    }
}
