package minigo.interp.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;
import minigo.interp.FuncRoot;
import minigo.interp.Heap;
import minigo.interp.RuntimeErrors;
import minigo.interp.nodes.Arith;
import minigo.interp.nodes.Calls;
import minigo.interp.nodes.ExprNode;
import minigo.interp.nodes.IntKind;
import minigo.interp.nodes.Lit;
import minigo.interp.nodes.Locals;
import minigo.interp.nodes.Locals.SlotKind;
import minigo.interp.nodes.StmtNode;
import minigo.interp.nodes.Stmts;
import minigo.interp.values.BoundsError;
import minigo.interp.values.Box;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoComplex;
import minigo.interp.values.GoFunc;
import minigo.interp.values.GoString;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Iface;
import minigo.types.Array;
import minigo.types.Sizes;
import minigo.types.Basic;
import minigo.types.BasicKind;
import minigo.types.Builtin;
import minigo.types.Chan;
import minigo.types.Const;
import minigo.types.Constant;
import minigo.types.Func;
import minigo.types.Info;
import minigo.types.Initializer;
import minigo.types.Instance;
import minigo.types.Interface;
import minigo.types.MapType;
import minigo.types.Named;
import minigo.types.Nil;
import minigo.types.Obj;
import minigo.types.Package;
import minigo.types.PkgName;
import minigo.types.Pointer;
import minigo.types.Selection;
import minigo.types.Signature;
import minigo.types.Slice;
import minigo.types.Struct;
import minigo.types.Tuple;
import minigo.types.Type;
import minigo.types.TypeAndValue;
import minigo.types.TypeName;
import minigo.types.TypeParam;
import minigo.types.Types;
import minigo.types.Var;

/**
 * Translates one Go function body (a function, method, closure, instantiation, or a package's
 * variable initialisation) into Truffle nodes. Every decision about representation is made here from
 * the checker's types (after substituting type arguments): which slot kind a variable gets, which
 * typed node an operator becomes, where a struct must be copied, where a value is boxed into an
 * interface.
 */
final class FuncTranslator {
    final Translator tr;
    final Package pkg;
    final Info info;
    final Map<TypeParam, Type> subst;
    final FuncTranslator outer;
    final FrameDescriptor.Builder fdb = FrameDescriptor.newBuilder();
    private int slotCount;
    final IdentityHashMap<Var, VarInfo> vars = new IdentityHashMap<>();
    /** Variables of enclosing functions this closure uses, in the order of its captures array. */
    final List<Var> captured = new ArrayList<>();
    int deferSlot = -1;
    /** Where the deferred calls run (FuncRoot#deferSite), -1 for a function without defer statements. */
    int deferSiteSlot = -1;

    /** Allocates the defer-site slot if the function body has a defer statement of its own. */
    private void startDeferSite(Ast.BlockStmt body) {
        if (AstWalk.anyOutsideFuncLits(body, n -> n instanceof Ast.DeferStmt)) deferSiteSlot = newSlot(SlotKind.OBJECT);
    }
    VarInfo[] results;
    Type[] resultTypes;
    final ArrayDeque<Target> targets = new ArrayDeque<>();
    /** goto/label tokens by label name (one per function). */
    final Map<String, Object> labelTokens = new HashMap<>();
    String name = "func";

    /** Where a variable lives: a frame slot (typed), or a Box in an object slot. */
    record VarInfo(int slot, SlotKind kind, boolean boxed, Type type) {}

    /** A break/continue target: a loop, switch or select, with its label (or null). */
    record Target(String label, Object token, boolean isLoop) {}

    FuncTranslator(Translator tr, Package pkg, Map<TypeParam, Type> subst, FuncTranslator outer) {
        this.tr = tr;
        this.pkg = pkg;
        this.info = pkg.info();
        this.subst = subst;
        this.outer = outer;
    }

    // ================================================================== types

    Type type(Type t) {
        if (t == null) return null;
        if (subst.isEmpty()) return t;
        return Types.subst(t, subst);
    }

    Type typeOf(Ast.Expr e) {
        Type t = info.typeOf(e);
        if (t == null) throw new IllegalStateException("no type for expression at " + e.pos());
        return type(t);
    }

    TypeAndValue tv(Ast.Expr e) {
        return info.types.get(e);
    }

    static Ast.Expr unparen(Ast.Expr e) {
        while (e instanceof Ast.ParenExpr p) e = p.x();
        return e;
    }

    // ================================================================== slots and variables

    /**
     * A frame slot of a fixed kind. Truffle's static slots: Go's types fix what a slot holds, so
     * the frame need not record and check a tag at every access (see {@link Locals}); the kind is
     * the slot's info, for whoever reads frames from outside (the collector's stack scan).
     */
    int newSlot(SlotKind k) {
        slotCount++;
        return fdb.addSlot(FrameSlotKind.Static, null, k);
    }

    VarInfo declare(Var v) {
        Type t = type(v.type());
        // a struct or array needs no Box (its object is the shared location); BoxScan decides on the
        // declared type, which in a generic function is a type parameter (&x with T a struct)
        boolean boxed = tr.isBoxed(v) && !TypeUtil.isComposite(t);
        VarInfo vi = boxed ? new VarInfo(newSlot(SlotKind.OBJECT), SlotKind.OBJECT, true, t)
                : new VarInfo(newSlot(TypeUtil.slotKind(t)), TypeUtil.slotKind(t), false, t);
        vars.put(v, vi);
        if (vi.kind == SlotKind.OBJECT) {
            declaredRefs.add(vi.slot);
            declaredVars.add(v);
        }
        return vi;
    }

