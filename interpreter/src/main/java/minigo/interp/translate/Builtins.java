package minigo.interp.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import minigo.interp.Chans;
import minigo.interp.GState;
import minigo.interp.GoLanguage;
import minigo.interp.Heap;
import minigo.interp.nodes.ExprNode;
import minigo.interp.nodes.StmtNode;
import minigo.interp.values.GoComplex;
import minigo.interp.values.GoMap;
import minigo.interp.values.GoPanic;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.Layout;
import minigo.interp.values.RuntimePrint;
import minigo.types.Basic;
import minigo.types.BasicKind;
import minigo.types.Builtin;
import minigo.types.Chan;
import minigo.types.Interface;
import minigo.types.MapType;
import minigo.types.Slice;
import minigo.types.Type;

/** The predeclared functions: len, cap, append, copy, delete, make, new, panic, recover, print(ln), close, complex, real, imag. */
final class Builtins {
    private Builtins() {}

    static ExprNode call(FuncTranslator ft, Ast.CallExpr c, Builtin b) {
        Spread sp = Spread.of(ft, c, b);
        if (sp != null) return FuncTranslator.withPrep(sp.prep(), call(ft, sp.call(), b));
        List<Ast.Expr> as = c.args();
        switch (b.builtinId()) {
            case LEN:
            case CAP: {
                boolean len = b.builtinId() == Builtin.Id.LEN;
                Type t = ft.typeOf(as.get(0));
                Type u = t.underlying();
                Type arr = u instanceof minigo.types.Pointer p ? ft.type(p.elem()).underlying() : u;
                // an array or array pointer, also in a generic instance: the type's length
                if (arr instanceof minigo.types.Array a) return arrayLength(ft, as.get(0), a.len());
                ExprNode x = ft.expr(as.get(0));
                return new ExprNode.LongExpr() {
                    @Child ExprNode v = x;

                    @Override
                    public long executeLong(VirtualFrame f) {
                        return lenOrCap(v.execute(f), len);
                    }
                };
            }
            case APPEND:
                return append(ft, c);
            case COPY: {
                ExprNode dst = ft.expr(as.get(0));
                ExprNode src = ft.expr(as.get(1));
                boolean str = TypeUtil.isString(ft.typeOf(as.get(1)));
                return new ExprNode.LongExpr() {
                    @Child ExprNode d = dst;
                    @Child ExprNode s = src;

                    @Override
                    public long executeLong(VirtualFrame f) {
                        GoSlice ds = (GoSlice) d.execute(f);
                        Object sv = s.execute(f);
                        return str ? GoSlice.copyString(ds, (GoString) sv) : GoSlice.copy(ds, (GoSlice) sv);
                    }
                };
            }
            case DELETE: {
                MapType mt = (MapType) ft.typeOf(as.get(0)).underlying();
                ExprNode m = ft.expr(as.get(0));
                ExprNode k = ft.valueFor(as.get(1), ft.type(mt.key()));
                Layout kl = TypeUtil.layout(ft.type(mt.key()));
                return new ExprNode() {
                    @Child ExprNode mm = m;
                    @Child ExprNode kk = k;

                    @Override
                    public Object execute(VirtualFrame f) {
                        GoMap.delete((GoMap) mm.execute(f), kl, kk.execute(f));
                        return null;
                    }
                };
            }
            case MAKE:
                return make(ft, c);
            case NEW: {
                Type t = ft.typeOf(as.get(0));
                if (TypeUtil.isComposite(t)) {
                    Layout l = TypeUtil.layout(t);
                    long size = Heap.sizeOf(t);
                    boolean noscan = !Heap.hasPointers(t);
                    boolean heap = ft.tr.heapSite(ft.pkg, c);
                    return new ExprNode() {
                        @Override
                        public Object execute(VirtualFrame f) {
                            return heap ? Heap.alloc(l.zero(), size, noscan) : l.zero();
                        }
                    };
                }
                return Boxes.newBox(ft.zeroNode(t), t, ft.tr.heapSite(ft.pkg, c));
            }
            case PANIC: {
                ExprNode v = ft.valueFor(as.get(0), Interface.empty());
                return new ExprNode() {
                    @Child ExprNode x = v;

                    @Override
                    public Object execute(VirtualFrame f) {
                        throw new GoPanic(x.execute(f), this);
                    }
                };
            }
            case RECOVER:
                return new ExprNode() {
                    @Override
                    public Object execute(VirtualFrame f) {
                        return recover(GoLanguage.context(this).g(), GoLanguage.context(this).translator());
                    }
                };
            case PRINT:
            case PRINTLN: {
                boolean ln = b.builtinId() == Builtin.Id.PRINTLN;
                if (as.size() == 1 && ft.typeOf(as.get(0)) instanceof minigo.types.Tuple tt) {
                    // println(f()) with f returning several values prints each of them
                    ExprNode tuple = ft.exprAnyArity(as.get(0));
                    Layout[] ls = resultLayouts(ft, tt);
                    return new ExprNode() {
                        @Child ExprNode x = tuple;

                        @Override
                        public Object execute(VirtualFrame f) {
                            printTo(GoLanguage.context(this), RuntimePrint.format(ln, ls, (Object[]) x.execute(f)));
                            return null;
                        }
                    };
                }
                ExprNode[] xs = new ExprNode[as.size()];
                Layout[] ls = new Layout[as.size()];
                for (int i = 0; i < xs.length; i++) {
                    Type t = FuncTranslator.defaultType(ft.typeOf(as.get(i)));
                    xs[i] = ft.expr(as.get(i));
                    ls[i] = TypeUtil.layout(t);
                }
                return new ExprNode() {
                    @Children final ExprNode[] x = xs;

                    @Override
                    @ExplodeLoop
                    public Object execute(VirtualFrame f) {
                        Object[] vals = new Object[x.length];
                        for (int i = 0; i < x.length; i++) vals[i] = x[i].execute(f);
                        printTo(GoLanguage.context(this), RuntimePrint.format(ln, ls, vals));
                        return null;
                    }
                };
            }
            case CLOSE: {
                ExprNode ch = ft.expr(as.get(0));
                return new ExprNode() {
                    @Child ExprNode x = ch;

                    @Override
                    public Object execute(VirtualFrame f) {
                        Chans.close(this, x.execute(f));
                        return null;
                    }
                };
            }
            case COMPLEX: {
                ExprNode re = ft.expr(as.get(0));
                ExprNode im = ft.expr(as.get(1));
                boolean c64 = TypeUtil.basicKind(ft.typeOf(c)) == BasicKind.COMPLEX64;
                return new ExprNode() {
                    @Child ExprNode r = re;
                    @Child ExprNode i = im;

                    @Override
                    public Object execute(VirtualFrame f) {
                        GoComplex z = new GoComplex(r.executeDouble(f), i.executeDouble(f));
                        return c64 ? z.toComplex64() : z;
                    }
                };
            }
            case REAL:
            case IMAG: {
                boolean real = b.builtinId() == Builtin.Id.REAL;
                ExprNode x = ft.expr(as.get(0));
                return new ExprNode.DoubleExpr() {
                    @Child ExprNode v = x;

                    @Override
                    public double executeDouble(VirtualFrame f) {
                        GoComplex z = (GoComplex) v.execute(f);
                        return real ? z.re : z.im;
                    }
                };
            }
            case SIZEOF:
            case ALIGNOF:
            case OFFSETOF:
                // not constant only in a generic function (the checker found a type parameter in
                // the type): this instance's value, from its type arguments; the operand is not evaluated
                return new minigo.interp.nodes.Lit.LongLit(unsafeSize(ft, b.builtinId(), as.get(0)));
            default:
                throw new UnsupportedOperationException("builtin " + b.name());
        }
    }

