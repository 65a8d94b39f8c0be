package minigo.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minigo.ast.Ast;
import minigo.ast.Ast.Expr;
import minigo.escape.Resolver.Fn;
import minigo.escape.Resolver.Obj;
import minigo.escape.TypeModel.T;

/**
 * Go 1.19's inlining decisions, because they change what escapes: an inlined constructor's
 * {@code &T{}} is analysed in its caller. CanInline charges every node of the (type-checked)
 * body against a budget of 80 as Go's hairyVisitor does — a call costs 57 more unless its callee
 * is inlinable, in which case it costs the callee's own cost; closures 15 more; go, defer,
 * recover, type declarations make a function not inlinable. InlineCalls then inlines, bottom-up,
 * every call of an inlinable function (not in go/defer, not recursively), transitively.
 */
final class Inliner {
    static final int MAX_BUDGET = 80;
    static final int EXTRA_CALL_COST = 57;

    private final Resolver r;
    private final int level;
    final List<String> out = new ArrayList<>();
    final List<String> devirtOut = new ArrayList<>();

    /** Inlinability: cost when inlinable, else absent. */
    final Map<Fn, Integer> inlCost = new IdentityHashMap<>();
    private final Set<Fn> checked = new HashSet<>();
    private final Map<Fn, Map<Ast.CallExpr, Site>> sites = new IdentityHashMap<>();
    final Map<Ast.CallExpr, T> devirtualized = new IdentityHashMap<>();
    private final Map<Ast.CallExpr, Batch.Callee> callees = new IdentityHashMap<>();

    /** An inlined call: the callee's body will be analysed in the caller, once per site. */
    static final class Site {
        final Ast.CallExpr call;
        final Fn callee;
        final Site parent;
        final Map<Obj, Expr> paramArgs = new IdentityHashMap<>();
        final Map<Ast.CallExpr, Site> nested = new IdentityHashMap<>();

        Site(Ast.CallExpr call, Fn callee, Site parent) {
            this.call = call;
            this.callee = callee;
            this.parent = parent;
        }
    }

    Inliner(Resolver r, int level) {
        this.r = r;
        this.level = level;
    }

    Map<Ast.CallExpr, Site> sitesOf(Fn fn) {
        return sites.getOrDefault(fn, Map.of());
    }

    boolean canInline(Fn fn) {
        return inlCost.containsKey(fn);
    }

    // ------------------------------------------------------------------ package driver

    /** Go's InlinePackage: over the bottom-up SCCs, CanInline then InlineCalls each function. */
    void inlinePackage(List<List<Fn>> sccs, boolean noInline) {
        for (List<Fn> list : sccs) {
            long numfns = list.stream().filter(f -> f.outer == null).count();
            boolean recursive = isRecursive(list);
            for (Fn n : list) {
                if (noInline) {
                    continue;
                }
                if (!recursive || numfns > 1) {
                    checkInline(n);
                } else if (level > 1 && !checked.contains(n)) {
                    checked.add(n);
                    out.add(n.pos + ": cannot inline " + n.name + ": recursive");
                }
                inlineCalls(n);
            }
        }
        for (List<Fn> list : sccs) {
            for (Fn n : list) {
                devirtualize(n);
            }
        }
    }

