package minigo.interp.translate;

import com.oracle.truffle.api.frame.VirtualFrame;
import minigo.interp.Heap;
import minigo.interp.RuntimeErrors;
import minigo.interp.nodes.ExprNode;
import minigo.interp.nodes.Locals.SlotKind;
import minigo.interp.nodes.StmtNode;
import minigo.interp.values.Box;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Pointer;
import minigo.types.Type;

/** Nodes for variables that live in Boxes (globals, captured or address-taken locals) and for *p. */
final class Boxes {
    private Boxes() {}

    /** A Box holding t's zero value (typed box for primitives). */
    static Box make(Type t) {
        return switch (TypeUtil.slotKind(t)) {
            case LONG -> new Box.LongBox(0);
            case DOUBLE -> new Box.DoubleBox(0);
            case BOOL -> new Box.BoolBox(false);
            default -> new Box.RefBox(TypeUtil.zero(t));
        };
    }

    static ExprNode read(Box b, Type t) {
        return switch (TypeUtil.slotKind(t)) {
            case LONG -> new ExprNode.LongExpr() {
                @Override
                public long executeLong(VirtualFrame f) {
                    return ((Box.LongBox) b).value;
                }
            };
            case DOUBLE -> new ExprNode.DoubleExpr() {
                @Override
                public double executeDouble(VirtualFrame f) {
                    return ((Box.DoubleBox) b).value;
                }
            };
            case BOOL -> new ExprNode.BoolExpr() {
                @Override
                public boolean executeBool(VirtualFrame f) {
                    return ((Box.BoolBox) b).value;
                }
            };
            default -> new ExprNode() {
                @Override
                public Object execute(VirtualFrame f) {
                    return ((Box.RefBox) b).value;
                }
            };
        };
    }