    private static long unsafeSize(FuncTranslator ft, Builtin.Id id, Ast.Expr arg) {
        minigo.types.Sizes sizes = minigo.types.Sizes.AMD64;
        if (id == Builtin.Id.SIZEOF) return sizes.sizeof(FuncTranslator.defaultType(ft.typeOf(arg)));
        if (id == Builtin.Id.ALIGNOF) return sizes.alignof(FuncTranslator.defaultType(ft.typeOf(arg)));
        Ast.SelectorExpr se = (Ast.SelectorExpr) FuncTranslator.unparen(arg);
        return sizes.offsetof(minigo.types.Sizes.selectorBase(ft.typeOf(se.x())), ft.info.selections.get(se).index(), ft::type);
    }

    @TruffleBoundary
    static void printTo(minigo.interp.GoContext ctx, byte[] bytes) {
        try {
            ctx.stderr().write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * {@code defer recover()}: run by its function's return, it recovers what recover() called in
     * that function would (the function itself being a deferred call of a panic); run because that
     * function panicked, it recovers nothing (Go's test recover1.go, tests 5 to 7).
     */
    static void deferredRecover(GState g) {
        GoPanic p = g.outerArmed;
        if (g.armed != null || p == null || p.recovered || p.isGoexit() || g.depth != g.outerArmedDepth) return;
        p.recovered = true;
    }

    @TruffleBoundary
    static Object recover(GState g, Translator tr) {
        GoPanic p = g.armed;
        if (p == null || p.recovered || p.isGoexit() || g.depth != g.armedDepth) return null;
        p.recovered = true;
        return minigo.interp.RuntimeErrors.panicValue(p, tr);
    }

    /**
     * len or cap of an array or array pointer that is not a constant only because it has calls or
     * receives (len(f()), len(<-c), len(g()[0])): those run, left to right, and the result is the
     * type's length. The operand itself is not evaluated (gc's safeExpr): nothing is dereferenced,
     * so a nil pointer gives the length too.
     */
    private static ExprNode arrayLength(FuncTranslator ft, Ast.Expr operand, long n) {
        List<ExprNode> effects = new java.util.ArrayList<>();
        AstWalk.walk(operand, node -> {
            if (node instanceof Ast.FuncLit) return false;
            if (Order.isCallOrReceive(ft, node)) {
                effects.add(ft.expr((Ast.Expr) node));
                return false;
            }
            return true;
        });
        ExprNode[] run = effects.toArray(new ExprNode[0]);
        return new ExprNode.LongExpr() {
            @Children final ExprNode[] es = run;

            @Override
            @com.oracle.truffle.api.nodes.ExplodeLoop
            public long executeLong(VirtualFrame f) {
                for (ExprNode e : es) e.execute(f);
                return n;
            }
        };
    }

    static long lenOrCap(Object v, boolean len) {
        if (v == null) return 0;
        if (v instanceof GoString s) return s.length();
        if (v instanceof GoSlice s) return len ? s.len : s.cap;
        if (v instanceof minigo.interp.values.GoArray a) return a.length;
        if (v instanceof GoMap m) return m.len();
        return Chans.lenOrCap(v, len);
    }

    private static ExprNode append(FuncTranslator ft, Ast.CallExpr c) {
        List<Ast.Expr> as = c.args();
        Type st = ft.typeOf(c);
        Type et = ft.type(((Slice) st.underlying()).elem());
        Layout el = TypeUtil.layout(et);
        ExprNode s = ft.expr(as.get(0));
        if (c.hasEllipsis()) {
            ExprNode t = ft.expr(as.get(1));
            boolean str = TypeUtil.isString(ft.typeOf(as.get(1)));
            return new ExprNode() {
                @Child ExprNode a = s;
                @Child ExprNode b = t;

                @Override
                public Object execute(VirtualFrame f) {
                    GoSlice x = (GoSlice) a.execute(f);
                    Object y = b.execute(f);
                    return str ? GoSlice.appendString(x, (GoString) y) : GoSlice.appendSlice(el, x, (GoSlice) y);
                }
            };
        }
        List<ExprNode> vals = new ArrayList<>();
        for (int i = 1; i < as.size(); i++) vals.add(ft.valueFor(as.get(i), et));
        ExprNode[] vs = vals.toArray(new ExprNode[0]);
        var kind = TypeUtil.slotKind(et);
        if (vs.length == 1 && kind == minigo.interp.nodes.Locals.SlotKind.LONG) {
            return new ExprNode() {
                @Child ExprNode a = s;
                @Child ExprNode v = vs[0];

                @Override
                public Object execute(VirtualFrame f) {
                    GoSlice x = (GoSlice) a.execute(f);
                    return GoSlice.appendLong(el, x, v.executeLong(f));
                }
            };
        }
        return new ExprNode() {
            @Child ExprNode a = s;
            @Children final ExprNode[] v = vs;

            @Override
            @ExplodeLoop
            public Object execute(VirtualFrame f) {
                GoSlice x = (GoSlice) a.execute(f);
                Object[] items = new Object[v.length];
                for (int i = 0; i < v.length; i++) items[i] = v[i].execute(f);
                return appendAll(el, x, items);
            }
        };
    }

    @TruffleBoundary
    static GoSlice appendAll(Layout el, GoSlice x, Object[] items) {
        if (items.length == 0) return x;
        GoSlice r = GoSlice.grow(el, x, items.length);
        int base = r.off + r.len - items.length;
        for (int i = 0; i < items.length; i++) r.array.store(base + i, items[i]);
        return r;
    }

    private static ExprNode make(FuncTranslator ft, Ast.CallExpr c) {
        List<Ast.Expr> as = c.args();
        Type t = ft.typeOf(as.get(0));
        Type u = t.underlying();
        ExprNode a1 = as.size() > 1 ? ft.expr(as.get(1)) : null;
        ExprNode a2 = as.size() > 2 ? ft.expr(as.get(2)) : null;
        if (u instanceof Slice s) {
            Layout el = TypeUtil.layout(ft.type(s.elem()));
            long esize = Heap.sizeOf(ft.type(s.elem()));
            boolean noscan = !Heap.hasPointers(ft.type(s.elem()));
            boolean heap = ft.tr.heapSite(ft.pkg, c);
            return new ExprNode() {
                @Child ExprNode l = a1;
                @Child ExprNode cp = a2;

                @Override
                public Object execute(VirtualFrame f) {
                    long len = l.executeLong(f);
                    long cap = cp == null ? len : cp.executeLong(f);
                    if (len < 0) throw GoPanic.of(minigo.interp.values.ErrorString.MAKESLICE_LEN);
                    GoSlice sl = GoSlice.make(el, len, cap);
                    if (heap) Heap.alloc(sl.array, esize * sl.cap, noscan);
                    return sl;
                }
            };
        }
        if (u instanceof MapType mt) {
            Layout kl = TypeUtil.layout(ft.type(mt.key()));
            Layout vl = TypeUtil.layout(ft.type(mt.elem()));
            boolean heap = ft.tr.heapSite(ft.pkg, c);
            return new ExprNode() {
                @Child ExprNode h = a1;

                @Override
                public Object execute(VirtualFrame f) {
                    long hint = h == null ? 0 : h.executeLong(f);
                    return Heap.makemap(new GoMap(kl, vl, hint), kl, vl, hint, heap);
                }
            };
        }
        Chan ct = (Chan) u;
        Layout el = TypeUtil.layout(ft.type(ct.elem()));
        return new ExprNode() {
            @Child ExprNode n = a1;

            @Override
            public Object execute(VirtualFrame f) {
                return Chans.make(el, n == null ? 0 : n.executeLong(f));
            }
        };
    }

    /** The layouts print(ln) gives the results of a call, print(f()) (untyped constants' default types). */
    private static Layout[] resultLayouts(FuncTranslator ft, minigo.types.Tuple tt) {
        Layout[] ls = new Layout[tt.size()];
        for (int i = 0; i < ls.length; i++) ls[i] = TypeUtil.layout(FuncTranslator.defaultType(ft.type(tt.typeAt(i))));
        return ls;
    }

    /**
     * copy(f()), complex(f()), delete(f()), append(f()): f's results are evaluated into variables of
     * their own (prep), and the built-in is translated as a call with those variables as its
     * arguments, so each built-in has one translation whatever its arguments' form.
     */
    record Spread(List<StmtNode> prep, Ast.CallExpr call) {
        static Spread of(FuncTranslator ft, Ast.CallExpr c, Builtin b) {
            Builtin.Id id = b.builtinId();
            if (c.args().size() != 1 || !(id == Builtin.Id.COPY || id == Builtin.Id.COMPLEX || id == Builtin.Id.DELETE
                    || id == Builtin.Id.APPEND) || !(ft.typeOf(c.args().get(0)) instanceof minigo.types.Tuple tt)) {
                return null;
            }
            Ast.Expr f = c.args().get(0);
            int tuple = ft.tempSlot(minigo.interp.nodes.Locals.SlotKind.OBJECT);
            List<StmtNode> prep = new ArrayList<>();
            prep.add(ft.tupleEval(tuple, f, tt.size()));
            List<Ast.Expr> names = new ArrayList<>();
            for (int i = 0; i < tt.size(); i++) {
                // a name no Go program can write, so it meets no identifier of the source
                minigo.types.Var v = minigo.types.Var.local("·result" + i, f.pos(), tt.typeAt(i), ft.pkg);
                Ast.Ident id2 = new Ast.Ident(f.pos(), v.name());
                ft.info.uses.put(id2, v);
                prep.add(ft.initVar(v, ft.tupleElem(tuple, i, ft.type(tt.typeAt(i)))));
                names.add(id2);
            }
            Ast.CallExpr call = new Ast.CallExpr(c.pos(), c.fun(), c.lparen(), names, false, c.rparen());
            minigo.types.TypeAndValue tv = ft.info.types.get(c);
            if (tv != null) ft.info.types.put(call, tv); // the same call, to the translator
            return new Spread(prep, call);
        }
    }

    /** defer of a builtin: its arguments are evaluated now; the node returns a Runnable doing the rest. */
    static ExprNode deferredBuiltin(FuncTranslator ft, Ast.CallExpr c, Builtin b) {
        Spread sp = Spread.of(ft, c, b);
        if (sp != null) return FuncTranslator.withPrep(sp.prep(), deferredBuiltin(ft, sp.call(), b));
        List<Ast.Expr> as = c.args();
        List<ExprNode> argNodes = new ArrayList<>();
        if (as.size() == 1 && ft.typeOf(as.get(0)) instanceof minigo.types.Tuple tt) {
            // defer println(f()): f runs now, its results are printed later
            ExprNode tuple = ft.exprAnyArity(as.get(0));
            boolean ln = b.builtinId() == Builtin.Id.PRINTLN;
            Layout[] ls = resultLayouts(ft, tt);
            return new ExprNode() {
                @Child ExprNode x = tuple;

                @Override
                public Object execute(VirtualFrame f) {
                    Object[] vals = (Object[]) x.execute(f);
                    minigo.interp.GoContext ctx = GoLanguage.context(this);
                    return (Runnable) () -> printTo(ctx, RuntimePrint.format(ln, ls, vals));
                }
            };
        }
        Builtin.Id id = b.builtinId();
        Type deleteKey = id == Builtin.Id.DELETE && ft.typeOf(as.get(0)).underlying() instanceof MapType mt ? ft.type(mt.key()) : null;
        // the arguments are evaluated now, each an assignment of its own (ordered on its own) and
        // converted to what the builtin takes; the builtin runs later on the values kept
        for (int i = 0; i < as.size(); i++) {
            Type target = null;
            if (id == Builtin.Id.PANIC) {
                target = Interface.empty();
            } else if (i == 1 && deleteKey != null) {
                target = deleteKey; // delete(m, 1) with an interface key type
            }
            argNodes.add(ft.ordered(as.get(i), target));
        }
        ExprNode[] xs = argNodes.toArray(new ExprNode[0]);
        Layout keyLayout = deleteKey == null ? null : TypeUtil.layout(deleteKey);
        Layout[] ls = new Layout[as.size()];
        for (int i = 0; i < ls.length; i++) ls[i] = TypeUtil.layout(FuncTranslator.defaultType(ft.typeOf(as.get(i))));
        return new ExprNode() {
            @Children final ExprNode[] x = xs;

            @Override
            @ExplodeLoop
            public Object execute(VirtualFrame f) {
                Object[] vals = new Object[x.length];
                for (int i = 0; i < x.length; i++) vals[i] = x[i].execute(f);
                minigo.interp.GoContext ctx = GoLanguage.context(this);
                ExprNode self = this;
                return (Runnable) () -> {
                    switch (id) {
                        case PANIC -> throw new GoPanic(vals[0], null);
                        case CLOSE -> Chans.close(self, vals[0]);
                        case DELETE -> GoMap.delete((GoMap) vals[0], keyLayout, vals[1]);
                        case COPY -> {
                            if (vals[1] instanceof GoString str) GoSlice.copyString((GoSlice) vals[0], str);
                            else GoSlice.copy((GoSlice) vals[0], (GoSlice) vals[1]);
                        }
                        case PRINT, PRINTLN -> printTo(ctx, RuntimePrint.format(id == Builtin.Id.PRINTLN, ls, vals));
                        case RECOVER -> deferredRecover(GoLanguage.context(self).g());
                        default -> {
                        }
                    }
                };
            }
        };
    }
}