    /** A statement that clears these reference slots: what they held is dead from there on. */
    private static StmtNode clearing(List<Integer> slots) {
        return new Stmts.ClearSlots(slots.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Reference slots of the variables declared so far: a block clears those it declared when they die. */
    private final List<Integer> declaredRefs = new ArrayList<>();
    /** The variable of each of declaredRefs' slots. */
    private final List<Var> declaredVars = new ArrayList<>();

    /** Whether blocks clear their variables at their last use (Liveness), not at the block's end: no goto in the function. */
    private boolean liveness;
    /** The parameters with reference slots, which die in the function body's block like its own variables. */
    private List<Var> paramVars = List.of();
    /** Mentions of variables that are their last, as a call's argument: read and cleared at once (Liveness). */
    private final java.util.Set<Ast.Ident> moves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Starts Go's liveness for a function body: its parameters die in it, and it must have no goto. */
    private void startLiveness(Ast.BlockStmt body, int paramsFrom) {
        liveness = !Liveness.hasGoto(body);
        paramVars = new ArrayList<>(declaredVars.subList(paramsFrom, declaredVars.size()));
        for (VarInfo r : results) {
            if (r != null) paramVars.removeIf(p -> vars.get(p) == r);
        }
    }

    /** Whether the variable's slot holds its value, so that {@code v = e} stores without reading the slot. */
    private boolean storesDirectly(Var v) {
        VarInfo vi = vars.get(v);
        if (vi != null) return !vi.boxed && !TypeUtil.isComposite(vi.type);
        return !tr.isBoxed(v) && !TypeUtil.isComposite(type(v.type())); // as declare() will decide
    }

    /** A read of variable v that is its last mention: the slot is cleared once it is read. */
    private ExprNode moving(Ast.Ident id, Var v, ExprNode read) {
        if (!moves.contains(id)) return read;
        VarInfo vi = vars.get(v);
        return vi != null && vi.kind == SlotKind.OBJECT ? new Locals.ReadAndClear(read, vi.slot) : read;
    }

    /** The VarInfo of a local variable, capturing it from enclosing functions if needed (closures). */
    VarInfo local(Var v) {
        VarInfo vi = vars.get(v);
        if (vi != null) return vi;
        if (outer == null) {
            StringBuilder known = new StringBuilder();
            for (Var k : vars.keySet()) known.append(' ').append(k.name()).append('@').append(k.pos()).append('#').append(System.identityHashCode(k));
            throw new IllegalStateException("unknown variable " + v.name() + " at " + v.pos() + "#" + System.identityHashCode(v) + " (known:" + known + ")");
        }
        VarInfo ov = outer.local(v);
        vi = new VarInfo(newSlot(ov.boxed ? SlotKind.OBJECT : ov.kind), ov.boxed ? SlotKind.OBJECT : ov.kind, ov.boxed, ov.type);
        vars.put(v, vi);
        captured.add(v);
        return vi;
    }

    /** Initialises a new variable with a value node (already converted and copied). */
    StmtNode initVar(Var v, ExprNode value) {
        if (v == null || v.name().equals("_")) {
            return value == null ? new Stmts.Nop() : new Stmts.ExprStmt(value);
        }
        VarInfo vi = declare(v);
        Type t = vi.type;
        if (value == null) value = zeroNode(t);
        if (vi.boxed) {
            SlotKind k = TypeUtil.slotKind(t);
            ExprNode val = value;
            int slot = vi.slot;
            long size = Heap.sizeOf(t);
            boolean noscan = !Heap.hasPointers(t);
            boolean heap = tr.movedToHeap(pkg, v, true); // else a stack box the allocator never sees
            return new StmtNode() {
                @Child ExprNode x = val;

                @Override
                public void exec(VirtualFrame f) {
                    Box b = switch (k) {
                        case LONG -> new Box.LongBox(x.executeLong(f));
                        case DOUBLE -> new Box.DoubleBox(x.executeDouble(f));
                        case BOOL -> new Box.BoolBox(x.executeBool(f));
                        default -> new Box.RefBox(x.execute(f));
                    };
                    f.setObjectStatic(slot, heap ? Heap.alloc(b, size, noscan) : b);
                }
            };
        }
        if (TypeUtil.isComposite(t) && tr.movedToHeap(pkg, v, false)) {
            // a struct or array variable moved to heap: one allocation of its size (its object is the variable)
            long size = Heap.sizeOf(t);
            boolean noscan = !Heap.hasPointers(t);
            ExprNode val0 = value;
            value = new ExprNode() {
                @Child ExprNode x = val0;

                @Override
                public Object execute(VirtualFrame f) {
                    return Heap.alloc(x.execute(f), size, noscan);
                }
            };
        }
        return Locals.write(vi.kind, vi.slot, value);
    }

    ExprNode zeroNode(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            if (b.isInteger()) return new Lit.LongLit(0);
            if (b.isFloat()) return new Lit.DoubleLit(0);
            if (b.isBoolean()) return new Lit.BoolLit(false);
            if (b.isString()) return new Lit.ObjLit(GoString.EMPTY);
            if (b.isComplex()) return new Lit.ObjLit(GoComplex.ZERO);
            return new Lit.ObjLit(null);
        }
        if (u instanceof Struct || u instanceof Array) {
            var layout = TypeUtil.layout(t);
            return new ExprNode() {
                @Override
                public Object execute(VirtualFrame f) {
                    return layout.zero();
                }
            };
        }
        return new Lit.ObjLit(null);
    }

    ExprNode readVar(Var v) {
        if (v.isPackageLevel()) {
            return Boxes.read(tr.global(v), type(v.type()));
        }
        VarInfo vi = local(v);
        if (vi.boxed) return Boxes.readSlotBox(vi.slot, vi.type);
        return Locals.read(vi.kind, vi.slot);
    }

    /** The raw content of a variable's slot (the Box itself for boxed variables): for captures and &x. */
    ExprNode rawVar(Var v) {
        VarInfo vi = local(v);
        return Locals.read(vi.boxed ? SlotKind.OBJECT : vi.kind, vi.slot);
    }

    int tempSlot(SlotKind k) {
        int slot = newSlot(k);
        if (k == SlotKind.OBJECT) objectTemps.add(slot);
        return slot;
    }

    /**
     * The copies {@link Order} evaluated ahead of their statement, each in a temporary that
     * {@link #expr} (and {@link #compositeLit}) reads where the copy stood. Entries stay after
     * their statement: a node translated again later (an argument a call translates twice) reads
     * the same temporary, which its statement's prep wrote first.
     */
    final IdentityHashMap<Ast.Expr, Hoisted> hoisted = new IdentityHashMap<>();

    record Hoisted(int slot, SlotKind kind) {}

    /**
     * Evaluates c into a temporary of its own, read from then on where c stands (a struct or array
     * value copied unless fresh: e.(P) or a local array must not be the original).
     */
    StmtNode hoist(Ast.Expr c) {
        Type t = typeOf(c);
        if (t.underlying() instanceof Basic b && b.kind().isUntyped()) t = Types.defaultType(t);
        SlotKind k = TypeUtil.slotKind(t);
        int slot = tempSlot(k);
        boolean fresh = isFresh(c);
        ExprNode v = expr(c);
        if (TypeUtil.isComposite(t) && !fresh) v = copyNode(v);
        hoisted.put(c, new Hoisted(slot, k));
        return Locals.write(k, slot, v);
    }

    /** Reference temporaries made so far: each is dead once the statement that made it ends. */
    private final List<Integer> objectTemps = new ArrayList<>();

    // ================================================================== function entry points

    /** A declared function or method (origin body, translated with this.subst). */
    @TruffleBoundary
    FuncRoot translateFunc(Func f) {
        pkg.checkBody(f); // a standard package's body may not have been checked yet
        Ast.FuncDecl decl = f.decl();
        tr.scanForBoxes(pkg, decl);
        Signature sig = f.signature();
        name = f.fullName();
        if (sig.recv() == null && f.name().equals("init") && pkg.inits().contains(f)) {
            name = pkg.path() + ".init." + pkg.inits().indexOf(f); // Go's names: main.init.0, main.init.1
        }
        List<StmtNode> pro = new ArrayList<>();
        int paramsFrom = declaredVars.size();
        if (sig.recv() != null) {
            pro.add(param(sig.recv(), 0));
        }
        Tuple ps = sig.params();
        for (int i = 0; i < ps.size(); i++) pro.add(param(ps.at(i), i + 1));
        setupResults(sig.results(), pro);
        startLiveness(decl.body(), paramsFrom);
        startDeferSite(decl.body());
        StmtNode body = block(decl.body().list());
        return new FuncRoot(tr.lang, buildFrame(), name, decl.pos(), new Stmts.Block(pro.toArray(new StmtNode[0])), body,
                resultsNode(), deferSlot).withArgs(sig.recv() != null || ps.size() > 0).withFrameSize(frameSize())
                .withArgSlots(ps.size() + 1).withDeferSite(deferSiteSlot, decl.body().rbrace());
    }

    /** A function literal; its captured variables are known once the body is translated. */
    FuncRoot translateLit(Ast.FuncLit fl, String litName) {
        Signature sig = (Signature) typeOfUnsubst(fl);
        name = litName;
        List<StmtNode> pro = new ArrayList<>();
        int paramsFrom = declaredVars.size();
        Tuple ps = sig.params();
        for (int i = 0; i < ps.size(); i++) pro.add(param(ps.at(i), i + 1));
        setupResults(sig.results(), pro);
        startLiveness(fl.body(), paramsFrom);
        startDeferSite(fl.body());
        StmtNode body = block(fl.body().list());
        // captures: arguments[0] is the Object[] of captured cells, loaded into this frame's slots
        List<StmtNode> capLoads = new ArrayList<>();
        for (int i = 0; i < captured.size(); i++) {
            VarInfo vi = vars.get(captured.get(i));
            int idx = i;
            int slot = vi.slot;
            SlotKind k = vi.boxed ? SlotKind.OBJECT : vi.kind;
            capLoads.add(new StmtNode() {
                @Override
                public void exec(VirtualFrame f) {
                    Object v = ((Object[]) f.getArguments()[0])[idx];
                    Locals.store(f, k, slot, v);
                }
            });
        }
        capLoads.addAll(pro);
        return new FuncRoot(tr.lang, buildFrame(), name, fl.pos(), new Stmts.Block(capLoads.toArray(new StmtNode[0])), body,
                resultsNode(), deferSlot).withArgs(ps.size() > 0).withFrameSize(frameSize()).withArgSlots(ps.size() + 1)
                .withDeferSite(deferSiteSlot, fl.body().rbrace());
    }

    private Type typeOfUnsubst(Ast.Expr e) {
        return info.typeOf(e);
    }

    /** Package initialisation: variables in the checker's initOrder, then the init functions. */
    @TruffleBoundary
    FuncRoot translatePackageInit() {
        return translateInit(pkg.path() + ".init", pkg.initOrder(), pkg.inits());
    }

    /** These initialisers, then these init functions (a whole package, or one REPL increment). */
    @TruffleBoundary
    FuncRoot translateInit(String rootName, List<Initializer> initializers, List<Func> initFuncs) {
        name = rootName;
        globInit = true;
        List<StmtNode> body = new ArrayList<>();
        for (Initializer in : initializers) {
            tr.scanForBoxes(pkg, in.rhs());
            if (in.lhs().size() == 1) {
                Var v = in.lhs().get(0);
                if (v == null || v.name().equals("_")) {
                    body.add(new Stmts.ExprStmt(expr(in.rhs())));
                } else {
                    body.add(Boxes.write(tr.global(v), type(v.type()), valueFor(in.rhs(), type(v.type()))));
                }
            } else {
                // var a, b = f() or a comma-ok form (var v, ok = m[k], x.(T), <-c)
                int tup = tempSlot(SlotKind.OBJECT);
                body.add(tupleEval(tup, in.rhs(), in.lhs().size()));
                for (int i = 0; i < in.lhs().size(); i++) {
                    Var v = in.lhs().get(i);
                    if (v == null || v.name().equals("_")) continue;
                    Type et = tupleType(in.rhs(), i);
                    body.add(Boxes.write(tr.global(v), type(v.type()), convert(tupleElem(tup, i, et), et, type(v.type()))));
                }
            }
        }
        for (Func init : initFuncs) {
            body.add(new Stmts.ExprStmt(new Calls.StaticCall(tr.funcRef(init, List.of()), null, new Calls.PlainArgs(new ExprNode[0]))));
        }
        return new FuncRoot(tr.lang, buildFrame(), name, Ast.Pos.NONE, null, new Stmts.Block(body.toArray(new StmtNode[0])), null,
                deferSlot).asPackageInit().withArgs(false);
    }

    /**
     * Our estimate of the function's stack frame in Go, in bytes: the return address and frame
     * pointer, then every variable that stays on the stack at its amd64 size (a variable that
     * escaped is a pointer to its heap copy). Go's compiler also keeps temporaries and spill slots
     * there and lets variables of disjoint scopes share a slot, so the figure is close, not exact
     * (measured: a recursive func of one int, 24 bytes here and in Go 1.19 counting its return
     * address; one that also holds a [64]int, 536 here and 552 in Go).
     */
    private long frameSize() {
        long n = 16;
        for (VarInfo vi : vars.values()) {
            n += vi.boxed() ? 8 : Sizes.AMD64.sizeof(vi.type());
        }
        return (n + 7) & ~7L;
    }

    FrameDescriptor buildFrame() {
        return fdb.build();
    }

    /** Copies argument i into the parameter's slot (or a new Box); composite values are copied. */
    private StmtNode param(Var v, int argIndex) {
        Type t = type(v.type());
        boolean composite = TypeUtil.isComposite(t);
        SlotKind k = TypeUtil.slotKind(t);
        ExprNode arg = new ExprNode() {
            @Override
            public Object execute(VirtualFrame f) {
                Object a = f.getArguments()[argIndex];
                return composite ? copyValue(a) : a;
            }

            @Override
            public long executeLong(VirtualFrame f) {
                return (Long) f.getArguments()[argIndex];
            }

            @Override
            public double executeDouble(VirtualFrame f) {
                return (Double) f.getArguments()[argIndex];
            }

            @Override
            public boolean executeBool(VirtualFrame f) {
                return (Boolean) f.getArguments()[argIndex];
            }
        };
        if (v.name().isEmpty() || v.name().equals("_")) {
            return new Stmts.Nop();
        }
        return initVar(v, arg);
    }

    @TruffleBoundary
    static Object copyValue(Object a) {
        if (a instanceof GoStruct s) return s.copy();
        if (a instanceof GoArray x) return x.copy();
        return a;
    }

    private void setupResults(Tuple rs, List<StmtNode> pro) {
        results = new VarInfo[rs.size()];
        resultTypes = new Type[rs.size()];
        for (int i = 0; i < rs.size(); i++) {
            Var r = rs.at(i);
            Type t = type(r.type());
            resultTypes[i] = t;
            if (!r.name().isEmpty() && !r.name().equals("_")) {
                pro.add(initVar(r, null));
                results[i] = vars.get(r);
            } else {
                int s = newSlot(TypeUtil.slotKind(t));
                results[i] = new VarInfo(s, TypeUtil.slotKind(t), false, t);
                pro.add(Locals.write(results[i].kind, s, zeroNode(t)));
            }
        }
    }

    private ExprNode resultsNode() {
        if (results.length == 0) return null;
        ExprNode[] rs = new ExprNode[results.length];
        for (int i = 0; i < results.length; i++) {
            VarInfo vi = results[i];
            rs[i] = vi.boxed ? Boxes.readSlotBox(vi.slot, vi.type) : Locals.read(vi.kind, vi.slot);
        }
        if (rs.length == 1) return rs[0];
        return new ExprNode() {
            @Children final ExprNode[] r = rs;

            @Override
            @com.oracle.truffle.api.nodes.ExplodeLoop
            public Object execute(VirtualFrame f) {
                Object[] out = new Object[r.length];
                for (int i = 0; i < r.length; i++) out[i] = r[i].execute(f);
                return out;
            }
        };
    }

    // ================================================================== statements

    StmtNode block(List<Ast.Stmt> list) {
        int declaredBefore = declaredRefs.size();
        // the function body's block: its parameters die in it too
        List<Var> params = paramVars;
        paramVars = List.of();
        Liveness live = liveness ? Liveness.of(list, info, this::storesDirectly) : null;
        java.util.Set<Var> dead = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<StmtNode> out = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        boolean hasLabels = false;
        Ast.Stmt last = null;
        for (int i = 0; i < list.size(); i++) {
            Ast.Stmt s = list.get(i);
            Object label = null;
            if (s instanceof Ast.LabeledStmt ls) {
                label = labelToken(ls.label().name());
                hasLabels = true;
            }
            if (live != null) {
                for (Ast.Ident id : live.movesAt(i)) {
                    Var v = (Var) info.uses.get(id);
                    if (params.contains(v) || declaredVars.subList(declaredBefore, declaredVars.size()).contains(v)) moves.add(id);
                }
            }
            int temps = objectTemps.size();
            StmtNode n = stmt(s);
            List<Integer> clear = new ArrayList<>(objectTemps.subList(temps, objectTemps.size()));
            if (live != null) {
                // Go's liveness: a variable is dead after the last statement that mentions it
                for (Var v : params) {
                    if (live.deadAfter(v, i) && (dead.add(v) || live.storesAt(v, i))) clear.add(vars.get(v).slot);
                }
                for (int k = declaredBefore; k < declaredVars.size(); k++) {
                    Var v = declaredVars.get(k);
                    if (live.deadAfter(v, i) && (dead.add(v) || live.storesAt(v, i))) clear.add(declaredRefs.get(k));
                }
            }
            if (n == null) {
                if (clear.isEmpty()) continue;
                n = clearing(clear);
                clear = List.of();
            }
            last = s;
            out.add(n);
            labels.add(label);
            if (!clear.isEmpty()) {
                // cleared, what only dead variables and the statement's temporaries held is garbage
                out.add(clearing(clear));
                labels.add(null);
            }
        }
        if (live == null && declaredRefs.size() > declaredBefore) {
            // the block's variables go out of scope: Go's liveness has them dead, the collector must too
            out.add(clearing(declaredRefs.subList(declaredBefore, declaredRefs.size())));
            labels.add(null);
        }
        StmtNode[] body = out.toArray(new StmtNode[0]);
        if (hasLabels) return new Stmts.GotoBlock(body, labels.toArray());
        if (body.length == 1) return needsNoSite(last) ? body[0] : new Stmts.Single(body[0]);
        return new Stmts.Block(body);
    }

    /**
     * Whether a one-statement block can do without a {@link Stmts.Single} to name its statement in
     * a traceback: s surely raises no run-time error (a branch, a return of names and literals, a
     * receive into names), or names itself (a send: see Chans.send). This spares the hot
     * {@code if n < 2 { return n }} a node, and a goroutine that blocks in such a statement a Java
     * frame, which every switch would freeze and thaw again (see the sched package). A select
     * does without as well, for that reason: a send case on a closed channel then reports the
     * line of the statement around the select.
     */
    private static boolean needsNoSite(Ast.Stmt s) {
        return switch (s) {
            case Ast.BranchStmt b -> true;
            case Ast.SendStmt send -> true;
            case Ast.SelectStmt sel -> true;
            case Ast.ReturnStmt r -> r.results().stream().allMatch(e -> e instanceof Ast.Ident || e instanceof Ast.BasicLit);
            case Ast.ExprStmt es -> isReceive(es.x());
            case Ast.AssignStmt as -> as.rhs().size() == 1 && isReceive(as.rhs().get(0))
                    && as.lhs().stream().allMatch(e -> e instanceof Ast.Ident);
            default -> false;
        };
    }

    private static boolean isReceive(Ast.Expr e) {
        return unparen(e) instanceof Ast.UnaryExpr u && u.op().equals("<-");
    }

    Object labelToken(String name) {
        return labelTokens.computeIfAbsent(name, k -> new Object() {
            @Override
            public String toString() {
                return "label " + k;
            }
        });
    }

    StmtNode stmt(Ast.Stmt s) {
        StmtNode n = stmt0(s);
        if (n != null) n.at(s.pos());
        return n;
    }

    private StmtNode stmt0(Ast.Stmt s) {
        return switch (s) {
            case Ast.ExprStmt es -> {
                List<StmtNode> prep = Order.prepare(this, List.of(es.x()), null);
                yield withPrep(prep, new Stmts.ExprStmt(exprAnyArity(es.x())), es.pos());
            }
            case Ast.AssignStmt as -> assign(as);
            case Ast.IncDecStmt id -> withPrep(Order.prepareAssign(this, List.of(id.x()), List.of(), null),
                    opAssign(id.x(), id.tok().equals("++") ? "+" : "-", null, id.pos()), id.pos());
            case Ast.DeclStmt ds -> declStmt(ds.decl());
            case Ast.ReturnStmt rs -> returnStmt(rs);
            case Ast.BlockStmt bs -> block(bs.list());
            case Ast.IfStmt is -> ifStmt(is);
            case Ast.ForStmt fs -> forStmt(fs, null);
            case Ast.RangeStmt rs -> rangeStmt(rs, null);
            case Ast.SwitchStmt ss -> switchStmt(ss, null);
            case Ast.TypeSwitchStmt ts -> typeSwitch(ts, null);
            case Ast.SelectStmt ss -> selectStmt(ss, null);
            case Ast.LabeledStmt ls -> labeled(ls);
            case Ast.BranchStmt bs -> branch(bs);
            case Ast.EmptyStmt es -> null;
            case Ast.DeferStmt ds -> deferStmt(ds);
            case Ast.GoStmt gs -> goStmt(gs);
            case Ast.SendStmt ss -> sendStmt(ss);
            default -> throw new UnsupportedOperationException("statement " + s.getClass().getSimpleName());
        };
    }

    private StmtNode labeled(Ast.LabeledStmt ls) {
        String label = ls.label().name();
        return switch (ls.stmt()) {
            case Ast.ForStmt fs -> forStmt(fs, label);
            case Ast.RangeStmt rs -> rangeStmt(rs, label);
            case Ast.SwitchStmt ss -> switchStmt(ss, label);
            case Ast.TypeSwitchStmt ts -> typeSwitch(ts, label);
            case Ast.SelectStmt ss -> selectStmt(ss, label);
            default -> {
                StmtNode n = stmt(ls.stmt());
                yield n == null ? new Stmts.Nop() : n;
            }
        };
    }

    private StmtNode branch(Ast.BranchStmt bs) {
        String label = bs.label() == null ? null : bs.label().name();
        switch (bs.tok()) {
            case "goto":
                return new Stmts.Goto(labelToken(label));
            case "fallthrough":
                return new Stmts.Nop(); // handled by the switch
            case "break":
                for (Target t : targets) {
                    if (label == null ? true : label.equals(t.label())) return new Stmts.Break(t.token());
                }
                throw new IllegalStateException("break target not found");
            case "continue":
                for (Target t : targets) {
                    if (t.isLoop() && (label == null || label.equals(t.label()))) return new Stmts.Continue(t.token());
                }
                throw new IllegalStateException("continue target not found");
            default:
                throw new UnsupportedOperationException(bs.tok());
        }
    }

    private StmtNode declStmt(Ast.GenDecl d) {
        if (!d.tok().equals("var")) return null;
        List<StmtNode> out = new ArrayList<>();
        for (Ast.Spec sp : d.specs()) {
            Ast.ValueSpec vs = (Ast.ValueSpec) sp;
            List<Var> vs2 = new ArrayList<>();
            for (Ast.Ident id : vs.names()) vs2.add((Var) info.defs.get(id));
            if (vs.values().isEmpty()) {
                for (Var v : vs2) out.add(initVar(v, null));
            } else if (vs.values().size() == vs2.size()) {
                // evaluate all values first, then declare (the new names are not in scope of the values)
                if (vs2.size() == 1) {
                    Var v = vs2.get(0);
                    Ast.Expr x = vs.values().get(0);
                    out.addAll(Order.prepare(this, List.of(x), java.util.Collections.singletonList(v == null ? null : type(v.type()))));
                    out.add(initVar(v, v == null ? expr(x) : valueFor(x, type(v.type()))));
                } else {
                    // gc evaluates each value as an assignment of its own: var a, b = g, f() reads g before f runs
                    List<StmtNode> temps = new ArrayList<>();
                    List<ExprNode> reads = new ArrayList<>();
                    for (int i = 0; i < vs2.size(); i++) {
                        Var v = vs2.get(i);
                        Type t = v == null ? typeOf(vs.values().get(i)) : type(v.type());
                        temps.addAll(Order.prepare(this, List.of(vs.values().get(i)), List.of(t)));
                        reads.add(saved(temps, valueFor(vs.values().get(i), t), t));
                    }
                    out.addAll(temps);
                    for (int i = 0; i < vs2.size(); i++) out.add(initVar(vs2.get(i), reads.get(i)));
                }
            } else {
                int tup = tempSlot(SlotKind.OBJECT);
                Ast.Expr rhs = vs.values().get(0);
                out.addAll(Order.prepare(this, List.of(rhs), null));
                out.add(tupleEval(tup, rhs, vs2.size()));
                for (int i = 0; i < vs2.size(); i++) {
                    Var v = vs2.get(i);
                    Type et = tupleType(rhs, i);
                    out.add(initVar(v, v == null ? null : convert(tupleElem(tup, i, et), et, type(v.type()))));
                }
            }
        }
        return new Stmts.Block(out.toArray(new StmtNode[0]));
    }

    // ------------------------------------------------------------------ assignment

    private StmtNode assign(Ast.AssignStmt as) {
        String tok = as.tok();
        if (!tok.equals("=") && !tok.equals(":=")) {
            // x op= v reads x where the statement runs: after v's calls
            List<StmtNode> prep = Order.prepareAssign(this, as.lhs(), as.rhs(), null);
            return withPrep(prep, opAssign(as.lhs().get(0), tok.substring(0, tok.length() - 1), as.rhs().get(0), as.pos()), as.pos());
        }
        boolean define = tok.equals(":=");
        List<Ast.Expr> lhs = new ArrayList<>();
        List<Type> targets = new ArrayList<>();
        for (int i = 0; i < as.lhs().size(); i++) {
            Ast.Expr l = as.lhs().get(i);
            boolean declares = define && newVar(l) != null;
            lhs.add(isBlank(l) || declares ? null : l);
            if (as.rhs().size() == as.lhs().size()) {
                targets.add(isBlank(l) ? null : declares ? type(newVar(l).type()) : typeOf(l));
            }
        }
        if (as.rhs().size() != as.lhs().size()) targets = null; // v1, v2 = f(): the call is the statement's
        return withPrep(Order.prepareAssign(this, lhs, as.rhs(), targets), assign0(as, define), as.pos());
    }

    private StmtNode assign0(Ast.AssignStmt as, boolean define) {
        int n = as.lhs().size();
        if (as.rhs().size() == n) {
            if (n == 1) {
                Ast.Expr l = as.lhs().get(0);
                Ast.Expr r = as.rhs().get(0);
                if (define && newVar(l) != null) {
                    Var v = newVar(l);
                    return initVar(v, valueFor(r, type(v.type())));
                }
                if (isBlank(l)) return new Stmts.ExprStmt(expr(r));
                LV lv = lvalueDirect(l);
                ExprNode v = valueFor(r, lv.type);
                List<StmtNode> out = new ArrayList<>();
                if (!lv.prepare().isEmpty() && callFree(l) && !isOperand(r)) {
                    // p.x = f(): the call first, then p (nil: f has run when the store fails);
                    // p.x = 1/z likewise fails on z == 0 before it looks at p
                    v = saved(out, v, lv.type);
                }
                out.addAll(lv.prepare());
                out.add(lv.store(v));
                return parts(out);
            }
            // parallel assignment: operands of the left and all values (in Go's order: see
            // callsFirst), then the stores in order
            List<StmtNode> out = new ArrayList<>();
            List<StmtNode> operands = new ArrayList<>();
            List<LV> lvs = new ArrayList<>();
            boolean direct = !assignsVariable(as.lhs());
            for (int i = 0; i < n; i++) {
                Ast.Expr l = as.lhs().get(i);
                if (isBlank(l) || define && newVar(l) != null) {
                    lvs.add(null);
                } else {
                    LV lv = direct ? lvalueDirect(l) : lvalue(l);
                    operands.addAll(lv.prepare());
                    lvs.add(lv);
                }
            }
            boolean callsFirst = callsFirst(as.lhs(), as.rhs());
            if (!callsFirst) out.addAll(operands);
            List<ExprNode> vals = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Ast.Expr l = as.lhs().get(i);
                Ast.Expr r = as.rhs().get(i);
                Type t;
                if (isBlank(l)) t = typeOf(r);
                else if (lvs.get(i) != null) t = lvs.get(i).type;
                else t = type(newVar(l).type());
                vals.add(saved(out, valueFor(r, t), t));
            }
            if (callsFirst) out.addAll(operands);
            for (int i = 0; i < n; i++) {
                Ast.Expr l = as.lhs().get(i);
                if (isBlank(l)) continue;
                if (lvs.get(i) == null) out.add(initVar(newVar(l), vals.get(i)));
                else out.add(lvs.get(i).store(vals.get(i)));
            }
            return parts(out);
        }
        // v1, v2 = f() / m[k] / x.(T) / <-ch
        Ast.Expr rhs = as.rhs().get(0);
        List<StmtNode> out = new ArrayList<>();
        List<StmtNode> operands = new ArrayList<>();
        List<LV> lvs = new ArrayList<>();
        boolean direct = !assignsVariable(as.lhs());
        for (Ast.Expr l : as.lhs()) {
            if (isBlank(l) || define && newVar(l) != null) {
                lvs.add(null);
            } else {
                LV lv = direct ? lvalueDirect(l) : lvalue(l);
                operands.addAll(lv.prepare());
                lvs.add(lv);
            }
        }
        boolean callsFirst = callsFirst(as.lhs(), as.rhs());
        if (!callsFirst) out.addAll(operands);
        int tup = tempSlot(SlotKind.OBJECT);
        out.add(tupleEval(tup, rhs, n));
        if (callsFirst) out.addAll(operands);
        for (int i = 0; i < n; i++) {
            Ast.Expr l = as.lhs().get(i);
            if (isBlank(l)) continue;
            Type et = tupleType(rhs, i);
            if (lvs.get(i) == null) {
                Var v = newVar(l);
                out.add(initVar(v, convert(tupleElem(tup, i, et), et, type(v.type()))));
            } else {
                out.add(lvs.get(i).store(convert(tupleElem(tup, i, et), et, lvs.get(i).type)));
            }
        }
        return parts(out);
    }