    private boolean isRecursive(List<Fn> list) {
        if (list.stream().filter(f -> f.outer == null).count() > 1) {
            return true;
        }
        Set<Fn> members = new HashSet<>(list);
        for (Fn f : list) {
            for (Fn g : CallGraph.references(r, f, false)) {
                if (members.contains(g)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ CanInline

    void checkInline(Fn fn) {
        if (!checked.add(fn)) {
            return;
        }
        String reason = null;
        if (fn.noinline) {
            reason = "marked go:noinline";
        } else if (fn.body() == null) {
            reason = "no function body";
        } else {
            Cost v = new Cost(fn);
            v.budget = MAX_BUDGET;
            if (v.tooHairy()) {
                reason = v.reason;
            } else {
                int cost = MAX_BUDGET - v.budget;
                inlCost.put(fn, cost);
                if (level > 1) {
                    out.add(fn.pos + ": can inline " + fn.name + " with cost " + cost + " as: " + Summary.of(r, fn));
                } else if (level != 0) {
                    out.add(fn.pos + ": can inline " + fn.name);
                }
            }
        }
        if (reason != null && level > 1) {
            out.add(fn.pos + ": cannot inline " + fn.name + ": " + reason);
        }
    }

    /** The hairyVisitor: charges each node of the body, as cmd/compile's IR would hold it. */
    final class Cost {
        final Fn fn;
        int budget;
        String reason;

        Cost(Fn fn) {
            this.fn = fn;
        }

        boolean tooHairy() {
            if (stmts(fn.body().list())) {
                return true;
            }
            if (budget < 0) {
                reason = "function too complex: cost " + (MAX_BUDGET - budget) + " exceeds budget " + MAX_BUDGET;
                return true;
            }
            return false;
        }

        private boolean charge(int n) {
            budget -= n;
            if (budget < 0 && level < 2) {
                reason = "too expensive";
                return true;
            }
            return false;
        }

        boolean stmts(List<Ast.Stmt> l) {
            for (Ast.Stmt s : l) {
                if (stmt(s)) {
                    return true;
                }
            }
            return false;
        }

        boolean exprs(List<Expr> l) {
            for (Expr e : l) {
                if (expr(e)) {
                    return true;
                }
            }
            return false;
        }

        boolean stmt(Ast.Stmt s) {
            return switch (s) {
                case null -> false;
                case Ast.DeclStmt ds -> {
                    if (ds.decl().tok().equals("type")) {
                        reason = "unhandled op DCLTYPE";
                        yield true;
                    }
                    if (ds.decl().tok().equals("const")) {
                        yield false;
                    }
                    for (Ast.Spec sp : ds.decl().specs()) {
                        Ast.ValueSpec vs = (Ast.ValueSpec) sp;
                        // ODCL x, then x = value (or the zero value).
                        if (charge(2 * vs.names().size())) {
                            yield true;
                        }
                        if (vs.values().isEmpty()) {
                            if (charge(2 * vs.names().size())) {
                                yield true;
                            }
                        } else {
                            if (charge(1 + vs.names().size()) || assignValues(vs.names().size(), vs.values(), null)) {
                                yield true;
                            }
                        }
                    }
                    yield false;
                }
                case Ast.EmptyStmt e -> false;
                case Ast.LabeledStmt ls -> charge(1) || stmt(ls.stmt());
                case Ast.ExprStmt es -> expr(es.x());
                case Ast.SendStmt ss -> charge(1) || expr(ss.chan()) || expr(ss.value());
                case Ast.IncDecStmt ids -> charge(2) || expr(ids.x());
                case Ast.AssignStmt as -> assign(as);
                case Ast.GoStmt gs -> {
                    reason = "unhandled op GO";
                    yield true;
                }
                case Ast.DeferStmt ds -> {
                    reason = "unhandled op DEFER";
                    yield true;
                }
                case Ast.ReturnStmt rs -> charge(1) || assignValues(fn.results.size(), rs.results(), null);
                case Ast.BranchStmt bs -> charge(1);
                case Ast.BlockStmt bs -> stmts(bs.list());
                case Ast.IfStmt is -> charge(1) || stmt(is.init()) || expr(is.cond()) || stmts(is.body().list())
                        || stmt(is.els());
                case Ast.SwitchStmt ss -> {
                    if (charge(1) || stmt(ss.init()) || (ss.tag() != null && expr(ss.tag()))) {
                        yield true;
                    }
                    for (Ast.Stmt c : ss.body().list()) {
                        Ast.CaseClause cc = (Ast.CaseClause) c;
                        if (charge(1) || exprs(cc.list()) || stmts(cc.body())) {
                            yield true;
                        }
                    }
                    yield false;
                }
                case Ast.TypeSwitchStmt ts -> {
                    Expr x = ts.assign() instanceof Ast.AssignStmt as ? ((Ast.TypeAssertExpr) as.rhs().get(0)).x()
                            : ((Ast.TypeAssertExpr) ((Ast.ExprStmt) ts.assign()).x()).x();
                    if (charge(2) || stmt(ts.init()) || expr(x)) {
                        yield true;
                    }
                    for (Ast.Stmt c : ts.body().list()) {
                        Ast.CaseClause cc = (Ast.CaseClause) c;
                        if (charge(1 + cc.list().size()) || stmts(cc.body())) {
                            yield true;
                        }
                    }
                    yield false;
                }
                case Ast.SelectStmt ss -> {
                    if (charge(1)) {
                        yield true;
                    }
                    for (Ast.Stmt c : ss.body().list()) {
                        Ast.CommClause cc = (Ast.CommClause) c;
                        if (charge(1) || stmt(cc.comm()) || stmts(cc.body())) {
                            yield true;
                        }
                    }
                    yield false;
                }
                case Ast.ForStmt fs -> charge(1) || stmt(fs.init()) || (fs.cond() != null && expr(fs.cond()))
                        || stmt(fs.post()) || stmts(fs.body().list());
                case Ast.RangeStmt rs -> charge(1) || (rs.key() != null && expr(rs.key()))
                        || (rs.value() != null && expr(rs.value())) || expr(rs.x()) || stmts(rs.body().list());
                case Ast.CaseClause cc -> stmts(cc.body());
                case Ast.CommClause cc -> stmts(cc.body());
            };
        }

        private boolean assign(Ast.AssignStmt as) {
            boolean define = as.tok().equals(":=");
            if (define) {
                int fresh = 0;
                for (Expr l : as.lhs()) {
                    if (l instanceof Ast.Ident id && r.defs.get(id) != null && r.defs.get(id).pos.equals(id.pos())) {
                        fresh++;
                    }
                }
                if (charge(2 * fresh)) {
                    return true;
                }
            }
            if (!as.tok().equals("=") && !define) {
                // x op= y
                return charge(1) || expr(as.lhs().get(0)) || expr(as.rhs().get(0));
            }
            if (charge(1)) {
                return true;
            }
            for (Expr l : as.lhs()) {
                if (l instanceof Ast.Ident id && id.name().equals("_")) {
                    if (charge(1)) {
                        return true;
                    }
                } else if (expr(l)) {
                    return true;
                }
            }
            List<T> lts = new ArrayList<>();
            for (Expr l : as.lhs()) {
                lts.add(r.typeOf(Resolver.unparen(l)));
            }
            return assignValues(as.lhs().size(), as.rhs(), lts);
        }

        private boolean assignValues(int n, List<Expr> rhs, List<T> targets) {
            for (int i = 0; i < rhs.size(); i++) {
                Expr e = rhs.get(i);
                T target = targets != null && i < targets.size() ? targets.get(i)
                        : targets == null && rhs.size() == fn.results.size() && i < fn.results.size()
                                ? fn.results.get(i).type : null;
                if (implicitIface(e, target) && charge(1)) {
                    return true;
                }
                if (expr(e)) {
                    return true;
                }
            }
            return false;
        }

        boolean implicitIface(Expr e, T target) {
            T from = r.typeOf(Resolver.unparen(e));
            return target != null && TypeModel.isInterface(target) && from != null && !TypeModel.isInterface(from)
                    && from != TypeModel.UNTYPED_NIL && !(from instanceof TypeModel.Tuple);
        }

        boolean expr(Expr e) {
            if (e == null) {
                return false;
            }
            Expr u = Resolver.unparen(e);
            if (isConstant(u)) {
                return charge(1);
            }
            return switch (u) {
                case Ast.Ident id -> charge(1);
                case Ast.BasicLit b -> charge(1);
                case Ast.FuncLit fl -> {
                    // Go 1.19 inlines functions containing closures; a closure costs 15 more.
                    if (charge(16)) {
                        yield true;
                    }
                    Fn c = r.lits.get(fl);
                    Cost inner = new Cost(c);
                    inner.budget = budget;
                    boolean stop = inner.stmts(fl.body().list());
                    budget = inner.budget;
                    if (stop) {
                        reason = inner.reason;
                    }
                    yield stop;
                }
                case Ast.CompositeLit cl -> compositeLit(cl);
                case Ast.SelectorExpr se -> {
                    Resolver.Selection sel = r.selections.get(se);
                    if (sel != null && sel.kind() == Resolver.SelKind.PKG) {
                        yield charge(1);
                    }
                    if (sel != null && (sel.kind() == Resolver.SelKind.METHOD || sel.kind() == Resolver.SelKind.IFACE_METHOD)) {
                        yield charge(2) || expr(se.x()); // OMETHVALUE
                    }
                    if (sel != null && sel.kind() == Resolver.SelKind.METHOD_EXPR) {
                        yield charge(1);
                    }
                    int steps = sel == null ? 1 : Math.max(1, sel.derefs().size());
                    yield charge(steps) || expr(se.x());
                }
                case Ast.IndexExpr ix -> charge(1) || expr(ix.x()) || expr(ix.index());
                case Ast.IndexListExpr il -> charge(1);
                case Ast.SliceExpr sl -> {
                    boolean arr = TypeModel.under(r.typeOf(Resolver.unparen(sl.x()))) instanceof TypeModel.Arr;
                    yield charge(arr ? 2 : 1) || expr(sl.x()) || expr(sl.low()) || expr(sl.high()) || expr(sl.max());
                }
                case Ast.TypeAssertExpr ta -> charge(1) || expr(ta.x());
                case Ast.CallExpr c -> call(c);
                case Ast.StarExpr s -> {
                    if (Resolver.unparen(s.x()) instanceof Ast.UnaryExpr ue && ue.op().equals("&")) {
                        budget++;
                    }
                    yield charge(1) || expr(s.x());
                }
                case Ast.UnaryExpr ue -> {
                    if (ue.op().equals("+")) {
                        yield expr(ue.x());
                    }
                    yield charge(1) || expr(ue.x());
                }
                case Ast.BinaryExpr b -> {
                    if (b.op().equals("+") && TypeModel.isString(r.typeOf(u))) {
                        // One OADDSTR for the whole chain of concatenations.
                        List<Expr> ops = new ArrayList<>();
                        flattenAdd(u, ops);
                        yield charge(1) || exprs(ops);
                    }
                    yield charge(1) || expr(b.x()) || expr(b.y());
                }
                case Ast.KeyValueExpr kv -> charge(1) || expr(kv.key()) || expr(kv.value());
                default -> charge(1);
            };
        }

        private void flattenAdd(Expr e, List<Expr> ops) {
            Expr u = Resolver.unparen(e);
            if (u instanceof Ast.BinaryExpr b && b.op().equals("+") && !isConstant(u)) {
                flattenAdd(b.x(), ops);
                flattenAdd(b.y(), ops);
            } else {
                ops.add(u);
            }
        }

        boolean isConstant(Expr e) {
            return switch (e) {
                case Ast.BasicLit b -> true;
                case Ast.Ident id -> r.uses.get(id) != null && (r.uses.get(id).kind == Resolver.Kind.CONST
                        || r.uses.get(id).kind == Resolver.Kind.NIL);
                case Ast.BinaryExpr b -> isConstant(Resolver.unparen(b.x())) && isConstant(Resolver.unparen(b.y()));
                case Ast.UnaryExpr u -> !u.op().equals("&") && !u.op().equals("<-") && isConstant(Resolver.unparen(u.x()));
                case Ast.ParenExpr p -> isConstant(p.x());
                case Ast.CallExpr c -> r.conversions.get(c) != null && c.args().size() == 1
                        && isConstant(Resolver.unparen(c.args().get(0)))
                        && !TypeModel.isInterface(r.conversions.get(c));
                default -> false;
            };
        }

        private boolean compositeLit(Ast.CompositeLit cl) {
            T u = TypeModel.under(r.typeOf(cl));
            int self = u instanceof TypeModel.Slice ? 2 : 1;
            if (charge(self)) {
                return true;
            }
            for (Expr el : cl.elts()) {
                if (u instanceof TypeModel.StructT) {
                    Expr v = el instanceof Ast.KeyValueExpr kv ? kv.value() : el;
                    if (charge(1) || elem(v)) {
                        return true;
                    }
                } else if (el instanceof Ast.KeyValueExpr kv) {
                    if (u instanceof TypeModel.MapT) {
                        if (charge(1) || elem(kv.key()) || elem(kv.value())) {
                            return true;
                        }
                    } else if (charge(1) || elem(kv.key()) || elem(kv.value())) {
                        return true;
                    }
                } else if (elem(el)) {
                    return true;
                }
            }
            return false;
        }

        private boolean elem(Expr v) {
            Expr u = Resolver.unparen(v);
            if (u instanceof Ast.CompositeLit cl && cl.type() == null
                    && TypeModel.under(r.typeOf(cl)) instanceof TypeModel.Ptr) {
                return charge(1) || compositeLit(cl);
            }
            return expr(v);
        }

        private boolean call(Ast.CallExpr c) {
            T conv = r.conversions.get(c);
            if (conv != null) {
                Expr x = c.args().get(0);
                T from = r.typeOf(Resolver.unparen(x));
                boolean nop = from != null && (TypeModel.under(from).equals(TypeModel.under(conv))
                        || (TypeModel.isPointer(from) && TypeModel.isPointer(conv)));
                if (nop) {
                    return expr(x); // OCONVNOP costs nothing
                }
                return charge(1) || expr(x);
            }
            String b = r.builtins.get(c);
            if (b != null) {
                switch (b) {
                    case "recover" -> {
                        reason = "call to recover";
                        return true;
                    }
                    case "panic" -> {
                        // OPANIC is cheap: a panic's implicit interface conversion is refunded.
                        boolean implicit = implicitIface(c.args().get(0), TypeModel.EMPTY_IFACE);
                        if (implicit) {
                            budget++;
                        }
                        return charge(2) || (implicit && charge(1)) || expr(c.args().get(0));
                    }
                    case "new" -> {
                        return charge(1);
                    }
                    case "make" -> {
                        return charge(1) || exprs(c.args().subList(1, c.args().size()));
                    }
                    case "append" -> {
                        if (charge(1) || expr(c.args().get(0))) {
                            return true;
                        }
                        T st = r.typeOf(Resolver.unparen(c.args().get(0)));
                        T et = TypeModel.under(st) instanceof TypeModel.Slice s ? s.elem() : null;
                        for (int i = 1; i < c.args().size(); i++) {
                            if ((!c.hasEllipsis() && implicitIface(c.args().get(i), et) && charge(1))
                                    || expr(c.args().get(i))) {
                                return true;
                            }
                        }
                        return false;
                    }
                    default -> {
                        return charge(1) || exprs(c.args());
                    }
                }
            }
            Batch.Callee ce = callee(c, null);
            int calleeCost = EXTRA_CALL_COST;
            if (ce.fn != null && !ce.iface && ce.devirtTo == null) {
                Fn f = ce.fn;
                if (f.outer != null) {
                    checkInline(f);
                }
                if (inlCost.containsKey(f)) {
                    calleeCost = inlCost.get(f);
                }
            } else if (ce.std != null && StdLib.inlineCost(ce.std) >= 0) {
                calleeCost = StdLib.inlineCost(ce.std);
            }
            if (charge(1 + calleeCost)) {
                return true;
            }
            // The function operand: a name, a method expression (with its type), or an interface selector.
            if (ce.recvSel != null) {
                if (charge(ce.iface ? 1 : 1)) {
                    return true;
                }
                if (ce.selection != null && ce.selection.addr() && charge(1)) {
                    return true;
                }
                if (expr(ce.recvSel.x())) {
                    return true;
                }
            } else if (expr(c.fun())) {
                return true;
            }
            return args(c, ce);
        }

        private boolean args(Ast.CallExpr c, Batch.Callee ce) {
            TypeModel.FuncT sig = ce.sig;
            List<T> ps = sig == null ? List.of() : sig.params();
            boolean variadic = sig != null && sig.variadic() && !c.hasEllipsis();
            int fixed = variadic ? ps.size() - 1 : ps.size();
            for (int i = 0; i < c.args().size(); i++) {
                Expr a = c.args().get(i);
                T pt;
                if (variadic && i >= fixed) {
                    if (i == fixed && charge(2)) {
                        return true; // the implicit ... slice literal
                    }
                    pt = ps.get(fixed) instanceof TypeModel.Slice s ? s.elem() : null;
                } else {
                    pt = i < ps.size() ? ps.get(i) : null;
                }
                if (implicitIface(a, pt) && charge(1)) {
                    return true;
                }
                if (expr(a)) {
                    return true;
                }
            }
            return false;
        }
    }

    // ------------------------------------------------------------------ callees

    /** What call c statically calls, in the context of inline site ctx (for its parameters' values). */
    Batch.Callee callee(Ast.CallExpr c, Site ctx) {
        Batch.Callee ce = new Batch.Callee();
        Expr fun = Resolver.unparen(c.fun());
        T ft = TypeModel.under(r.typeOf(fun));
        ce.sig = ft instanceof TypeModel.FuncT f ? f : null;
        if (fun instanceof Ast.SelectorExpr se && r.selections.get(se) != null) {
            Resolver.Selection sel = r.selections.get(se);
            switch (sel.kind()) {
                case METHOD -> {
                    ce.recvSel = se;
                    ce.selection = sel;
                    ce.fn = r.decls.get(sel.method());
                    if (ce.fn != null) {
                        ce.sig = ce.fn.sig;
                    }
                    return ce;
                }
                case IFACE_METHOD -> {
                    ce.recvSel = se;
                    ce.selection = sel;
                    ce.iface = true;
                    T to = devirtualized.get(c);
                    if (to != null) {
                        Ast.FuncDecl m = r.findMethodDecl(to, se.sel().name());
                        if (m != null) {
                            ce.iface = false;
                            ce.fn = r.decls.get(m);
                            ce.sig = ce.fn.sig;
                            ce.devirtTo = to;
                        }
                    }
                    return ce;
                }
                case PKG -> {
                    if (sel.obj() != null && sel.obj().kind == Resolver.Kind.FUNC) {
                        ce.std = sel.obj();
                        ce.sig = (TypeModel.FuncT) sel.obj().type;
                    }
                    return ce;
                }
                default -> {}
            }
        }
        Object[] sv = staticValue(fun, ctx);
        Expr v = (Expr) sv[0];
        switch (v) {
            case Ast.FuncLit fl -> ce.fn = r.lits.get(fl);
            case Ast.Ident id -> {
                Obj o = r.uses.get(id);
                if (o != null && o.kind == Resolver.Kind.FUNC && o.func != null) {
                    ce.fn = r.decls.get(o.func);
                }
            }
            case Ast.SelectorExpr se -> {
                Resolver.Selection sel = r.selections.get(se);
                if (sel != null && sel.kind() == Resolver.SelKind.METHOD_EXPR && sel.method() != null) {
                    Fn m = r.decls.get(sel.method());
                    boolean ptrRecv = sel.method().recv().type() instanceof Ast.StarExpr;
                    boolean ptrExpr = TypeModel.isPointer(sel.recvBase());
                    if (m != null && ptrRecv == ptrExpr) {
                        ce.fn = m;
                        ce.methodExpr = true;
                    }
                } else if (sel != null && sel.kind() == Resolver.SelKind.PKG && sel.obj() != null
                        && sel.obj().kind == Resolver.Kind.FUNC) {
                    ce.std = sel.obj();
                }
            }
            default -> {}
        }
        return ce;
    }

    /** Go's ir.StaticValue: follows variables assigned exactly once (and inlined parameters). */
    Object[] staticValue(Expr e, Site ctx) {
        for (int guard = 0; guard < 20; guard++) {
            e = Resolver.unparen(e);
            if (!(e instanceof Ast.Ident id)) {
                break;
            }
            Obj o = r.uses.get(id);
            if (o == null || o.kind != Resolver.Kind.VAR || o.reassignedAnywhere || o.addrTakenAnywhere) {
                break;
            }
            if (o.cls == Resolver.VarClass.AUTO && o.defnValue != null) {
                e = o.defnValue;
                continue;
            }
            if (o.cls == Resolver.VarClass.PARAM) {
                Site s = ctx;
                while (s != null && s.callee != o.owner) {
                    s = s.parent;
                }
                if (s != null && s.paramArgs.containsKey(o)) {
                    e = s.paramArgs.get(o);
                    ctx = s.parent;
                    continue;
                }
            }
            break;
        }
        return new Object[] {e, ctx};
    }

    // ------------------------------------------------------------------ InlineCalls

    void inlineCalls(Fn fn) {
        Map<Ast.CallExpr, Site> top = new IdentityHashMap<>();
        sites.put(fn, top);
        int maxCost = isBigFunc(fn) ? 20 : MAX_BUDGET;
        editBody(fn, fn.body(), top, null, new HashSet<>(), null, maxCost);
    }

    private boolean isBigFunc(Fn fn) {
        int[] n = {0};
        new AstWalk() {
            @Override
            boolean visit(Ast.Node x) {
                n[0]++;
                return true;
            }
        }.walk(fn.body());
        return n[0] >= 5000;
    }

    /** Visits calls of a body in Go's order (operands first), inlining where Go would. */
    private void editBody(Fn curFunc, Ast.Node body, Map<Ast.CallExpr, Site> into, Site parent, Set<Fn> inlMap,
            Ast.Pos outerPos, int maxCost) {
        new Object() {
            void visit(Ast.Node n, boolean noInline) {
                if (n == null) {
                    return;
                }
                if (n instanceof Ast.FuncLit) {
                    return; // closures are inlined into separately
                }
                if (n instanceof Ast.GoStmt g) {
                    children(g.call(), true);
                    return;
                }
                if (n instanceof Ast.DeferStmt d) {
                    children(d.call(), true);
                    return;
                }
                children(n, false);
                if (n instanceof Ast.CallExpr c && !noInline) {
                    maybeInline(c);
                }
            }

            void children(Ast.Node n, boolean callNoInline) {
                List<Ast.Node> kids = new ArrayList<>();
                new AstWalk() {
                    boolean first = true;

                    @Override
                    boolean visit(Ast.Node x) {
                        if (first) {
                            first = false;
                            return true;
                        }
                        kids.add(x);
                        return false;
                    }
                }.walk(n);
                for (Ast.Node k : kids) {
                    visit(k, false);
                }
                if (callNoInline) {
                    // the go/defer call itself is not inlined
                }
            }

            void maybeInline(Ast.CallExpr c) {
                if (r.builtins.containsKey(c) || r.conversions.containsKey(c)) {
                    return;
                }
                Batch.Callee ce = callee(c, parent);
                if (ce.iface) {
                    return;
                }
                Ast.Pos pos = outerPos != null ? outerPos : c.lparen();
                if (ce.fn == null) {
                    if (ce.std != null && StdLib.inlineCost(ce.std) >= 0 && StdLib.inlineCost(ce.std) <= maxCost) {
                        if (level >= 1) {
                            out.add(pos + ": inlining call to " + ce.std.name);
                        }
                    }
                    return;
                }
                Fn f = ce.fn;
                if (f.outer != null) {
                    checkInline(f);
                }
                if (!inlCost.containsKey(f) || inlCost.get(f) > maxCost || f == curFunc || inlMap.contains(f)) {
                    return;
                }
                if (level >= 1) {
                    out.add(pos + ": inlining call to " + f.name);
                }
                Site s = new Site(c, f, parent);
                int pi = 0;
                if (ce.recvSel != null && !f.params.isEmpty()) {
                    s.paramArgs.put(f.params.get(0), ce.recvSel.x());
                    pi = 1;
                }
                boolean variadic = f.sig.variadic() && !c.hasEllipsis();
                int nfixed = f.params.size() - pi - (variadic ? 1 : 0);
                for (int i = 0; i < c.args().size() && i < nfixed; i++) {
                    s.paramArgs.put(f.params.get(i + pi), c.args().get(i));
                }
                into.put(c, s);
                Set<Fn> m2 = new HashSet<>(inlMap);
                m2.add(f);
                editBody(curFunc, f.body(), s.nested, s, m2, pos, maxCost);
            }
        }.visit(body, false);
    }

    // ------------------------------------------------------------------ devirtualization

    /**
     * Go's devirtualize pass: an interface method call whose receiver is a variable assigned once
     * from a concrete type becomes a direct call on that type.
     */
    void devirtualize(Fn fn) {
        if (fn.body() == null) {
            return;
        }
        new AstWalk() {
            @Override
            boolean visit(Ast.Node n) {
                if (n instanceof Ast.FuncLit) {
                    return false;
                }
                if (n instanceof Ast.GoStmt || n instanceof Ast.DeferStmt) {
                    return true;
                }
                if (n instanceof Ast.CallExpr c && Resolver.unparen(c.fun()) instanceof Ast.SelectorExpr se
                        && r.selections.get(se) != null
                        && r.selections.get(se).kind() == Resolver.SelKind.IFACE_METHOD) {
                    Expr x = (Expr) staticValue(se.x(), null)[0];
                    if (x != Resolver.unparen(se.x())) {
                        T t = r.typeOf(x);
                        if (x instanceof Ast.CallExpr cv && r.conversions.get(cv) != null
                                && TypeModel.isInterface(r.conversions.get(cv)) && !cv.args().isEmpty()) {
                            t = r.typeOf(Resolver.unparen(cv.args().get(0)));
                        }
                        if (t != null && !TypeModel.isInterface(t) && !TypeModel.isUntyped(t)
                                && r.findMethodDecl(t, se.sel().name()) != null) {
                            devirtualized.put(c, t);
                            if (level >= 1) {
                                devirtOut.add(c.lparen() + ": devirtualizing " + new GoText(r).expr(se) + " to "
                                        + TypeModel.str(t));
                            }
                        }
                    }
                }
                return true;
            }
        }.walk(fn.body());
    }
}