    static StmtNode write(Box b, Type t, ExprNode v) {
        boolean composite = TypeUtil.isComposite(t);
        return switch (TypeUtil.slotKind(t)) {
            case LONG -> new StmtNode() {
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    ((Box.LongBox) b).value = x.executeLong(f);
                }
            };
            case DOUBLE -> new StmtNode() {
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    ((Box.DoubleBox) b).value = x.executeDouble(f);
                }
            };
            case BOOL -> new StmtNode() {
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    ((Box.BoolBox) b).value = x.executeBool(f);
                }
            };
            default -> new StmtNode() {
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    Object val = x.execute(f);
                    Box.RefBox rb = (Box.RefBox) b;
                    if (composite && rb.value != null) {
                        copyInto(rb.value, val);
                    } else {
                        minigo.interp.gc.WriteBarrier.write(rb.value, val);
                        rb.value = val;
                    }
                }
            };
        };
    }

    static void copyInto(Object dst, Object src) {
        if (dst instanceof GoStruct s) s.copyFrom((GoStruct) src);
        else ((GoArray) dst).copyFrom((GoArray) src);
    }

    static ExprNode readSlotBox(int slot, Type t) {
        return switch (TypeUtil.slotKind(t)) {
            case LONG -> new ExprNode.LongExpr() {
                @Override
                public long executeLong(VirtualFrame f) {
                    return ((Box.LongBox) f.getObjectStatic(slot)).value;
                }
            };
            case DOUBLE -> new ExprNode.DoubleExpr() {
                @Override
                public double executeDouble(VirtualFrame f) {
                    return ((Box.DoubleBox) f.getObjectStatic(slot)).value;
                }
            };
            case BOOL -> new ExprNode.BoolExpr() {
                @Override
                public boolean executeBool(VirtualFrame f) {
                    return ((Box.BoolBox) f.getObjectStatic(slot)).value;
                }
            };
            default -> new ExprNode() {
                @Override
                public Object execute(VirtualFrame f) {
                    return ((Box) f.getObjectStatic(slot)).load();
                }
            };
        };
    }

    static StmtNode writeSlotBox(int slot, Type t, ExprNode v) {
        boolean composite = TypeUtil.isComposite(t);
        return switch (TypeUtil.slotKind(t)) {
            case LONG -> new StmtNode() {
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    long val = x.executeLong(f);
                    ((Box.LongBox) f.getObjectStatic(slot)).value = val;
                }
            };
            case DOUBLE -> new StmtNode() {
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    double val = x.executeDouble(f);
                    ((Box.DoubleBox) f.getObjectStatic(slot)).value = val;
                }
            };
            case BOOL -> new StmtNode() {
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    boolean val = x.executeBool(f);
                    ((Box.BoolBox) f.getObjectStatic(slot)).value = val;
                }
            };
            default -> new StmtNode() {
                @Child ExprNode x = v;

                @Override
                public void exec(VirtualFrame f) {
                    Object val = x.execute(f);
                    Box b = (Box) f.getObjectStatic(slot);
                    if (composite) copyInto(b.load(), val);
                    else b.store(val);
                }
            };
        };
    }

    /** new(T) / &T{...} for a non-composite T: a fresh heap Box holding the value. */
    static ExprNode newBox(ExprNode init, Type t) {
        return newBox(init, t, true);
    }

    /** heap false: escape analysis keeps the cell on the stack (the allocator never sees it). */
    static ExprNode newBox(ExprNode init, Type t, boolean heap) {
        SlotKind k = TypeUtil.slotKind(t);
        long size = Heap.sizeOf(t);
        boolean noscan = !Heap.hasPointers(t);
        return new ExprNode() {
            @Child ExprNode x = init;

            @Override
            public Object execute(VirtualFrame f) {
                Box b = switch (k) {
                    case LONG -> new Box.LongBox(x.executeLong(f));
                    case DOUBLE -> new Box.DoubleBox(x.executeDouble(f));
                    case BOOL -> new Box.BoolBox(x.executeBool(f));
                    default -> new Box.RefBox(x.execute(f));
                };
                return heap ? Heap.alloc(b, size, noscan) : b;
            }
        };
    }

    /** *p for a non-composite element type. */
    static ExprNode readPointer(ExprNode p, Type t) {
        return switch (TypeUtil.slotKind(t)) {
            case LONG -> new ExprNode.LongExpr() {
                @Child ExprNode x = p;

                @Override
                public long executeLong(VirtualFrame f) {
                    Pointer ptr = (Pointer) x.execute(f);
                    if (ptr == null) throw RuntimeErrors.nilDeref();
                    return ptr.loadLong();
                }
            };
            case DOUBLE -> new ExprNode.DoubleExpr() {
                @Child ExprNode x = p;

                @Override
                public double executeDouble(VirtualFrame f) {
                    Pointer ptr = (Pointer) x.execute(f);
                    if (ptr == null) throw RuntimeErrors.nilDeref();
                    return ptr.loadDouble();
                }
            };
            case BOOL -> new ExprNode.BoolExpr() {
                @Child ExprNode x = p;

                @Override
                public boolean executeBool(VirtualFrame f) {
                    Pointer ptr = (Pointer) x.execute(f);
                    if (ptr == null) throw RuntimeErrors.nilDeref();
                    return ptr.loadBool();
                }
            };
            default -> new ExprNode() {
                @Child ExprNode x = p;

                @Override
                public Object execute(VirtualFrame f) {
                    Pointer ptr = (Pointer) x.execute(f);
                    if (ptr == null) throw RuntimeErrors.nilDeref();
                    return ptr.load();
                }
            };
        };
    }

    /** *p = v for a non-composite element type. */
    static StmtNode writePointer(ExprNode p, Type t, ExprNode v) {
        SlotKind k = TypeUtil.slotKind(t);
        return new StmtNode() {
            @Child ExprNode x = p;
            @Child ExprNode val = v;

            @Override
            public void exec(VirtualFrame f) {
                Pointer ptr = (Pointer) x.execute(f);
                switch (k) {
                    case LONG -> {
                        long l = val.executeLong(f);
                        if (ptr == null) throw RuntimeErrors.nilDeref();
                        ptr.storeLong(l);
                    }
                    case DOUBLE -> {
                        double d = val.executeDouble(f);
                        if (ptr == null) throw RuntimeErrors.nilDeref();
                        ptr.storeDouble(d);
                    }
                    case BOOL -> {
                        boolean b = val.executeBool(f);
                        if (ptr == null) throw RuntimeErrors.nilDeref();
                        ptr.storeBool(b);
                    }
                    default -> {
                        Object o = val.execute(f);
                        if (ptr == null) throw RuntimeErrors.nilDeref();
                        ptr.store(o);
                    }
                }
            }
        };
    }
}