    /** Appends to out the evaluation of v into a new temporary (of t's slot kind); returns its read. */
    private ExprNode saved(List<StmtNode> out, ExprNode v, Type t) {
        SlotKind k = TypeUtil.slotKind(t);
        int slot = tempSlot(k);
        out.add(Locals.write(k, slot, v));
        return Locals.read(k, slot);
    }

    /** A statement after the copies {@link Order} took out of it (its position kept for its errors). */
    static StmtNode withPrep(List<StmtNode> prep, StmtNode n, Ast.Pos pos) {
        if (prep.isEmpty()) return n;
        n.at(pos);
        List<StmtNode> l = new ArrayList<>(prep);
        l.add(n);
        return parts(l);
    }

    /** An expression after the copies {@link Order} took out of it. */
    static ExprNode withPrep(List<StmtNode> prep, ExprNode n) {
        return prep.isEmpty() ? n : new Stmts.Ordered(prep.toArray(new StmtNode[0]), n);
    }

    /** A condition, tag or operand ordered on its own (as a statement of its own would be). */
    ExprNode ordered(Ast.Expr e) {
        return ordered(e, null);
    }

    /** Operand e ordered on its own and converted to t (null: as it is), as gc assigns it to a temporary. */
    ExprNode ordered(Ast.Expr e, Type t) {
        List<StmtNode> prep = Order.prepare(this, List.of(e), java.util.Collections.singletonList(t));
        ExprNode n = t == null ? expr(e) : valueFor(e, t);
        return prep.isEmpty() ? n : withPrep(prep, n).at(e.pos());
    }

    static StmtNode seq(List<StmtNode> l) {
        if (l.size() == 1) return l.get(0);
        return new Stmts.Block(l.toArray(new StmtNode[0]));
    }

    /** The parts of one assignment, run in order as one statement (see {@link Stmts.Seq}). */
    static StmtNode parts(List<StmtNode> l) {
        if (l.size() == 1) return l.get(0);
        return new Stmts.Seq(l.toArray(new StmtNode[0]));
    }

    static boolean isBlank(Ast.Expr e) {
        return unparen(e) instanceof Ast.Ident id && id.name().equals("_");
    }

    /** The new variable a := declares for identifier e, or null if e is redeclared (assigned). */
    Var newVar(Ast.Expr e) {
        if (e instanceof Ast.Ident id && info.defs.get(id) instanceof Var v) return v;
        return null;
    }

    private StmtNode opAssign(Ast.Expr lhs, String op, Ast.Expr rhs, Ast.Pos pos) {
        LV lv = lvalueDirect(lhs);
        List<StmtNode> out = new ArrayList<>();
        ExprNode y;
        Type yt;
        // whether no code runs between the read and the store (a call on the right runs before)
        boolean settled = rhs == null || callFree(rhs);
        if (rhs == null) {
            y = TypeUtil.isFloat(lv.type) ? new Lit.DoubleLit(1) : TypeUtil.isComplex(lv.type) ? new Lit.ObjLit(new GoComplex(1, 0)) : new Lit.LongLit(1);
            yt = lv.type;
        } else {
            y = expr(rhs);
            yt = typeOf(rhs);
            if (!callFree(rhs) && !isFrameVariable(lv) && (lv.prepare().isEmpty() || callFree(lhs))) {
                // x op= f(): Go makes the call before it reads x (f may change x, or s or i of
                // x = s[i]); a variable of this frame needs no such care, nothing else can change it
                y = saved(out, y, yt);
                settled = true;
            }
        }
        out.addAll(lv.prepare());
        // Only then may a map element keep the entry it read for its store: in m[k()] += f(), f
        // runs in between and may delete k, so the store looks the key up again.
        ExprNode x = settled ? lv.loadForUpdate() : lv.load();
        out.add(lv.store(binary(op, x, lv.type, y, yt, lv.type, pos)));
        return parts(out);
    }

    // ------------------------------------------------------------------ return

    private StmtNode returnStmt(Ast.ReturnStmt rs) {
        List<Ast.Expr> xs = rs.results();
        List<StmtNode> out = new ArrayList<>(Order.prepare(this, xs, xs.size() == resultTypes.length ? List.of(resultTypes) : null));
        if (xs.size() == 1 && results.length > 1) {
            int tup = tempSlot(SlotKind.OBJECT);
            out.add(Locals.write(SlotKind.OBJECT, tup, expr(xs.get(0))));
            for (int i = 0; i < results.length; i++) {
                Type et = tupleType(xs.get(0), i);
                out.add(storeResult(i, convert(tupleElem(tup, i, et), et, resultTypes[i])));
            }
        } else if (xs.size() == 1) {
            out.add(storeResult(0, valueFor(xs.get(0), resultTypes[0])));
        } else if (!xs.isEmpty()) {
            List<ExprNode> reads = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) {
                reads.add(saved(out, valueFor(xs.get(i), resultTypes[i]), resultTypes[i]));
            }
            for (int i = 0; i < xs.size(); i++) out.add(storeResult(i, reads.get(i)));
        }
        return new Stmts.Return(out.toArray(new StmtNode[0]), deferSiteSlot);
    }

    private StmtNode storeResult(int i, ExprNode v) {
        VarInfo vi = results[i];
        if (vi.boxed) return Boxes.writeSlotBox(vi.slot, vi.type, v);
        return Locals.write(vi.kind, vi.slot, v);
    }

    // ------------------------------------------------------------------ if / for / switch

    private StmtNode ifStmt(Ast.IfStmt is) {
        StmtNode init = is.init() == null ? null : stmt(is.init());
        ExprNode cond = ordered(is.cond());
        StmtNode then = block(is.body().list());
        StmtNode els = is.els() == null ? null : stmt(is.els());
        StmtNode n = new Stmts.If(cond, then, els);
        return init == null ? n : new Stmts.Block(new StmtNode[] {init, n});
    }

    private StmtNode forStmt(Ast.ForStmt fs, String label) {
        StmtNode init = fs.init() == null ? null : stmt(fs.init());
        ExprNode cond = fs.cond() == null ? null : ordered(fs.cond());
        StmtNode post = fs.post() == null ? null : stmt(fs.post());
        Object token = new Object();
        targets.push(new Target(label, token, true));
        StmtNode body = block(fs.body().list());
        targets.pop();
        StmtNode loop = new Stmts.For(token, cond, post, body);
        return init == null ? loop : new Stmts.Block(new StmtNode[] {init, loop});
    }

    private StmtNode switchStmt(Ast.SwitchStmt ss, String label) {
        List<StmtNode> pre = new ArrayList<>();
        if (ss.init() != null) {
            StmtNode i = stmt(ss.init());
            if (i != null) pre.add(i);
        }
        Type tagType = null;
        int tagSlot = -1;
        SlotKind tagKind = null;
        if (ss.tag() != null) {
            tagType = typeOf(ss.tag());
            tagKind = TypeUtil.slotKind(tagType);
            tagSlot = tempSlot(tagKind);
            pre.addAll(Order.prepare(this, List.of(ss.tag()), null));
            pre.add(Locals.write(tagKind, tagSlot, expr(ss.tag())));
        }
        Object token = new Object();
        targets.push(new Target(label, token, false));
        List<Ast.CaseClause> clauses = new ArrayList<>();
        for (Ast.Stmt s : ss.body().list()) clauses.add((Ast.CaseClause) s);
        ExprNode[] guards = new ExprNode[clauses.size()];
        StmtNode[] bodies = new StmtNode[clauses.size()];
        boolean[] ft = new boolean[clauses.size()];
        int def = -1;
        for (int i = 0; i < clauses.size(); i++) {
            Ast.CaseClause cc = clauses.get(i);
            if (cc.list().isEmpty()) {
                def = i;
            } else {
                ExprNode g = null;
                for (Ast.Expr e : cc.list()) {
                    ExprNode one;
                    if (tagSlot < 0 && !TypeUtil.isInterface(typeOf(e))) {
                        one = ordered(e); // each case's calls run when the case is tried
                    } else if (tagSlot < 0) {
                        // switch { case i: } with i an interface: the missing tag is true, so i == true
                        one = compare("==", new Lit.BoolLit(true), Basic.BOOL, ordered(e), typeOf(e), e.pos());
                    } else if (isNilExpr(e)) {
                        int ts = tagSlot;
                        one = new ExprNode.BoolExpr() {
                            @Override
                            public boolean executeBool(VirtualFrame f) {
                                return f.getObjectStatic(ts) == null;
                            }
                        };
                    } else {
                        one = compare("==", Locals.read(tagKind, tagSlot), tagType, ordered(e), typeOf(e), e.pos());
                    }
                    g = g == null ? one : new Arith.OrOr(g, one);
                }
                guards[i] = g;
            }
            List<Ast.Stmt> body = cc.body();
            if (!body.isEmpty() && body.get(body.size() - 1) instanceof Ast.BranchStmt b && b.tok().equals("fallthrough")) {
                ft[i] = true;
            }
            bodies[i] = block(body);
        }
        targets.pop();
        StmtNode sw = new Stmts.Switch(token, pre.isEmpty() ? null : seq(pre), guards, bodies, ft, def);
        return sw;
    }

    // ------------------------------------------------------------------ range

    private StmtNode rangeStmt(Ast.RangeStmt rs, String label) {
        int declaredBefore = declaredRefs.size();
        Type xt = typeOf(rs.x());
        Type xu = xt.underlying();
        boolean define = ":=".equals(rs.tok());
        Ast.Expr keyE = rs.key() != null && !isBlank(rs.key()) ? rs.key() : null;
        Ast.Expr valE = rs.value() != null && !isBlank(rs.value()) ? rs.value() : null;
        List<StmtNode> pre = new ArrayList<>();
        // iteration state
        int colSlot = tempSlot(SlotKind.OBJECT);
        int idxSlot = tempSlot(SlotKind.LONG);
        int lenSlot = tempSlot(SlotKind.LONG);
        Type keyType;
        Type valType;
        int kSlot;
        int vSlot;
        SlotKind kk;
        SlotKind vk;
        final int mode; // 0 array/slice/ptr-array, 1 string, 2 map, 3 chan
        if (xu instanceof Basic) {
            mode = 1;
            keyType = Basic.INT;
            valType = Basic.INT32;
        } else if (xu instanceof MapType mt) {
            mode = 2;
            keyType = mt.key();
            valType = mt.elem();
        } else if (xu instanceof Chan ct) {
            mode = 3;
            keyType = ct.elem();
            valType = null;
        } else {
            mode = 0;
            Type at = xu instanceof Pointer p ? p.elem().underlying() : xu;
            keyType = Basic.INT;
            valType = at instanceof Slice s ? s.elem() : ((Array) at).elem();
        }
        kk = TypeUtil.slotKind(keyType);
        kSlot = tempSlot(kk);
        vk = valType == null ? SlotKind.OBJECT : TypeUtil.slotKind(valType);
        vSlot = tempSlot(vk);
        // the range expression, evaluated once (an array ranged with a value variable is copied)
        ExprNode x = ordered(rs.x());
        if (mode == 0 && xu instanceof Array && valE != null) x = copyNode(x);
        pre.add(Locals.write(SlotKind.OBJECT, colSlot, x));
        // variables: := declares them once for the whole loop (Go 1.19)
        StmtNode assignK = null;
        StmtNode assignV = null;
        Object token = new Object();
        // k, v = key, value is one assignment: both left sides' operands are read before either store
        // (for i, s[i] = range xs stores to s at the old i)
        List<StmtNode> valueOperands = List.of();
        LV valueLV = null;
        if (valE != null && !(define && newVar(valE) != null)) {
            valueLV = lvalue(valE);
            valueOperands = valueLV.prepare();
        }
        if (keyE != null) {
            ExprNode kr = Locals.read(kk, kSlot);
            if (define && newVar(keyE) != null) {
                Var v = newVar(keyE);
                pre.add(initVar(v, null));
                assignK = new LocalLV(vars.get(v)).store(kr);
            } else {
                LV lv = lvalue(keyE);
                List<StmtNode> l = new ArrayList<>(lv.prepare());
                l.addAll(valueOperands);
                valueOperands = List.of();
                l.add(lv.store(convert(kr, keyType, lv.type)));
                assignK = parts(l);
            }
        }
        if (valE != null) {
            ExprNode vr = Locals.read(vk, vSlot);
            if (TypeUtil.isComposite(valType)) vr = copyNode(vr);
            if (define && newVar(valE) != null) {
                Var v = newVar(valE);
                pre.add(initVar(v, null));
                assignV = new LocalLV(vars.get(v)).store(vr);
            } else {
                List<StmtNode> l = new ArrayList<>(valueOperands);
                l.add(valueLV.store(convert(vr, valType, valueLV.type)));
                assignV = parts(l);
            }
        }
        targets.push(new Target(label, token, true));
        StmtNode body = block(rs.body().list());
        targets.pop();
        Stmts.RangeStep step = RangeSteps.make(mode, xu, colSlot, idxSlot, lenSlot, kSlot, kk, vSlot, vk, valType != null && valE != null,
                assignK, assignV);
        pre.add(new Stmts.Range(token, step, body));
        // The loop's variables are dead after it (Go's liveness), not only at the end of the enclosing
        // block; its hidden copy of the range expression is a temporary, cleared with the statement (block()).
        if (declaredRefs.size() > declaredBefore) pre.add(clearing(declaredRefs.subList(declaredBefore, declaredRefs.size())));
        return seq(pre);
    }

    ExprNode copyNode(ExprNode x) {
        return new ExprNode() {
            @Child ExprNode v = x;

            @Override
            public Object execute(VirtualFrame f) {
                return copyValue(v.execute(f));
            }
        };
    }

    // ------------------------------------------------------------------ type switch

    private StmtNode typeSwitch(Ast.TypeSwitchStmt ts, String label) {
        List<StmtNode> pre = new ArrayList<>();
        if (ts.init() != null) {
            StmtNode i = stmt(ts.init());
            if (i != null) pre.add(i);
        }
        Ast.TypeAssertExpr ta;
        if (ts.assign() instanceof Ast.ExprStmt es) ta = (Ast.TypeAssertExpr) unparen(es.x());
        else ta = (Ast.TypeAssertExpr) unparen(((Ast.AssignStmt) ts.assign()).rhs().get(0));
        Type xType = typeOf(ta.x());
        int xSlot = tempSlot(SlotKind.OBJECT);
        pre.add(Locals.write(SlotKind.OBJECT, xSlot, ordered(ta.x())));
        Object token = new Object();
        targets.push(new Target(label, token, false));
        List<Ast.CaseClause> clauses = new ArrayList<>();
        for (Ast.Stmt s : ts.body().list()) clauses.add((Ast.CaseClause) s);
        ExprNode[] guards = new ExprNode[clauses.size()];
        StmtNode[] bodies = new StmtNode[clauses.size()];
        int def = -1;
        for (int i = 0; i < clauses.size(); i++) {
            Ast.CaseClause cc = clauses.get(i);
            ExprNode g = null;
            Type single = null;
            if (cc.list().isEmpty()) {
                def = i;
            } else {
                for (Ast.Expr e : cc.list()) {
                    ExprNode one;
                    if (tv(e) != null && tv(e).type() != null && tv(e).type().underlying() instanceof Basic b && b.kind() == BasicKind.UNTYPED_NIL
                            || unparen(e) instanceof Ast.Ident id && info.uses.get(id) instanceof Nil) {
                        one = new Arith.Not(new ExprNode.BoolExpr() {
                            @Override
                            public boolean executeBool(VirtualFrame f) {
                                return f.getObjectStatic(xSlot) != null;
                            }
                        });
                    } else {
                        Type t = typeOf(e);
                        single = t;
                        one = TypeTests.isType(Locals.read(SlotKind.OBJECT, xSlot), t, tr);
                    }
                    g = g == null ? one : new Arith.OrOr(g, one);
                }
                if (cc.list().size() != 1) single = null;
            }
            guards[i] = g;
            List<StmtNode> body = new ArrayList<>();
            Obj sym = info.implicits.get(cc);
            if (sym instanceof Var v) {
                ExprNode val;
                if (single != null && !TypeUtil.isInterface(single)) {
                    val = TypeTests.unwrap(Locals.read(SlotKind.OBJECT, xSlot), single);
                    if (TypeUtil.isComposite(single)) val = copyNode(val);
                } else {
                    val = Locals.read(SlotKind.OBJECT, xSlot);
                }
                body.add(initVar(v, val));
            }
            body.add(block(cc.body()));
            bodies[i] = seq(body);
        }
        targets.pop();
        pre.add(new Stmts.Switch(token, null, guards, bodies, new boolean[clauses.size()], def));
        return seq(pre);
    }

    // ------------------------------------------------------------------ defer, go, send, select

    private StmtNode deferStmt(Ast.DeferStmt ds) {
        if (deferSlot < 0) deferSlot = newSlot(SlotKind.OBJECT);
        int slot = deferSlot;
        PreparedCall pc = prepareCall(ds.call());
        return new StmtNode() {
            @Child PreparedCall p = pc;

            @Override
            public void exec(VirtualFrame f) {
                minigo.interp.Deferred next = (minigo.interp.Deferred) f.getObjectStatic(slot);
                f.setObjectStatic(slot, p.toDeferred(f, next));
            }
        };
    }

    private StmtNode goStmt(Ast.GoStmt gs) {
        PreparedCall pc = prepareCall(gs.call());
        // go f(x...): Go wraps a call with arguments in a closure holding them (funcval + args)
        long size = 0;
        boolean noscan = true;
        if (!gs.call().args().isEmpty()) {
            size = 8;
            for (Ast.Expr a : gs.call().args()) {
                Type at = typeOf(a);
                if (at == null) continue;
                at = defaultType(at);
                long al = Heap.alignOf(at);
                size = (size + al - 1) / al * al + Heap.sizeOf(at);
                noscan &= !Heap.hasPointers(at);
            }
            size = (size + 7) / 8 * 8;
        }
        final long closureSize = size;
        final boolean closureNoscan = noscan;
        return new StmtNode() {
            @Child PreparedCall p = pc;

            @Override
            public void exec(VirtualFrame f) {
                minigo.interp.Deferred d = p.toDeferred(f, null);
                minigo.interp.Goroutines.start(this, d, closureSize, closureNoscan);
            }
        };
    }

    private StmtNode sendStmt(Ast.SendStmt ss) {
        Type ct = typeOf(ss.chan());
        Type et = ((Chan) ct.underlying()).elem();
        List<StmtNode> prep = Order.prepare(this, List.of(ss.chan(), ss.value()), java.util.Arrays.asList(null, et));
        ExprNode ch = expr(ss.chan());
        ExprNode v = valueFor(ss.value(), et);
        return withPrep(prep, new StmtNode() {
            @Child ExprNode c = ch;
            @Child ExprNode val = v;

            @Override
            public void exec(VirtualFrame f) {
                Object chan = c.execute(f);
                Object x = val.execute(f);
                minigo.interp.Chans.send(this, chan, x);
            }
        }, ss.pos());
    }

    private StmtNode selectStmt(Ast.SelectStmt ss, String label) {
        Object token = new Object();
        targets.push(new Target(label, token, false));
        List<Ast.CommClause> clauses = new ArrayList<>();
        for (Ast.Stmt s : ss.body().list()) clauses.add((Ast.CommClause) s);
        int n = clauses.size();
        ExprNode[] chans = new ExprNode[n];
        ExprNode[] sendVals = new ExprNode[n];
        int[] kinds = new int[n]; // 0 default, 1 send, 2 recv
        StmtNode[] bodies = new StmtNode[n];
        int recvSlot = tempSlot(SlotKind.OBJECT);
        int okSlot = tempSlot(SlotKind.BOOL);
        for (int i = 0; i < n; i++) {
            Ast.CommClause cc = clauses.get(i);
            List<StmtNode> body = new ArrayList<>();
            if (cc.comm() == null) {
                kinds[i] = 0;
            } else if (cc.comm() instanceof Ast.SendStmt snd) {
                kinds[i] = 1;
                // gc copies each case's operands on entry, in order, each ordered on its own
                chans[i] = new minigo.interp.nodes.Sited(ordered(snd.chan())).at(snd.chan().pos());
                sendVals[i] = new minigo.interp.nodes.Sited(ordered(snd.value(), ((Chan) typeOf(snd.chan()).underlying()).elem()))
                        .at(snd.value().pos());
            } else {
                kinds[i] = 2;
                Ast.Expr recvE;
                List<Ast.Expr> lhs = List.of();
                String tok = null;
                if (cc.comm() instanceof Ast.ExprStmt es) {
                    recvE = unparen(es.x());
                } else {
                    Ast.AssignStmt as = (Ast.AssignStmt) cc.comm();
                    recvE = unparen(as.rhs().get(0));
                    lhs = as.lhs();
                    tok = as.tok();
                }
                Ast.Expr chE = ((Ast.UnaryExpr) recvE).x();
                chans[i] = new minigo.interp.nodes.Sited(ordered(chE)).at(chE.pos());
                Type et = ((Chan) typeOf(chE).underlying()).elem();
                ExprNode got = unboxTo(Locals.read(SlotKind.OBJECT, recvSlot), et);
                for (int j = 0; j < lhs.size(); j++) {
                    Ast.Expr l = lhs.get(j);
                    if (isBlank(l)) continue;
                    ExprNode val = j == 0 ? got : Locals.read(SlotKind.BOOL, okSlot);
                    Type vt = j == 0 ? et : Basic.BOOL;
                    if (":=".equals(tok)) {
                        body.add(initVar(newVar(l), val));
                    } else {
                        LV lv = lvalue(l);
                        body.addAll(lv.prepare());
                        body.add(lv.store(convert(val, vt, lv.type)));
                    }
                }
            }
            body.add(block(cc.body()));
            bodies[i] = seq(body);
        }
        targets.pop();
        return new minigo.interp.SelectNode(token, kinds, chans, sendVals, bodies, recvSlot, okSlot);
    }

    /** Converts a boxed Object (from a generic container) to the typed representation expected for t. */
    ExprNode unboxTo(ExprNode x, Type t) {
        return x; // boxed Long/Double/Boolean already satisfy executeLong etc.
    }

    // ================================================================== expressions

    /** An expression used as a statement or whose results may be several (a tuple). */
    ExprNode exprAnyArity(Ast.Expr e) {
        Ast.Expr u = unparen(e);
        ExprNode copy = hoistedRead(u); // f(g()) with g's results taken first
        if (copy != null) return copy;
        if (u instanceof Ast.CallExpr c) return call(c);
        if (u instanceof Ast.UnaryExpr ue && ue.op().equals("<-")) return recv(ue, false);
        return expr(e);
    }

    ExprNode expr(Ast.Expr e) {
        ExprNode copy = hoistedRead(e);
        ExprNode n = copy != null ? copy : expr0(e);
        return n.at(e.pos());
    }

    /** The read of e's temporary if {@link Order} evaluated e ahead of its statement, else null. */
    private ExprNode hoistedRead(Ast.Expr e) {
        Hoisted h = hoisted.isEmpty() ? null : hoisted.get(e);
        return h == null ? null : Locals.read(h.kind(), h.slot());
    }

    private ExprNode expr0(Ast.Expr e) {
        TypeAndValue tv = tv(e);
        if (tv != null && tv.value() != null) {
            return constant(tv.value(), type(tv.type()));
        }
        return switch (e) {
            case Ast.ParenExpr p -> expr(p.x());
            case Ast.Ident id -> ident(id);
            case Ast.FuncLit fl -> funcLit(fl);
            case Ast.CompositeLit cl -> compositeLit(cl, typeOf(cl));
            case Ast.SelectorExpr se -> selector(se);
            case Ast.IndexExpr ie -> index(ie);
            case Ast.IndexListExpr il -> funcValueOfInstance(il.x());
            case Ast.SliceExpr se -> sliceExpr(se);
            case Ast.TypeAssertExpr ta -> typeAssert(ta, false);
            case Ast.CallExpr c -> call(c);
            case Ast.StarExpr se -> deref(se.x(), typeOf(e));
            case Ast.UnaryExpr ue -> unary(ue);
            case Ast.BinaryExpr be -> binaryExpr(be);
            default -> throw new UnsupportedOperationException("expression " + e.getClass().getSimpleName() + " at " + e.pos());
        };
    }

    /** The value of e converted to type target (boxing into interfaces) and copied if it is a composite read from a location. */
    ExprNode valueFor(Ast.Expr e, Type target) {
        if (isNilExpr(e)) return new Lit.ObjLit(null);
        Type from = typeOf(e);
        ExprNode n = expr(e);
        if (TypeUtil.isComposite(from) && !isFresh(e)) n = copyNode(n);
        if (target != null && TypeUtil.isInterface(target) && !TypeUtil.isInterface(from)
                && !(from.underlying() instanceof Basic b && b.kind() == BasicKind.UNTYPED_NIL)) {
            // the operand is the escape analysis' site of an implicit conversion to an interface
            TypeAndValue etv = tv(e);
            return makeIface(n, from, (etv == null || etv.value() == null) && tr.heapSite(pkg, e));
        }
        return convert(n, from, target);
    }

    /** Whether e yields a value no location holds (so it need not be copied). */
    boolean isFresh(Ast.Expr e) {
        e = unparen(e);
        if (hoisted.containsKey(e)) return true; // a call's result, or a copy Order made
        if (e instanceof Ast.CompositeLit) return true;
        if (e instanceof Ast.CallExpr c) {
            TypeAndValue ftv = tv(c.fun());
            return ftv == null || !ftv.isType();
        }
        return false;
    }

    /** Implicit conversion of a value of type from to type target (assignability): only interfaces need work. */
    ExprNode convert(ExprNode n, Type from, Type target) {
        if (target == null || from == null) return n;
        if (TypeUtil.isInterface(target) && !TypeUtil.isInterface(from)) {
            if (from.underlying() instanceof Basic b && b.kind() == BasicKind.UNTYPED_NIL) return n;
            return makeIface(n, from);
        }
        return n;
    }

    ExprNode makeIface(ExprNode n, Type from) {
        return makeIface(n, from, true);
    }

    /**
     * Boxes a value into an interface; mayAlloc false when Go would not allocate whatever the value
     * (a constant boxed from read-only data, a conversion kept on the stack). Otherwise the convT
     * Go picks for the type decides, from the value, how many bytes are allocated.
     */
    ExprNode makeIface(ExprNode n, Type from, boolean mayAlloc) {
        Type dyn = TypeUtil.canon(defaultType(from));
        long size = Heap.sizeOf(dyn);
        SlotKind k = TypeUtil.slotKind(dyn);
        minigo.runtime.iface.ConvT conv = Heap.convT(dyn);
        boolean noscan = conv.noscan(Heap.hasPointers(dyn));
        boolean f32 = TypeUtil.isFloat32(dyn);
        return new ExprNode() {
            @Child ExprNode x = n;

            @Override
            public Object execute(VirtualFrame f) {
                Object v = switch (k) {
                    case LONG -> x.executeLong(f);
                    case DOUBLE -> x.executeDouble(f);
                    case BOOL -> x.executeBool(f);
                    default -> x.execute(f);
                };
                if (mayAlloc) {
                    // A pattern switch throws on null: a nil slice, map or pointer boxes with no bits.
                    long bits = v == null ? 0L : switch (v) {
                        case Long l -> size >= 8 ? l : l & ((1L << (8 * size)) - 1);
                        case Double d -> f32 ? Float.floatToRawIntBits((float) (double) d) & 0xffffffffL : Double.doubleToRawLongBits(d);
                        default -> 0L;
                    };
                    boolean zero = v == null || (v instanceof minigo.interp.values.GoString gs && gs.length() == 0);
                    long bytes = conv.allocSize(size, bits, zero);
                    if (bytes > 0) return Heap.alloc(new Iface(dyn, v), bytes, noscan);
                }
                return new Iface(dyn, v);
            }
        };
    }

    static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> Basic.BOOL;
                case UNTYPED_INT -> Basic.INT;
                case UNTYPED_RUNE -> Basic.INT32;
                case UNTYPED_FLOAT -> Basic.FLOAT64;
                case UNTYPED_COMPLEX -> Basic.COMPLEX128;
                case UNTYPED_STRING -> Basic.STRING;
                default -> t;
            };
        }
        return t;
    }

    // ------------------------------------------------------------------ constants

    ExprNode constant(Constant c, Type t) {
        if (TypeUtil.isInterface(t)) {
            Type dt = switch (c) {
                case Constant.Bool b -> Basic.BOOL;
                case Constant.Int i -> Basic.INT;
                case Constant.Float fl -> Basic.FLOAT64;
                case Constant.Str s -> Basic.STRING;
                case Constant.Complex cx -> Basic.COMPLEX128;
            };
            return makeIface(constant(c, dt), dt, false);
        }
        Type u = defaultType(t).underlying();
        if (u instanceof Basic b) {
            if (b.isInteger()) {
                return new Lit.LongLit(TypeUtil.intKind(u).normalize(c.int64Value()));
            }
            if (b.isFloat()) {
                double d = c.float64Value();
                if (b.kind() == BasicKind.FLOAT32) d = (float) d;
                return new Lit.DoubleLit(d);
            }
            if (b.isBoolean()) return new Lit.BoolLit(((Constant.Bool) c).value());
            if (b.isString()) {
                if (c instanceof Constant.Str s) return new Lit.ObjLit(GoString.wrap(s.bytes()));
                if (c instanceof Constant.Int i) return new Lit.ObjLit(GoString.fromRune(i.value().longValue()));
            }
            if (b.isComplex()) {
                if (c instanceof Constant.Complex cx) {
                    return new Lit.ObjLit(new GoComplex(cx.re().float64Value(), cx.im().float64Value()));
                }
                return new Lit.ObjLit(new GoComplex(c.float64Value(), 0));
            }
        }
        throw new IllegalStateException("constant " + c + " of type " + t);
    }

    // ------------------------------------------------------------------ identifiers and selectors

    private ExprNode ident(Ast.Ident id) {
        Obj o = info.objectOf(id);
        if (o instanceof Var v) return moving(id, v, readVar(v));
        if (o instanceof Func f) return funcValue(f, instanceArgs(id));
        if (o instanceof Nil) return new Lit.ObjLit(null);
        if (o instanceof Const c) return constant(c.value(), type(c.type()));
        throw new UnsupportedOperationException("identifier " + id.name() + " (" + o + ") at " + id.pos());
    }

    List<Type> instanceArgs(Ast.Ident id) {
        Instance in = info.instances.get(id);
        if (in == null) return List.of();
        List<Type> out = new ArrayList<>();
        for (Type t : in.typeArgs()) out.add(type(t));
        return out;
    }

    ExprNode funcValue(Func f, List<Type> targs) {
        FuncRef ref = tr.funcRef(f, targs);
        return new ExprNode() {
            GoFunc cached;

            @Override
            public Object execute(VirtualFrame f) {
                GoFunc g = cached;
                if (g == null) {
                    com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                    g = cached = new GoFunc(ref.target());
                }
                return g;
            }
        };
    }

    private ExprNode funcValueOfInstance(Ast.Expr x) {
        x = unparen(x);
        Ast.Ident id = x instanceof Ast.SelectorExpr se ? se.sel() : (Ast.Ident) x;
        return funcValue((Func) info.objectOf(id), instanceArgs(id));
    }

    /**
     * The selection se denotes in this instance. A method selected on a type-parameter operand is
     * the constraint's method to the checker; here the operand has its type argument's type, so the
     * method is that type's own (found by the same lookup the checker does for a concrete type).
     */
    Selection selection(Ast.SelectorExpr se) {
        Selection sel = info.selections.get(se);
        if (sel == null || subst.isEmpty() || sel.kind() == Selection.Kind.FIELD_VAL) return sel;
        Type orig = sel.kind() == Selection.Kind.METHOD_EXPR ? sel.recv() : info.typeOf(se.x());
        if (!(orig instanceof TypeParam)) return sel;
        Type t = type(orig);
        Types.Lookup l = Types.lookupFieldOrMethod(t, false, sel.obj().pkg(), sel.obj().name());
        if (l.obj() == null) throw new IllegalStateException("no method " + sel.obj().name() + " in " + t);
        return new Selection(sel.kind(), t, l.obj(), l.index(), l.indirect());
    }

    private ExprNode selector(Ast.SelectorExpr se) {
        Selection sel = selection(se);
        if (sel == null) {
            // qualified identifier pkg.Name
            Obj o = info.uses.get(se.sel());
            if (o instanceof Var v) return readVar(v);
            if (o instanceof Func f) return funcValue(f, instanceArgs(se.sel()));
            if (o instanceof Const c) return constant(c.value(), type(c.type()));
            throw new UnsupportedOperationException("selector " + se.sel().name());
        }
        switch (sel.kind()) {
            case FIELD_VAL: {
                List<Integer> path = sel.index();
                ExprNode base = expr(se.x());
                Type bt = typeOf(se.x());
                for (int i = 0; i < path.size() - 1; i++) {
                    Struct st = structOf(bt);
                    Var fv = st.field(path.get(i));
                    base = Fields.read(base, path.get(i), type(fv.type()));
                    bt = type(fv.type());
                }
                Struct st = structOf(bt);
                int fi = path.get(path.size() - 1);
                return Fields.read(base, fi, type(st.field(fi).type()));
            }
            case METHOD_VAL:
                return methodValue(se, sel);
            case METHOD_EXPR:
                return methodExpr(se, sel);
            default:
                throw new IllegalStateException();
        }
    }

    /** The struct type reached from t (t, or *t's element). */
    Struct structOf(Type t) {
        Type u = t.underlying();
        if (u instanceof Pointer p) u = type(p.elem()).underlying();
        return (Struct) u;
    }

    /** Navigates the embedded fields of a selection path (all but the last index); returns the receiver node and its type. */
    Object[] navigate(ExprNode base, Type bt, List<Integer> path) {
        for (int i = 0; i < path.size() - 1; i++) {
            Struct st = structOf(bt);
            Var fv = st.field(path.get(i));
            base = Fields.read(base, path.get(i), type(fv.type()));
            bt = type(fv.type());
        }
        return new Object[] {base, bt};
    }

    // ------------------------------------------------------------------ methods

    /** The receiver argument for calling method m selected by se (auto & and auto * as Go does). */
    ExprNode receiverFor(Ast.SelectorExpr se, Selection sel, Func m) {
        List<Integer> path = sel.index();
        ExprNode node;
        Type t;
        if (path.size() == 1) {
            t = typeOf(se.x());
            if (m.hasPtrRecv() && !(t.underlying() instanceof Pointer)) {
                return addressOf(se.x());
            }
            node = expr(se.x());
        } else {
            // through the embedded fields but the last, then that one: read, or its address taken
            Object[] nav = navigate(expr(se.x()), typeOf(se.x()), path.subList(0, path.size() - 1));
            ExprNode parent = (ExprNode) nav[0];
            int last = path.get(path.size() - 2);
            t = type(structOf((Type) nav[1]).field(last).type());
            // a pointer method of an embedded non-struct value (struct{ T } with type T int): &x.T
            if (m.hasPtrRecv() && !(t.underlying() instanceof Pointer) && !TypeUtil.isComposite(t)) return Fields.address(parent, last);
            node = Fields.read(parent, last, t);
            if (m.hasPtrRecv()) return node; // an embedded struct value is its own address; a pointer field is the pointer
        }
        if (!m.hasPtrRecv() && t.underlying() instanceof Pointer p) {
            return deref(node, type(p.elem()));
        }
        return node;
    }

    /** The type whose method set provides the selected method (after embedded navigation). */
    Type receiverBaseType(Ast.SelectorExpr se, Selection sel) {
        List<Integer> path = sel.index();
        Type t = typeOf(se.x());
        if (path.size() > 1) t = (Type) navigate(new Lit.ObjLit(null), t, path)[1];
        return t;
    }

    private ExprNode methodValue(Ast.SelectorExpr se, Selection sel) {
        Func m = (Func) sel.obj();
        Type bt = receiverBaseType(se, sel);
        // the method value's closure: funcval + the receiver (as the method takes it)
        boolean heap = tr.heapSite(pkg, se);
        if (TypeUtil.isInterface(bt)) {
            ExprNode recv = sel.index().size() == 1 ? expr(se.x()) : (ExprNode) navigate(expr(se.x()), typeOf(se.x()), sel.index())[0];
            String mname = m.name();
            Translator t = tr;
            return new ExprNode() {
                @Child ExprNode r = recv;

                @Override
                public Object execute(VirtualFrame f) {
                    Iface i = (Iface) r.execute(f);
                    if (i == null) throw RuntimeErrors.nilDeref();
                    GoFunc fn = GoFunc.bound(t.method((Type) i.type, mname), i.value);
                    return heap ? Heap.alloc(fn, 24, false) : fn;
                }
            };
        }
        FuncRef ref = tr.funcRef(m, Translator.recvTypeArgs(bt));
        ExprNode recv = receiverFor(se, sel, m);
        boolean copy = !m.hasPtrRecv();
        Type rt = m.hasPtrRecv() || bt.underlying() instanceof Pointer ? null : bt;
        long recvSize = rt == null ? 8 : Heap.sizeOf(rt);
        long closureSize = (8 + recvSize + 7) / 8 * 8;
        boolean noscan = rt != null && !Heap.hasPointers(rt);
        return new ExprNode() {
            @Child ExprNode r = recv;

            @Override
            public Object execute(VirtualFrame f) {
                Object rv = r.execute(f);
                if (copy) rv = copyValue(rv);
                GoFunc fn = GoFunc.bound(ref.target(), rv);
                return heap ? Heap.alloc(fn, closureSize, noscan) : fn;
            }
        };
    }

    private ExprNode methodExpr(Ast.SelectorExpr se, Selection sel) {
        Func m = (Func) sel.obj();
        Type recvT = typeOf(se.x());
        boolean ptrToNonStruct = recvT instanceof Pointer p && !m.hasPtrRecv() && !TypeUtil.isComposite(type(p.elem()));
        if (TypeUtil.isInterface(recvT)) {
            String mname = m.name();
            var target = new MethodExprRoot(tr.lang, mname, null, tr, false).getCallTarget();
            return new Lit.ObjLit(new GoFunc(target));
        }
        if (sel.index().size() > 1) {
            // promoted through embedded fields: the receiver's method table has the wrapper that
            // walks the embedding path (and loads through embedded pointers), as for an interface
            com.oracle.truffle.api.RootCallTarget promoted = tr.methodOfStatic(type(recvT), m.name());
            return new Lit.ObjLit(new GoFunc(new MethodExprRoot(tr.lang, m.name(), promoted, tr).getCallTarget()));
        }
        FuncRef ref = tr.funcRef(m, Translator.recvTypeArgs(recvT));
        return new ExprNode() {
            GoFunc cached;

            @Override
            public Object execute(VirtualFrame f) {
                if (cached == null) {
                    com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                    cached = new GoFunc(new MethodExprRoot(tr.lang, ref.name, ref, tr, ptrToNonStruct).getCallTarget());
                }
                return cached;
            }
        };
    }

    // ------------------------------------------------------------------ calls

    ExprNode call(Ast.CallExpr c) {
        ExprNode n = call0(c);
        // a traceback shows a caller at its call's parenthesis, as gc positions calls
        // (func() {...}() on several lines is at its last)
        return n instanceof Calls.StaticCall || n instanceof Calls.ValueCall || n instanceof Calls.IfaceCall ? n.at(c.lparen()) : n;
    }

    private ExprNode call0(Ast.CallExpr c) {
        Ast.Expr fun = unparen(c.fun());
        TypeAndValue ftv = tv(fun);
        if (ftv != null && ftv.isType()) {
            return conversion(c.args().get(0), typeOf(fun), c);
        }
        Obj fo = calleeObj(fun);
        if (fo instanceof Builtin b) return Builtins.call(this, c, b);
        Signature sig = (Signature) typeOf(fun).underlying();
        if (fun instanceof Ast.SelectorExpr se && selection(se) instanceof Selection sel && sel.kind() == Selection.Kind.METHOD_VAL) {
            Func m = (Func) sel.obj();
            Type bt = receiverBaseType(se, sel);
            Calls.Args args = args(c, sig);
            if (TypeUtil.isInterface(bt)) {
                ExprNode recv = sel.index().size() == 1 ? expr(se.x()) : (ExprNode) navigate(expr(se.x()), typeOf(se.x()), sel.index())[0];
                return new Calls.IfaceCall(recv, m.name(), args, tr);
            }
            return new Calls.StaticCall(tr.funcRef(m, Translator.recvTypeArgs(bt)), receiverFor(se, sel, m), args);
        }
        if (fo instanceof Func f) {
            var intrinsic = Intrinsics.of(f);
            if (intrinsic != null && c.args().size() == 1 && sig.params().size() == 1 && !sig.variadic()
                    && !(typeOf(c.args().get(0)) instanceof Tuple)) {
                return intrinsic.apply(valueFor(c.args().get(0), type(sig.params().typeAt(0)))).at(c.pos());
            }
            Ast.Ident id = calleeIdent(fun);
            return new Calls.StaticCall(tr.funcRef(f, instanceArgs(id)), null, args(c, sig));
        }
        return new Calls.ValueCall(expr(fun), args(c, sig));
    }

    private Ast.Ident calleeIdent(Ast.Expr fun) {
        fun = unparen(fun);
        if (fun instanceof Ast.IndexExpr ie) fun = unparen(ie.x());
        if (fun instanceof Ast.IndexListExpr il) fun = unparen(il.x());
        if (fun instanceof Ast.Ident id) return id;
        if (fun instanceof Ast.SelectorExpr se && info.selections.get(se) == null) return se.sel();
        return null;
    }

    /** The object a call's function expression denotes directly (a Func or a Builtin), or null for func values. */
    Obj calleeObj(Ast.Expr fun) {
        Ast.Ident id = calleeIdent(fun);
        if (id == null) return null;
        Obj o = info.objectOf(id);
        return o instanceof Func || o instanceof Builtin ? o : null;
    }

    /** Argument nodes for a call of a function with signature sig (variadic packing, f(g()) spreading, interface boxing). */
    Calls.Args args(Ast.CallExpr c, Signature sig) {
        return args(c, sig, false);
    }

    /** each: every argument is an assignment of its own, ordered on its own (go and defer). */
    private Calls.Args args(Ast.CallExpr c, Signature sig, boolean each) {
        Tuple ps = sig.params();
        int np = ps.size();
        boolean variadic = sig.variadic();
        List<Ast.Expr> as = c.args();
        if (as.size() == 1 && typeOf(as.get(0)) instanceof Tuple tt && tt.size() != 1) {
            int tup = tempSlot(SlotKind.OBJECT);
            StmtNode ev = Locals.write(SlotKind.OBJECT, tup, exprAnyArity(as.get(0)));
            List<ExprNode> elems = new ArrayList<>();
            List<ExprNode> extra = new ArrayList<>();
            for (int i = 0; i < tt.size(); i++) {
                Type et = type(tt.typeAt(i));
                if (variadic && i >= np - 1) {
                    Type vt = ((Slice) type(ps.typeAt(np - 1)).underlying()).elem();
                    extra.add(convert(tupleElem(tup, i, et), et, type(vt)));
                } else {
                    elems.add(convert(tupleElem(tup, i, et), et, type(ps.typeAt(i))));
                }
            }
            if (variadic) elems.add(packVariadic(extra, type(ps.typeAt(np - 1)), tr.heapSite(pkg, c)));
            return new Calls.SpreadArgs(ev, elems.toArray(new ExprNode[0]));
        }
        List<ExprNode> out = new ArrayList<>();
        int fixed = variadic ? np - 1 : np;
        for (int i = 0; i < fixed; i++) out.add(argValue(as.get(i), type(ps.typeAt(i)), each));
        if (variadic) {
            Type st = type(ps.typeAt(np - 1));
            if (c.hasEllipsis()) {
                out.add(argValue(as.get(np - 1), st, each));
            } else {
                Type et = ((Slice) st.underlying()).elem();
                List<ExprNode> extra = new ArrayList<>();
                for (int i = fixed; i < as.size(); i++) extra.add(argValue(as.get(i), type(et), each));
                out.add(packVariadic(extra, st, tr.heapSite(pkg, c)));
            }
        }
        return new Calls.PlainArgs(out.toArray(new ExprNode[0]));
    }

    private ExprNode argValue(Ast.Expr a, Type t, boolean each) {
        return each ? ordered(a, t) : valueFor(a, t);
    }

    /** The implicit slice of a variadic call; heap: escape analysis says it escapes. */
    ExprNode packVariadic(List<ExprNode> elems, Type sliceType, boolean heap) {
        if (elems.isEmpty()) return new Lit.ObjLit(null);
        Type et = type(((Slice) sliceType.underlying()).elem());
        long[] idx = new long[elems.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        return Composites.arrayLit(TypeUtil.layout(et), idx.length, idx, elems.toArray(new ExprNode[0]), true,
                Heap.sizeOf(et) * idx.length, heap);
    }

    ExprNode tupleElem(int slot, int i, Type t) {
        return new Calls.TupleElem(slot, i);
    }

    Type tupleType(Type tt, int i) {
        return tt instanceof Tuple t ? type(t.typeAt(i)) : tt;
    }

    /** The type of element i of the tuple rhs produces (a call's results, or v/ok of a comma-ok form). */
    Type tupleType(Ast.Expr rhs, int i) {
        Type t = typeOf(rhs);
        if (t instanceof Tuple tt) return type(tt.typeAt(i));
        if (i == 1) return Basic.BOOL;
        return t;
    }

    /** Evaluates a tuple-producing expression (call, comma-ok map index / assertion / receive) into an Object[] slot. */
    StmtNode tupleEval(int slot, Ast.Expr rhs, int n) {
        Ast.Expr r = unparen(rhs);
        ExprNode node;
        if (r instanceof Ast.CallExpr c) node = call(c);
        else if (r instanceof Ast.IndexExpr ie) node = mapIndex(ie, true);
        else if (r instanceof Ast.TypeAssertExpr ta) node = typeAssert(ta, true);
        else if (r instanceof Ast.UnaryExpr ue && ue.op().equals("<-")) node = recv(ue, true);
        else throw new UnsupportedOperationException("tuple from " + r.getClass().getSimpleName());
        return Locals.write(SlotKind.OBJECT, slot, node);
    }

    // ------------------------------------------------------------------ conversions

    ExprNode conversion(Ast.Expr arg, Type to) {
        return conversion(arg, to, null);
    }

    ExprNode conversion(Ast.Expr arg, Type to, Ast.CallExpr site) {
        Type from = typeOf(arg);
        TypeAndValue ctv = tv(arg);
        if (ctv != null && ctv.value() != null && Types.isConstType(to)) {
            // a constant converted to a type parameter (T(0), T(-1i)): not a constant to the
            // checker, but each instance converts the constant itself (an untyped 0 to complex128)
            return constant(ctv.value(), to);
        }
        final ExprNode x = expr(arg);
        if (TypeUtil.isInterface(to)) {
            if (TypeUtil.isInterface(from) || isNilType(from) || isNilExpr(arg)) return x;
            TypeAndValue atv = tv(arg);
            boolean mayAlloc = (atv == null || atv.value() == null) && tr.heapSite(pkg, site);
            return makeIface(TypeUtil.isComposite(from) && !isFresh(arg) ? copyNode(x) : x, from, mayAlloc);
        }
        Type fu = from.underlying();
        Type tu = to.underlying();
        if (tu instanceof Basic ub && ub.kind() == BasicKind.UNSAFE_POINTER && fu instanceof Pointer p) {
            return UnsafePointers.fromPointer(x, TypeUtil.layout(type(p.elem())));
        }
        if (fu instanceof Basic ub && ub.kind() == BasicKind.UNSAFE_POINTER) {
            if (tu instanceof Pointer p) return UnsafePointers.toPointer(x, TypeUtil.layout(type(p.elem())), to.toString());
            if (tu instanceof Basic tb && tb.isInteger()) return UnsafePointers.toUintptr(x);
        }
        if (tu instanceof Basic tb && fu instanceof Basic fb) {
            if (tb.isInteger() && fb.isInteger()) {
                IntKind k = TypeUtil.intKind(tu);
                return new ExprNode.LongExpr() {
                    @Child ExprNode v = x;

                    @Override
                    public long executeLong(VirtualFrame f) {
                        return k.normalize(v.executeLong(f));
                    }
                };
            }
            if (tb.isInteger() && fb.isFloat()) {
                IntKind k = TypeUtil.intKind(tu);
                return new ExprNode.LongExpr() {
                    @Child ExprNode v = x;

                    @Override
                    public long executeLong(VirtualFrame f) {
                        return minigo.interp.values.Arith.floatToInt(TypeUtil.valueKind(tu), v.executeDouble(f));
                    }
                };
            }
            if (tb.isFloat() && fb.isInteger()) {
                IntKind k = TypeUtil.intKind(fu);
                boolean f32 = tb.kind() == BasicKind.FLOAT32;
                return new ExprNode.DoubleExpr() {
                    @Child ExprNode v = x;

                    @Override
                    public double executeDouble(VirtualFrame f) {
                        long l = v.executeLong(f);
                        if (k == IntKind.U64) {
                            return f32 ? minigo.interp.values.Arith.uint64ToFloat32(l) : minigo.interp.values.Arith.uint64ToDouble(l);
                        }
                        return f32 ? (double) (float) l : (double) l;
                    }
                };
            }
            if (tb.isFloat() && fb.isFloat()) {
                if (tb.kind() == BasicKind.FLOAT32) {
                    return new ExprNode.DoubleExpr() {
                        @Child ExprNode v = x;

                        @Override
                        public double executeDouble(VirtualFrame f) {
                            return (float) v.executeDouble(f);
                        }
                    };
                }
                return x;
            }
            if (tb.isComplex() && fb.isComplex()) {
                if (tb.kind() == BasicKind.COMPLEX64) {
                    return new ExprNode() {
                        @Child ExprNode v = x;

                        @Override
                        public Object execute(VirtualFrame f) {
                            return ((GoComplex) v.execute(f)).toComplex64();
                        }
                    };
                }
                return x;
            }
            if (tb.kind() == BasicKind.UNSAFE_POINTER && fb.isInteger()) {
                // unsafe.Pointer(0) is nil: the only integer the checker lets through (see UnsafePointers)
                return new Lit.ObjLit(null);
            }
            if (tb.isString() && fb.isInteger()) {
                // intstring: a 4-byte rawstring unless the result stays on the stack
                boolean heapStr = tr.heapSite(pkg, site) && (tv(arg) == null || tv(arg).value() == null);
                return new ExprNode() {
                    @Child ExprNode v = x;

                    @Override
                    public Object execute(VirtualFrame f) {
                        GoString r = GoString.fromRune(v.executeLong(f));
                        return heapStr ? Heap.alloc(r.unshared(), 4, true) : r;
                    }
                };
            }
            return x; // string -> string, same kinds
        }
        if (tu instanceof Basic tb && tb.isString() && fu instanceof Slice s) {
            boolean bytes = TypeUtil.basicKind(s.elem()) == BasicKind.UINT8;
            boolean heapStr = tr.heapSite(pkg, site);
            return new ExprNode() {
                @Child ExprNode v = x;

                @Override
                public Object execute(VirtualFrame f) {
                    minigo.interp.values.GoSlice sl = (minigo.interp.values.GoSlice) v.execute(f);
                    GoString r = bytes ? GoString.fromBytes(sl) : GoString.fromRunes(sl);
                    // slicebytetostring: 0 and 1 bytes come from static data; a non-escaping
                    // result up to 32 bytes uses the stack buffer; else a rawstring of len bytes
                    long n = r.length();
                    if (n > (bytes ? 1 : 0) && (heapStr || n > 32)) return Heap.alloc(r.unshared(), n, true);
                    return r;
                }
            };
        }
        if (tu instanceof Slice s && fu instanceof Basic fb && fb.isString()) {
            boolean bytes = TypeUtil.basicKind(s.elem()) == BasicKind.UINT8;
            boolean heapSl = tr.heapSite(pkg, site);
            return new ExprNode() {
                @Child ExprNode v = x;

                @Override
                public Object execute(VirtualFrame f) {
                    GoString str = (GoString) v.execute(f);
                    minigo.interp.values.GoSlice r = bytes ? str.toBytes() : str.toRunes();
                    // rawbyteslice / rawruneslice: capacity rounded to a size class, unless a
                    // non-escaping result of up to 32 elements uses the stack buffer
                    long n = r == null ? 0 : r.len;
                    if (r != null && (heapSl || n > 32)) Heap.alloc(r.array, minigo.runtime.memory.Malloc.roundupsize(n * (bytes ? 1 : 4)), true);
                    return r;
                }
            };
        }
        if (tu instanceof Pointer p && fu instanceof Slice && type(p.elem()).underlying() instanceof Array a) {
            long n = a.len();
            return new ExprNode() {
                @Child ExprNode v = x;

                @Override
                public Object execute(VirtualFrame f) {
                    return Composites.sliceToArrayPtr((minigo.interp.values.GoSlice) v.execute(f), n);
                }
            };
        }
        return x;
    }

    // ------------------------------------------------------------------ index, slice, assert, deref

    private ExprNode index(Ast.IndexExpr ie) {
        if (calleeObj(ie) instanceof Func || (unparen(ie.x()) instanceof Ast.Ident || unparen(ie.x()) instanceof Ast.SelectorExpr)
                && tv(ie.x()) != null && tv(ie.x()).type() instanceof Signature sg && !sg.typeParams().isEmpty()) {
            return funcValueOfInstance(ie.x());
        }
        Type xt = typeOf(ie.x());
        Type xu = xt.underlying();
        if (xu instanceof MapType) return mapIndex(ie, false);
        ExprNode x = expr(ie.x());
        ExprNode i = expr(ie.index());
        java.util.Set<BoundsError.Code> unsigned = unsignedIndex(ie.index());
        if (xu instanceof Basic) return Indexing.unsignedBounds(Indexing.stringIndex(x, i), unsigned);
        if (xu instanceof Slice s) return Indexing.unsignedBounds(Indexing.sliceGet(x, i, type(s.elem())), unsigned);
        if (xu instanceof Pointer p) {
            Array a = (Array) type(p.elem()).underlying();
            return Indexing.unsignedBounds(Indexing.arrayGet(Indexing.nilCheck(x), i, type(a.elem())), unsigned);
        }
        Array a = (Array) xu;
        return Indexing.unsignedBounds(Indexing.arrayGet(x, i, type(a.elem())), unsigned);
    }

    /** The bounds error of an index expression of a 64-bit unsigned type, for Indexing.unsignedBounds. */
    java.util.Set<BoundsError.Code> unsignedIndex(Ast.Expr index) {
        return isUnsigned64(index) ? Indexing.INDEX : Indexing.NONE;
    }

    /** Whether e is of a 64-bit unsigned integer type (its huge values are negative longs). */
    boolean isUnsigned64(Ast.Expr e) {
        return e != null && typeOf(e) != null && isUnsigned64(type(typeOf(e)));
    }

    static boolean isUnsigned64(Type t) {
        return t.underlying() instanceof Basic b && b.isUnsigned() && Sizes.AMD64.sizeof(b) == 8;
    }

    ExprNode mapIndex(Ast.IndexExpr ie, boolean commaOk) {
        MapType mt = (MapType) typeOf(ie.x()).underlying();
        Type kt = type(mt.key());
        Type vt = type(mt.elem());
        ExprNode m = expr(ie.x());
        ExprNode k = valueFor(ie.index(), kt);
        var kl = TypeUtil.layout(kt);
        var vl = TypeUtil.layout(vt);
        if (commaOk) {
            return new ExprNode() {
                @Child ExprNode mm = m;
                @Child ExprNode kk = k;

                @Override
                public Object execute(VirtualFrame f) {
                    Object v = minigo.interp.values.GoMap.lookup((minigo.interp.values.GoMap) mm.execute(f), kl, kk.execute(f));
                    if (v == minigo.interp.values.GoMap.ABSENT) return new Object[] {vl.zero(), false};
                    return new Object[] {v, true};
                }
            };
        }
        return new ExprNode() {
            @Child ExprNode mm = m;
            @Child ExprNode kk = k;

            @Override
            public Object execute(VirtualFrame f) {
                return minigo.interp.values.GoMap.get((minigo.interp.values.GoMap) mm.execute(f), kl, vl, kk.execute(f));
            }
        };
    }

    private ExprNode sliceExpr(Ast.SliceExpr se) {
        Type xt = typeOf(se.x());
        Type xu = xt.underlying();
        ExprNode lo = se.low() == null ? new Lit.LongLit(0) : expr(se.low());
        ExprNode hi = se.high() == null ? new Lit.LongLit(Long.MIN_VALUE) : expr(se.high());
        ExprNode max = se.max() == null ? null : expr(se.max());
        ExprNode x;
        int kind; // 0 string, 1 slice, 2 array (object)
        if (xu instanceof Basic) {
            kind = 0;
            x = expr(se.x());
        } else if (xu instanceof Slice) {
            kind = 1;
            x = expr(se.x());
        } else if (xu instanceof Pointer) {
            kind = 2;
            x = Indexing.nilCheck(expr(se.x()));
        } else {
            kind = 2;
            x = expr(se.x()); // an addressable array: its object is its address
        }
        java.util.Set<BoundsError.Code> unsigned = java.util.EnumSet.noneOf(BoundsError.Code.class);
        if (isUnsigned64(se.low())) unsigned.addAll(List.of(BoundsError.Code.SLICE_B, BoundsError.Code.SLICE3_C));
        if (isUnsigned64(se.high())) {
            unsigned.addAll(List.of(BoundsError.Code.SLICE_ALEN, BoundsError.Code.SLICE_ACAP, BoundsError.Code.SLICE3_B));
        }
        if (isUnsigned64(se.max())) unsigned.addAll(List.of(BoundsError.Code.SLICE3_ALEN, BoundsError.Code.SLICE3_ACAP));
        return Indexing.unsignedBounds(Indexing.slice(kind, x, lo, hi, max), unsigned);
    }

    ExprNode typeAssert(Ast.TypeAssertExpr ta, boolean commaOk) {
        Type t = typeOf(ta.type());
        Type from = typeOf(ta.x());
        return TypeTests.assertNode(expr(ta.x()), from, t, commaOk, tr);
    }

    /** *p for a pointer node whose element type is elem. */
    ExprNode deref(ExprNode p, Type elem) {
        if (TypeUtil.isComposite(elem)) return Indexing.nilCheck(p);
        return Boxes.readPointer(p, elem);
    }

    private ExprNode deref(Ast.Expr px, Type elem) {
        return deref(expr(px), elem);
    }

    private ExprNode unary(Ast.UnaryExpr ue) {
        Type t = typeOf(ue);
        switch (ue.op()) {
            case "+":
                return expr(ue.x());
            case "-":
                if (TypeUtil.isInteger(t)) return new Arith.IntNeg(TypeUtil.intKind(t), expr(ue.x()), false);
                if (TypeUtil.isFloat(t)) return new Arith.FloatNeg(expr(ue.x()));
                ExprNode cx = expr(ue.x());
                return new ExprNode() {
                    @Child ExprNode v = cx;

                    @Override
                    public Object execute(VirtualFrame f) {
                        return ((GoComplex) v.execute(f)).neg();
                    }
                };
            case "^":
                return new Arith.IntNeg(TypeUtil.intKind(t), expr(ue.x()), true);
            case "!":
                return new Arith.Not(expr(ue.x()));
            case "&":
                return addressOf(ue.x(), ue);
            case "<-":
                return recv(ue, false);
            default:
                throw new UnsupportedOperationException("unary " + ue.op());
        }
    }

    ExprNode recv(Ast.UnaryExpr ue, boolean commaOk) {
        ExprNode ch = expr(ue.x());
        if (commaOk) {
            return new ExprNode() {
                @Child ExprNode c = ch;

                @Override
                public Object execute(VirtualFrame f) {
                    return minigo.interp.Chans.recv2(this, c.execute(f));
                }
            };
        }
        return new minigo.interp.Chans.Recv(ch);
    }

    /** &x: the location of x as a pointer value. */
    ExprNode addressOf(Ast.Expr x) {
        return addressOf(x, null);
    }

    /** site: the {@code &} expression (escape analysis' allocation site for {@code &T{...}}). */
    ExprNode addressOf(Ast.Expr x, Ast.UnaryExpr site) {
        x = unparen(x);
        Type t = typeOf(x);
        if (x instanceof Ast.CompositeLit cl) return literalAddress(cl, t, site);
        if (x instanceof Ast.Ident id && info.objectOf(id) instanceof Var v) {
            if (v.isPackageLevel()) {
                Box b = tr.global(v);
                if (TypeUtil.isComposite(t)) return Boxes.read(b, t);
                return new Lit.ObjLit(b);
            }
            return moving(id, v, rawVar(v));
        }
        if (TypeUtil.isComposite(t)) return expr(x); // the location's object is its address
        if (x instanceof Ast.SelectorExpr se && info.selections.get(se) instanceof Selection sel && sel.kind() == Selection.Kind.FIELD_VAL) {
            Object[] nav = navigate(expr(se.x()), typeOf(se.x()), sel.index());
            ExprNode base = Indexing.nilCheck(Fields.structOfNode((ExprNode) nav[0]));
            int fi = sel.index().get(sel.index().size() - 1);
            return Fields.address(base, fi);
        }
        if (x instanceof Ast.SelectorExpr se) {
            Obj o = info.uses.get(se.sel());
            if (o instanceof Var v) return new Lit.ObjLit(tr.global(v));
        }
        if (x instanceof Ast.IndexExpr ie) {
            Type xu = typeOf(ie.x()).underlying();
            ExprNode base = expr(ie.x());
            ExprNode i = expr(ie.index());
            if (xu instanceof Slice) return Indexing.unsignedBounds(Indexing.sliceElemAddr(base, i), unsignedIndex(ie.index()));
            if (xu instanceof Pointer) base = Indexing.nilCheck(base);
            return Indexing.unsignedBounds(Indexing.arrayElemAddr(base, i), unsignedIndex(ie.index()));
        }
        if (x instanceof Ast.StarExpr se) return Indexing.nilCheck(expr(se.x()));
        throw new UnsupportedOperationException("address of " + x.getClass().getSimpleName() + " at " + x.pos());
    }

    // ------------------------------------------------------------------ binary operators

    private ExprNode binaryExpr(Ast.BinaryExpr be) {
        String op = be.op();
        // each side is ordered on its own: the right side's calls run only when it is evaluated
        if (op.equals("&&")) return new Arith.AndAnd(ordered(be.x()), ordered(be.y()));
        if (op.equals("||")) return new Arith.OrOr(ordered(be.x()), ordered(be.y()));
        Type xt = typeOf(be.x());
        Type yt = typeOf(be.y());
        switch (op) {
            case "==", "!=", "<", "<=", ">", ">=":
                if (isNilExpr(be.x()) || isNilExpr(be.y())) {
                    ExprNode v = isNilExpr(be.x()) ? expr(be.y()) : expr(be.x());
                    boolean eq = op.equals("==");
                    return new ExprNode.BoolExpr() {
                        @Child ExprNode a = v;

                        @Override
                        public boolean executeBool(VirtualFrame f) {
                            return (a.execute(f) == null) == eq;
                        }
                    };
                }
                return compare(op, expr(be.x()), xt, expr(be.y()), yt, be.opPos());
            default:
                return binary(op, expr(be.x()), xt, expr(be.y()), yt, typeOf(be), be.opPos());
        }
    }

    /**
     * String concatenation. Go compiles a chain a+b+c into one concatstrings call: it allocates
     * the result once (rawstring of the total length), or nothing when at most one operand is
     * non-empty. The inner nodes of a chain therefore allocate nothing.
     */
    static final class Concat extends ExprNode {
        @Child ExprNode a;
        @Child ExprNode b;
        boolean inner;

        Concat(ExprNode a, ExprNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public Object execute(VirtualFrame f) {
            GoString x = (GoString) a.execute(f);
            int na = a instanceof Concat ca ? ca.nonEmpty : (x.length() > 0 ? 1 : 0); // before b can recurse
            GoString y = (GoString) b.execute(f);
            GoString s = GoString.concat(x, y);
            int total = na + (y.length() > 0 ? 1 : 0);
            if (inner) nonEmpty = total;
            else if (total > 1) Heap.alloc(s, s.length(), true);
            return s;
        }

        /** For an inner node: how many operands of the chain so far are non-empty. */
        int nonEmpty;
    }

    ExprNode binary(String op, ExprNode x, Type xt, ExprNode y, Type yt, Type rt, Ast.Pos pos) {
        Arith.Op o = Arith.op(op);
        if (o == Arith.Op.SHL || o == Arith.Op.SHR) {
            boolean cu = TypeUtil.isInteger(yt) && ((Basic) yt.underlying()).isUnsigned();
            return new Arith.Shift(o, TypeUtil.intKind(rt), x, y, cu);
        }
        if (TypeUtil.isInteger(rt)) return Arith.intBinary(o, TypeUtil.intKind(rt), x, y);
        if (TypeUtil.isFloat(rt)) return Arith.floatBinary(o, TypeUtil.isFloat32(rt), x, y);
        if (TypeUtil.isString(rt)) {
            if (x instanceof Concat cx) cx.inner = true; // a+b+c is one concatstrings in Go
            return new Concat(x, y);
        }
        if (TypeUtil.isComplex(rt)) {
            boolean c64 = TypeUtil.basicKind(rt) == BasicKind.COMPLEX64;
            return new ExprNode() {
                @Child ExprNode a = x;
                @Child ExprNode b = y;

                @Override
                public Object execute(VirtualFrame f) {
                    GoComplex p = (GoComplex) a.execute(f);
                    GoComplex q = (GoComplex) b.execute(f);
                    GoComplex r = switch (o) {
                        case ADD -> p.add(q);
                        case SUB -> p.sub(q);
                        case MUL -> p.mul(q);
                        case QUO -> p.div(q);
                        default -> throw new IllegalStateException();
                    };
                    return c64 ? r.toComplex64() : r;
                }
            };
        }
        throw new UnsupportedOperationException("operator " + op + " on " + rt);
    }

    /** Whether e is the predeclared nil (whatever type the checker recorded for it in context). */
    boolean isNilExpr(Ast.Expr e) {
        return unparen(e) instanceof Ast.Ident id && info.objectOf(id) instanceof Nil;
    }

    static boolean isNilType(Type t) {
        return t instanceof Basic b && b.kind() == BasicKind.UNTYPED_NIL;
    }

    ExprNode compare(String op, ExprNode x, Type xt, ExprNode y, Type yt, Ast.Pos pos) {
        Arith.Op o = Arith.op(op);
        boolean eq = o == Arith.Op.EQL;
        if (isNilType(xt) || isNilType(yt)) {
            ExprNode v = isNilType(xt) ? y : x;
            return new ExprNode.BoolExpr() {
                @Child ExprNode a = v;

                @Override
                public boolean executeBool(VirtualFrame f) {
                    return (a.execute(f) == null) == eq;
                }
            };
        }
        if (TypeUtil.isInterface(xt) != TypeUtil.isInterface(yt)) {
            if (TypeUtil.isInterface(xt)) {
                y = makeIface(y, yt);
                yt = xt;
            } else {
                x = makeIface(x, xt);
                xt = yt;
            }
        }
        Type u = xt.underlying();
        if (u instanceof Basic b) {
            if (b.isInteger()) return Arith.intCompare(o, TypeUtil.intKind(xt), x, y);
            if (b.isFloat()) return Arith.floatCompare(o, x, y);
            if (b.isBoolean()) return new Arith.BoolCompare(eq, x, y);
            if (b.isString()) {
                ExprNode fx = x, fy = y;
                return new ExprNode.BoolExpr() {
                    @Child ExprNode a = fx;
                    @Child ExprNode c = fy;

                    @Override
                    public boolean executeBool(VirtualFrame f) {
                        GoString s = (GoString) a.execute(f);
                        GoString t = (GoString) c.execute(f);
                        return switch (o) {
                            case EQL -> s.equals(t);
                            case NEQ -> !s.equals(t);
                            case LSS -> s.compareTo(t) < 0;
                            case LEQ -> s.compareTo(t) <= 0;
                            case GTR -> s.compareTo(t) > 0;
                            default -> s.compareTo(t) >= 0;
                        };
                    }
                };
            }
        }
        var layout = TypeUtil.layout(xt);
        ExprNode fx = x, fy = y;
        return new ExprNode.BoolExpr() {
            @Child ExprNode a = fx;
            @Child ExprNode c = fy;

            @Override
            public boolean executeBool(VirtualFrame f) {
                return Composites.equal(layout, a.execute(f), c.execute(f)) == eq;
            }
        };
    }

    // ------------------------------------------------------------------ closures

    private int closureCount;
    /** Translating package variables' initialisers (whose closures Go names pkg.glob..funcN). */
    private boolean globInit;

    /** Closures numbered ahead of translation, in source order (see {@link #numberClosures}). */
    private final IdentityHashMap<Ast.FuncLit, Integer> closureNumbers = new IdentityHashMap<>();

    /**
     * Numbers the closures in these expressions in source order, before {@link Order} has the
     * statement's copies translated ahead of the rest (Go numbers them as they appear).
     */
    void numberClosures(List<Ast.Expr> exprs) {
        for (Ast.Expr e : exprs) {
            AstWalk.walk(e, n -> {
                if (n instanceof Ast.FuncLit fl) {
                    closureNumbers.computeIfAbsent(fl, k -> ++closureCount);
                    return false; // its own closures are numbered inside it
                }
                return true;
            });
        }
    }

    private ExprNode funcLit(Ast.FuncLit fl) {
        FuncTranslator child = new FuncTranslator(tr, pkg, subst, this);
        // Go's closurename: numbered per enclosing function, "func" only after a declared one
        // (main.main.func2, and inside it main.main.func2.1); package variables' are main.glob..func1.
        Integer number = closureNumbers.get(fl);
        String litName = (globInit ? pkg.path() + ".glob." : name) + (outer == null ? ".func" : ".")
                + (number != null ? number : ++closureCount);
        FuncRoot root = child.translateLit(fl, litName);
        var target = root.getCallTarget();
        ExprNode[] env = new ExprNode[child.captured.size()];
        for (int i = 0; i < env.length; i++) env[i] = rawVar(child.captured.get(i));
        // the closure object: the funcval's code pointer, then each captured variable (a pointer
        // when captured by reference, else a copy of its value), laid out as a struct
        long size = 8;
        long align = 8;
        for (Var cv : child.captured) {
            VarInfo cvi = local(cv);
            long cs = cvi.boxed ? 8 : Heap.sizeOf(cvi.type);
            long ca = cvi.boxed ? 8 : Heap.alignOf(cvi.type);
            size = (size + ca - 1) / ca * ca + cs;
            align = Math.max(align, ca);
        }
        final long closureSize = (size + align - 1) / align * align;
        final boolean heap = tr.heapSite(pkg, fl);
        return new ExprNode() {
            @Children final ExprNode[] e = env;

            @Override
            @com.oracle.truffle.api.nodes.ExplodeLoop
            public Object execute(VirtualFrame f) {
                Object[] caps = new Object[e.length];
                for (int i = 0; i < e.length; i++) caps[i] = e[i].execute(f);
                GoFunc fn = new GoFunc(target, caps);
                // a closure without captured variables is a static funcval: no allocation
                return heap && e.length > 0 ? Heap.alloc(fn, closureSize, false) : fn;
            }
        };
    }

    // ------------------------------------------------------------------ composite literals

    ExprNode compositeLit(Ast.CompositeLit cl, Type t) {
        ExprNode copy = hoistedRead(cl); // a map literal Order evaluated first
        if (copy != null) return copy;
        Type u = t.underlying();
        if (u instanceof Pointer p) {
            // an elided &T{...} inside another literal: allocated where escape analysis says
            return literalAddress(cl, type(p.elem()), cl);
        }
        if (u instanceof Struct st) {
            int nf = st.numFields();
            int[] idx = new int[cl.elts().size()];
            ExprNode[] vals = new ExprNode[cl.elts().size()];
            for (int i = 0; i < vals.length; i++) {
                Ast.Expr e = cl.elts().get(i);
                int fi = i;
                if (e instanceof Ast.KeyValueExpr kv) {
                    fi = st.fieldIndex(((Ast.Ident) kv.key()).name());
                    e = kv.value();
                }
                idx[i] = fi;
                vals[i] = elemValue(e, type(st.field(fi).type()));
                if (st.field(fi).name().equals("_")) vals[i] = discarded(vals[i], type(st.field(fi).type()));
            }
            return Composites.structLit(TypeUtil.layout(t), idx, vals);
        }
        if (u instanceof Array || u instanceof Slice) {
            Type et = type(u instanceof Array a ? a.elem() : ((Slice) u).elem());
            List<Long> idx = new ArrayList<>();
            List<ExprNode> vals = new ArrayList<>();
            long next = 0;
            long max = 0;
            for (Ast.Expr e : cl.elts()) {
                if (e instanceof Ast.KeyValueExpr kv) {
                    Constant k = info.constantOf(kv.key());
                    next = ((Constant.Int) k).value().longValue();
                    e = kv.value();
                }
                idx.add(next);
                vals.add(elemValue(e, et));
                next++;
                max = Math.max(max, next);
            }
            long len = u instanceof Array a ? a.len() : max;
            long[] ix = idx.stream().mapToLong(Long::longValue).toArray();
            return Composites.arrayLit(TypeUtil.layout(et), (int) len, ix, vals.toArray(new ExprNode[0]), u instanceof Slice,
                    Heap.sizeOf(et) * len, u instanceof Slice && tr.heapSite(pkg, cl));
        }
        if (u instanceof MapType mt) {
            Type kt = type(mt.key());
            Type vt = type(mt.elem());
            ExprNode[] ks = new ExprNode[cl.elts().size()];
            ExprNode[] vs = new ExprNode[ks.length];
            // gc makes the map with its static entries, then assigns the others in order
            Order order = Order.of(this);
            List<Ast.KeyValueExpr> entries = new ArrayList<>();
            for (Ast.Expr el : cl.elts()) {
                if (order.isStaticEntry((Ast.KeyValueExpr) el)) entries.add((Ast.KeyValueExpr) el);
            }
            for (Ast.Expr el : cl.elts()) {
                if (!order.isStaticEntry((Ast.KeyValueExpr) el)) entries.add((Ast.KeyValueExpr) el);
            }
            for (int i = 0; i < ks.length; i++) {
                Ast.KeyValueExpr kv = entries.get(i);
                // gc assigns the entries that are not constants one by one, each an m[k] = v of its own
                List<StmtNode> prep = Order.prepare(this, List.of(kv.key(), kv.value()), java.util.Arrays.asList(kt, vt));
                ks[i] = withPrep(prep, elemValue(kv.key(), kt));
                vs[i] = elemValue(kv.value(), vt);
            }
            return Composites.mapLit(TypeUtil.layout(kt), TypeUtil.layout(vt), ks, vs, tr.heapSite(pkg, cl));
        }
        throw new UnsupportedOperationException("composite literal of " + t);
    }

    /**
     * {@code &T{...}}: the literal on the heap or on the stack, as escape analysis decided for site
     * (the & expression; for an elided {@code &T{...}} of an element, the literal itself).
     */
    private ExprNode literalAddress(Ast.CompositeLit cl, Type t, Ast.Node site) {
        ExprNode lit = compositeLit(cl, t);
        boolean heap = tr.heapSite(pkg, site);
        if (!TypeUtil.isComposite(t)) return Boxes.newBox(lit, t, heap);
        if (!heap) return lit;
        long size = Heap.sizeOf(t);
        boolean noscan = !Heap.hasPointers(t);
        return new ExprNode() {
            @Child ExprNode l = lit;

            @Override
            public Object execute(VirtualFrame f) {
                return Heap.alloc(l.execute(f), size, noscan);
            }
        };
    }

    /** A blank field's value in a literal: evaluated, then dropped; the field stays zero, as in Go. */
    private ExprNode discarded(ExprNode value, Type t) {
        ExprNode zero = zeroNode(t);
        return new ExprNode() {
            @Child ExprNode v = value;
            @Child ExprNode z = zero;

            @Override
            public Object execute(VirtualFrame f) {
                v.execute(f);
                return z.execute(f);
            }
        };
    }

    /** An element of a composite literal: an elided &T{} becomes a pointer; values convert to the element type. */
    ExprNode elemValue(Ast.Expr e, Type want) {
        if (unparen(e) instanceof Ast.CompositeLit cl && cl.type() == null) {
            Type lt = typeOf(cl);
            if (want.underlying() instanceof Pointer && !(lt.underlying() instanceof Pointer)) {
                return literalAddress(cl, lt, cl);
            }
            return convert(compositeLit(cl, lt), lt, want);
        }
        return valueFor(e, want);
    }

    // ------------------------------------------------------------------ assignable locations

    /** An assignable location: its operands are evaluated once (prepare), then it can be loaded and stored. */
    abstract static class LV {
        Type type;

        List<StmtNode> prepare() {
            return List.of();
        }

        abstract ExprNode load();

        /**
         * A load whose store follows with nothing run in between (x op= v): a map element keeps the
         * entry it found for its store.
         */
        ExprNode loadForUpdate() {
            return load();
        }

        abstract StmtNode store(ExprNode v);
    }

    final class LocalLV extends LV {
        final VarInfo vi;

        LocalLV(VarInfo vi) {
            this.vi = vi;
            this.type = vi.type;
        }

        @Override
        ExprNode load() {
            if (vi.boxed) return Boxes.readSlotBox(vi.slot, vi.type);
            return Locals.read(vi.kind, vi.slot);
        }

        @Override
        StmtNode store(ExprNode v) {
            if (vi.boxed) return Boxes.writeSlotBox(vi.slot, vi.type, v);
            if (TypeUtil.isComposite(vi.type)) return Composites.copyInto(Locals.read(SlotKind.OBJECT, vi.slot), v);
            return Locals.write(vi.kind, vi.slot, v);
        }
    }

    final class GlobalLV extends LV {
        final Box box;

        GlobalLV(Box box, Type t) {
            this.box = box;
            this.type = t;
        }

        @Override
        ExprNode load() {
            return Boxes.read(box, type);
        }

        @Override
        StmtNode store(ExprNode v) {
            return Boxes.write(box, type, v);
        }
    }

    /**
     * {@code s[i]} or {@code a[i]} (s a slice, a an array) whose operands are variables or
     * constants, read where the element is loaded or stored, not saved in temporaries first. Go's
     * compiler makes a statement's calls first and reads such operands afterwards: in
     * {@code s[i] = f()}, a change f makes to s or i decides where the value goes (the store
     * evaluates its value first: {@link Indexing#sliceSet}). It also spares an interpreted loop
     * the temporaries' writes, reads and clearing at every element assignment.
     */
    final class DirectElemLV extends LV {
        final Ast.Expr x;
        final Ast.Expr index;
        final boolean slice;

        DirectElemLV(Ast.Expr x, Ast.Expr index, boolean slice, Type t) {
            this.x = x;
            this.index = index;
            this.slice = slice;
            this.type = t;
        }

        @Override
        ExprNode load() {
            return Indexing.unsignedBounds(slice ? Indexing.sliceGet(expr(x), expr(index), type)
                    : Indexing.arrayGet(expr(x), expr(index), type), unsignedIndex(index));
        }

        @Override
        StmtNode store(ExprNode v) {
            return Indexing.unsignedBounds(slice ? Indexing.sliceSet(expr(x), expr(index), type, v)
                    : Indexing.arraySet(expr(x), expr(index), type, v), unsignedIndex(index));
        }
    }

    /**
     * The location e names, as a {@link DirectElemLV} when it is an element of a slice or array
     * variable at a variable's or constant's index. For a statement whose other stores cannot
     * assign a variable ({@link #assignsVariable}): {@code i, s[i] = 1, 2} stores to the old i.
     */
    LV lvalueDirect(Ast.Expr e) {
        e = unparen(e);
        if (e instanceof Ast.IndexExpr ie && isOperand(ie.x()) && isOperand(ie.index())) {
            Type xu = typeOf(ie.x()).underlying();
            if (xu instanceof Slice || xu instanceof Array) {
                return new DirectElemLV(ie.x(), ie.index(), xu instanceof Slice, typeOf(e));
            }
        }
        return lvalue(e);
    }

    /** Whether e is a variable or a constant: reading it has no effect and cannot fail. */
    private boolean isOperand(Ast.Expr e) {
        e = unparen(e);
        TypeAndValue t = tv(e);
        if (t != null && t.value() != null) return true;
        return e instanceof Ast.Ident id && info.objectOf(id) instanceof Var;
    }

    /** Whether lv is a variable of this function held in a frame slot: no call can change it. */
    private boolean isFrameVariable(LV lv) {
        return lv instanceof LocalLV l && !l.vi.boxed;
    }

    /**
     * Go's compiler makes all the calls and receives of an assignment (left to right) before it
     * evaluates the other operands: {@code p.x, q.y = f(), g()} runs f and g, then fails on a nil p.
     * We can do the same when the left side makes no calls, by evaluating the right side first.
     */
    private boolean callsFirst(List<Ast.Expr> lhs, List<Ast.Expr> rhs) {
        for (Ast.Expr l : lhs) {
            if (!callFree(l)) return false;
        }
        for (Ast.Expr r : rhs) {
            if (!callFree(r)) return true;
        }
        return false;
    }

    /** Whether evaluating e makes no call and no receive (so it may as well come after those that do). */
    boolean callFree(Ast.Expr e) {
        TypeAndValue t = tv(e);
        if (t != null && t.value() != null) return true;
        return switch (e) {
            case Ast.Ident id -> true;
            case Ast.BasicLit b -> true;
            case Ast.ParenExpr p -> callFree(p.x());
            case Ast.SelectorExpr se -> callFree(se.x());
            case Ast.IndexExpr ie -> callFree(ie.x()) && callFree(ie.index());
            case Ast.StarExpr se -> callFree(se.x());
            case Ast.UnaryExpr u -> !u.op().equals("<-") && callFree(u.x());
            case Ast.BinaryExpr b -> callFree(b.x()) && callFree(b.y());
            default -> false;
        };
    }

    /**
     * Whether some left-hand side may assign a variable itself: a variable, or {@code *p} (p may
     * point to one). Then element stores save their operands first: in {@code *p, s[i] = 2, 9}
     * with p == &i, the element is the old s[i].
     */
    private static boolean assignsVariable(List<Ast.Expr> lhs) {
        for (Ast.Expr l : lhs) {
            Ast.Expr u = unparen(l);
            if (u instanceof Ast.Ident && !isBlank(l) || u instanceof Ast.StarExpr) return true;
        }
        return false;
    }

    /** A location reached through operands held in temp slots (field, element, map entry, *p). */
    final class TempLV extends LV {
        final List<StmtNode> prep = new ArrayList<>();
        final int baseSlot;
        int idxSlot = -1;
        SlotKind idxKind;
        final int kind; // 0 field, 1 array elem, 2 slice elem, 3 map entry, 4 deref
        int field;
        /** A map entry's slot for the entry that loadForUpdate found, for the store after it (-1: none). */
        int entrySlot = -1;
        minigo.interp.values.Layout keyLayout, valLayout;

        TempLV(int kind, ExprNode base, Type t) {
            this.kind = kind;
            this.type = t;
            baseSlot = tempSlot(SlotKind.OBJECT);
            prep.add(Locals.write(SlotKind.OBJECT, baseSlot, base));
        }

        /** For a 64-bit unsigned index: its bounds error (Indexing.unsignedBounds). */
        java.util.Set<BoundsError.Code> unsignedIdx = Indexing.NONE;

        void index(ExprNode i, Type it) {
            if (isUnsigned64(type(it))) unsignedIdx = Indexing.INDEX;
            idxKind = TypeUtil.slotKind(it);
            idxSlot = tempSlot(idxKind);
            prep.add(Locals.write(idxKind, idxSlot, i));
        }

        @Override
        List<StmtNode> prepare() {
            return prep;
        }

        @Override
        ExprNode loadForUpdate() {
            if (kind != 3) return load();
            // m[k] op= v: the entry the read finds is kept for the store (one lookup)
            entrySlot = tempSlot(SlotKind.OBJECT);
            return mapRead(entrySlot);
        }

        /** m[k] = v; after {@link #loadForUpdate}, to the entry that read found (v reads it). */
        private StmtNode mapWrite(ExprNode v) {
            int slot = entrySlot;
            return new StmtNode() {
                @Child ExprNode m = base();
                @Child ExprNode k = idx();
                @Child ExprNode val = v;

                @Override
                public void exec(VirtualFrame f) {
                    minigo.interp.values.GoMap map = (minigo.interp.values.GoMap) m.execute(f);
                    Object key = k.execute(f);
                    Object value = val.execute(f);
                    if (slot < 0) minigo.interp.values.GoMap.put(map, key, value);
                    else minigo.interp.values.GoMap.assign(map, f.getObjectStatic(slot), key, value);
                }
            };
        }

        /** m[k]; with slot >= 0, the entry found (or null) is left there for the store. */
        private ExprNode mapRead(int slot) {
            minigo.interp.values.Layout kl = keyLayout;
            minigo.interp.values.Layout vl = valLayout;
            return new ExprNode() {
                @Child ExprNode m = base();
                @Child ExprNode k = idx();

                @Override
                public Object execute(VirtualFrame f) {
                    minigo.interp.values.GoMap map = (minigo.interp.values.GoMap) m.execute(f);
                    if (slot < 0) return minigo.interp.values.GoMap.get(map, kl, vl, k.execute(f));
                    Object e = minigo.interp.values.GoMap.entry(map, kl, k.execute(f));
                    f.setObjectStatic(slot, e);
                    return minigo.interp.values.GoMap.valueOf(e, vl);
                }
            };
        }

        ExprNode base() {
            return Locals.read(SlotKind.OBJECT, baseSlot);
        }

        ExprNode idx() {
            return Locals.read(idxKind, idxSlot);
        }

        @Override
        ExprNode load() {
            return switch (kind) {
                case 0 -> Fields.read(Indexing.nilCheck(base()), field, type);
                case 1 -> Indexing.unsignedBounds(Indexing.arrayGet(base(), idx(), type), unsignedIdx);
                case 2 -> Indexing.unsignedBounds(Indexing.sliceGet(base(), idx(), type), unsignedIdx);
                case 3 -> mapRead(-1);
                default -> deref(base(), type);
            };
        }

        @Override
        StmtNode store(ExprNode v) {
            return switch (kind) {
                case 0 -> Fields.write(Indexing.nilCheck(base()), field, type, v);
                case 1 -> Indexing.unsignedBounds(Indexing.arraySet(base(), idx(), type, v), unsignedIdx);
                case 2 -> Indexing.unsignedBounds(Indexing.sliceSet(base(), idx(), type, v), unsignedIdx);
                case 3 -> mapWrite(v);
                default -> TypeUtil.isComposite(type) ? Composites.copyInto(Indexing.nilCheck(base()), v) : Boxes.writePointer(base(), type, v);
            };
        }
    }

    LV lvalue(Ast.Expr e) {
        e = unparen(e);
        Type t = typeOf(e);
        if (e instanceof Ast.Ident id) {
            Var v = (Var) info.objectOf(id);
            if (v.isPackageLevel()) return new GlobalLV(tr.global(v), type(v.type()));
            return new LocalLV(local(v));
        }
        if (e instanceof Ast.SelectorExpr se) {
            Selection sel = info.selections.get(se);
            if (sel == null) {
                Var v = (Var) info.uses.get(se.sel());
                return new GlobalLV(tr.global(v), type(v.type()));
            }
            Object[] nav = navigate(expr(se.x()), typeOf(se.x()), sel.index());
            // a nil pointer fails at the load or store, not here: a, p.x = 1, 2 assigns a first
            TempLV lv = new TempLV(0, (ExprNode) nav[0], t);
            lv.field = sel.index().get(sel.index().size() - 1);
            return lv;
        }
        if (e instanceof Ast.IndexExpr ie) {
            Type xu = typeOf(ie.x()).underlying();
            if (xu instanceof MapType mt) {
                TempLV lv = new TempLV(3, expr(ie.x()), t);
                lv.keyLayout = TypeUtil.layout(type(mt.key()));
                lv.valLayout = TypeUtil.layout(type(mt.elem()));
                lv.index(valueFor(ie.index(), type(mt.key())), type(mt.key()));
                return lv;
            }
            if (xu instanceof Slice) {
                TempLV lv = new TempLV(2, expr(ie.x()), t);
                lv.index(expr(ie.index()), typeOf(ie.index()));
                return lv;
            }
            ExprNode base = expr(ie.x());
            if (xu instanceof Pointer) base = Indexing.nilCheck(base);
            TempLV lv = new TempLV(1, base, t);
            lv.index(expr(ie.index()), typeOf(ie.index()));
            return lv;
        }
        if (e instanceof Ast.StarExpr se) {
            return new TempLV(4, expr(se.x()), t);
        }
        throw new UnsupportedOperationException("assignment to " + e.getClass().getSimpleName() + " at " + e.pos());
    }

    // ------------------------------------------------------------------ defer and go: calls evaluated now, run later

    /** Evaluates a call's function and arguments now and packages them as a Deferred. */
    abstract static class PreparedCall extends minigo.interp.nodes.GoNode {
        abstract minigo.interp.Deferred toDeferred(VirtualFrame f, minigo.interp.Deferred next);
    }

    PreparedCall prepareCall(Ast.CallExpr c) {
        Ast.Expr fun = unparen(c.fun());
        Obj fo = calleeObj(fun);
        if (fo instanceof Builtin b) {
            ExprNode callNode = Builtins.deferredBuiltin(this, c, b);
            return new PreparedCall() {
                @Child ExprNode n = callNode;

                @Override
                minigo.interp.Deferred toDeferred(VirtualFrame f, minigo.interp.Deferred next) {
                    Object thunk = n.execute(f);
                    return new minigo.interp.Deferred((Runnable) thunk, next);
                }
            };
        }
        Signature sig = (Signature) typeOf(fun).underlying();
        // defer f(g()) with g returning several values: g runs first, then f's receiver or func
        // value is read (gc's t1, t2 := g() ahead of the call)
        StmtNode spreadFirst = null;
        // (a callee that makes calls, defer fs[i()](g()), is evaluated whole before g, as in a statement)
        Ast.Expr callee = Order.callee(this, fun);
        if (c.args().size() == 1 && typeOf(c.args().get(0)) instanceof Tuple tt && tt.size() != 1
                && !(callee != null && Order.makesCalls(this, callee))) {
            spreadFirst = hoist(unparen(c.args().get(0)));
        }
        ExprNode fnNode;
        if (fun instanceof Ast.SelectorExpr se && selection(se) instanceof Selection sel && sel.kind() == Selection.Kind.METHOD_VAL) {
            fnNode = methodValue(se, sel);
        } else {
            fnNode = expr(fun);
        }
        ExprNode fnFinal = spreadFirst == null ? fnNode : withPrep(List.of(spreadFirst), fnNode);
        // each argument is an assignment of its own in gc (a temporary the deferred call reads)
        Calls.Args args = args(c, sig, true);
        // arguments of a deferred call are evaluated now (valueFor already copied struct/array values)
        return new PreparedCall() {
            @Child ExprNode fn = fnFinal;
            @Child Calls.Args a = args;

            @Override
            minigo.interp.Deferred toDeferred(VirtualFrame f, minigo.interp.Deferred next) {
                GoFunc g = (GoFunc) fn.execute(f);
                Object[] argv = a.eval(f, g == null ? null : g.hasReceiver ? g.receiver : g.captures);
                if (g == null) {
                    return new minigo.interp.Deferred(() -> {
                        throw RuntimeErrors.nilDeref();
                    }, next);
                }
                return new minigo.interp.Deferred(g.target, argv, next);
            }
        };
    }
}
