package minigo.escape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minigo.ast.Ast;
import minigo.ast.Ast.Expr;
import minigo.escape.Location.Hole;
import minigo.escape.Resolver.Fn;
import minigo.escape.Resolver.Obj;
import minigo.escape.TypeModel.T;

/**
 * Escape analysis of one batch of functions (a strongly connected component of the call graph,
 * with the function literals they contain): builds the location graph from the bodies, decides
 * how closures capture, applies the size rules, solves, and reports. The walk mirrors Go's
 * cmd/compile/internal/escape over our AST: every expression is evaluated into a {@link Hole}
 * that says where its value goes.
 */
final class Batch {
    static final long MAX_STACK_VAR_SIZE = 10 * 1024 * 1024;
    static final long MAX_IMPLICIT_STACK_VAR_SIZE = 64 * 1024;

    final Analysis an;
    final Resolver r;
    final GoText text;
    final List<Fn> fns;
    final Set<Fn> inBatch = new HashSet<>();
    final List<Location> allLocs = new ArrayList<>();
    final Location heapLoc;
    final Location blankLoc;
    final List<Object[]> closures = new ArrayList<>();
    final Map<Obj, Location> varLocs = new IdentityHashMap<>();
    final List<String> out;
    final int level;

    Batch(Analysis an, List<Fn> fns, List<String> out) {
        this.an = an;
        this.r = an.r;
        this.text = an.text;
        this.fns = fns;
        this.out = out;
        this.level = an.level;
        inBatch.addAll(fns);
        heapLoc = new Location(Location.What.HEAP, null, null, "{heap}", Ast.Pos.NONE, null, 0, false, null);
        heapLoc.escapes = true;
        blankLoc = new Location(Location.What.BLANK, null, null, "_", Ast.Pos.NONE, null, 0, false, null);
    }

    /** An inlined call's copy of the callee's variables, reported at the outermost call's position. */
    static final class Instance {
        final Instance parent;
        final Fn callee;
        final Ast.Pos pos;
        final Map<Obj, Location> vars = new IdentityHashMap<>();
        final Map<Obj, Expr> paramArgs = new IdentityHashMap<>();
        final Map<Ast.CallExpr, Inliner.Site> sites;
        final Inliner.Site site;

        Instance(Instance parent, Fn callee, Ast.Pos pos, Inliner.Site site) {
            this.parent = parent;
            this.callee = callee;
            this.pos = pos;
            this.site = site;
            this.sites = site == null ? Map.of() : site.nested;
        }
    }

    /** Go's escape struct: the state of walking one body (a function's own, or an inlined copy). */
    final class Ctx {
        final Fn curfn;
        int loopDepth = 1;
        final Instance inst;
        final List<Location> retLocs;
        final Map<Ast.CallExpr, Inliner.Site> sites;
        final Set<String> loopingLabels = new HashSet<>();

        Ctx(Fn curfn, Instance inst, List<Location> retLocs, Map<Ast.CallExpr, Inliner.Site> sites) {
            this.curfn = curfn;
            this.inst = inst;
            this.retLocs = retLocs;
            this.sites = sites;
        }

        /** Go's text, with this body's inlined calls shown as their result variables. */
        GoText text() {
            Batch.this.text.inlined = sites;
            return Batch.this.text;
        }

        Ast.Pos at(Ast.Pos p) {
            return inst != null ? inst.pos : p;
        }

        // ---------------------------------------------------------------- locations

        Location newLoc(Location.What what, Obj var, Ast.Node node, String txt, Ast.Pos pos, boolean isTransient) {
            Location l = new Location(what, var, node, txt, at(pos), curfn, loopDepth, isTransient, inst);
            allLocs.add(l);
            return l;
        }

        Location varLoc(Obj o) {
            for (Instance i = inst; i != null; i = i.parent) {
                Location l = i.vars.get(o);
                if (l != null) {
                    return l;
                }
            }
            Location l = varLocs.get(o);
            if (l == null) {
                // A variable of a function outside this batch (should not happen) or created late.
                l = new Location(Location.What.VAR, o, null, o.name, o.pos, o.owner, 1, false, null);
                l.isParam = o.cls == Resolver.VarClass.PARAM;
                l.resultIndex = o.resultIndex;
                allLocs.add(l);
                varLocs.put(o, l);
            }
            return l;
        }

        Hole heapHole() {
            return heapLoc.asHole();
        }

        Hole discardHole() {
            return blankLoc.asHole();
        }

        Hole spill(Hole k, Ast.Node n, String txt, Ast.Pos pos) {
            Location loc = newLoc(Location.What.EXPR, null, n, txt, pos, true);
            flow(k.addr(txt, at(pos), "spill"), loc);
            return loc.asHole();
        }

        Hole teeHole(List<Hole> ks) {
            if (ks.isEmpty()) {
                return discardHole();
            }
            if (ks.size() == 1) {
                return ks.get(0);
            }
            Location loc = newLoc(Location.What.TEMP, null, null, "{temp}", Ast.Pos.NONE, true);
            for (Hole k : ks) {
                flow(k, loc);
            }
            return loc.asHole();
        }

        Hole later(Hole k) {
            Location loc = newLoc(Location.What.TEMP, null, null, "{temp}", Ast.Pos.NONE, false);
            flow(k, loc);
            return loc.asHole();
        }

        void flow(Hole k, Location src) {
            Batch.this.flow(k, src);
        }

        // ---------------------------------------------------------------- expressions

        void discard(Expr e) {
            expr(discardHole(), e);
        }

        void expr(Hole k, Expr n) {
            if (n == null) {
                return;
            }
            n = Resolver.unparen(n);
            T t = r.typeOf(n);
            if (k.derefs() >= 0 && t != null && !TypeModel.isUntyped(t) && !(t instanceof TypeModel.Tuple)
                    && !TypeModel.hasPointers(t)) {
                k = k.withDst(blankLoc);
            }
            switch (n) {
                case Ast.Ident id -> {
                    Obj o = r.uses.get(id);
                    if (o == null) {
                        o = r.defs.get(id);
                    }
                    if (o == null || o.kind != Resolver.Kind.VAR || o.cls == Resolver.VarClass.GLOBAL) {
                        return;
                    }
                    flow(k, varLoc(o));
                }
                case Ast.BasicLit b -> {}
                case Ast.UnaryExpr u -> {
                    switch (u.op()) {
                        case "&" -> {
                            Expr x = Resolver.unparen(u.x());
                            if (x instanceof Ast.CompositeLit cl) {
                                Hole sk = spill(k, n, text().expr(n), u.pos());
                                compositeLit(sk, cl);
                            } else {
                                expr(k.addr(text().expr(n), at(u.pos()), "address-of"), x);
                            }
                        }
                        default -> discard(u.x());
                    }
                }
                case Ast.StarExpr s -> expr(k.deref(text().expr(n), at(s.pos()), "indirection"), s.x());
                case Ast.SelectorExpr se -> selector(k, se);
                case Ast.IndexExpr ix -> {
                    T xt = r.typeOf(Resolver.unparen(ix.x()));
                    T u = TypeModel.under(xt);
                    if (u instanceof TypeModel.FuncT || r.isTypeExpr(ix.x())) {
                        return; // generic instantiation: a function value
                    }
                    if (u instanceof TypeModel.MapT) {
                        discard(ix.x());
                        discard(ix.index());
                        return;
                    }
                    if (u instanceof TypeModel.Arr) {
                        expr(k.note(text().expr(n), at(ix.lbrack()), "fixed-array-index-of"), ix.x());
                    } else if (u instanceof TypeModel.Ptr) {
                        // p[i] on *[N]T is (*p)[i]: an implicit dereference, then an array index.
                        expr(k.note(text().expr(n), at(ix.lbrack()), "fixed-array-index-of")
                                .deref(text().expr(ix.x()), at(ix.x().pos()), "indirection"), ix.x());
                    } else {
                        expr(k.deref(text().expr(n), at(ix.lbrack()), "dot of pointer"), ix.x());
                    }
                    discard(ix.index());
                }
                case Ast.SliceExpr sl -> {
                    T xt = r.typeOf(Resolver.unparen(sl.x()));
                    Hole kk = k.note(text().expr(n), at(sl.lbrack()), "slice");
                    if (TypeModel.under(xt) instanceof TypeModel.Arr) {
                        // a[i:j] slices &a.
                        expr(kk.addr(text().expr(sl.x()), at(sl.x().pos()), "address-of"), sl.x());
                    } else {
                        expr(kk, sl.x());
                    }
                    discard(sl.low());
                    discard(sl.high());
                    discard(sl.max());
                }
                case Ast.TypeAssertExpr ta -> {
                    T to = r.typeOf(n);
                    expr(dotType(k, to, text().expr(n), at(ta.lparen())), ta.x());
                }
                case Ast.CallExpr c -> call(new ArrayList<>(List.of(k)), c);
                case Ast.CompositeLit cl -> compositeLit(k, cl);
                case Ast.FuncLit fl -> closure(k, fl);
                case Ast.BinaryExpr b -> {
                    if (b.op().equals("+") && TypeModel.isString(t) && !TypeModel.isUntyped(t) && !isConst(n)) {
                        spill(k, n, text().expr(n), b.opPos());
                    }
                    discard(b.x());
                    discard(b.y());
                }
                default -> {}
            }
        }

        boolean isConst(Expr e) {
            e = Resolver.unparen(e);
            return switch (e) {
                case Ast.BasicLit b -> true;
                case Ast.Ident id -> r.uses.get(id) != null && r.uses.get(id).kind == Resolver.Kind.CONST;
                case Ast.BinaryExpr b -> isConst(b.x()) && isConst(b.y());
                case Ast.UnaryExpr u -> !u.op().equals("&") && !u.op().equals("<-") && isConst(u.x());
                case Ast.CallExpr c -> r.conversions.get(c) != null && c.args().size() == 1 && isConst(c.args().get(0));
                default -> false;
            };
        }

        Hole dotType(Hole k, T t, String where, Ast.Pos pos) {
            if (t != null && !TypeModel.isInterface(t) && !TypeModel.isDirectIface(t)) {
                k = k.shift(1);
            }
            return k.note(where, pos, "dot");
        }

        /** x.f, or the method value x.m. */
        void selector(Hole k, Ast.SelectorExpr se) {
            Resolver.Selection sel = r.selections.get(se);
            if (sel == null) {
                return;
            }
            switch (sel.kind()) {
                case PKG, METHOD_EXPR -> {}
                case FIELD -> {
                    int derefs = 0;
                    for (boolean p : sel.derefs()) {
                        if (p) {
                            derefs++;
                        }
                    }
                    Hole kk = derefs > 0 ? k.shift(derefs).note(text().expr(se), at(dotPos(se)), "dot of pointer")
                            : k.note(text().expr(se), at(dotPos(se)), "dot");
                    expr(kk, se.x());
                }
                case METHOD, IFACE_METHOD -> methodValue(k, se, sel);
            }
        }

        void methodValue(Hole k, Ast.SelectorExpr se, Resolver.Selection sel) {
            Hole closureK = spill(k, se, text().expr(se), dotPos(se));
            Fn m = sel.method() == null ? null : r.decls.get(sel.method());
            List<Hole> ks = new ArrayList<>();
            int nres = m == null ? 1 : m.sig.results().size();
            for (int i = 0; i < nres; i++) {
                ks.add(heapHole());
            }
            Hole paramK = m == null ? heapHole() : tagHole(ks, m, null, 0);
            receiver(teeHole(List.of(paramK, closureK)), se, sel);
        }

        /** Evaluates a method's receiver x into k, with Go's implicit & or * and embedded-field steps. */
        void receiver(Hole k, Ast.SelectorExpr se, Resolver.Selection sel) {
            int derefs = 0;
            List<Boolean> path = sel.derefs();
            for (int i = 0; i < path.size() - 1; i++) {
                if (path.get(i)) {
                    derefs++;
                }
            }
            if (sel.deref()) {
                derefs++;
            }
            if (sel.addr()) {
                derefs--;
            }
            Hole kk = k;
            if (derefs < 0) {
                kk = k.addr(text().expr(se.x()), at(dotPos(se)), "address-of");
                derefs++;
            }
            if (derefs > 0) {
                kk = kk.shift(derefs).note(text().expr(se.x()), at(se.x().pos()), "dot of pointer");
            }
            expr(kk, se.x());
        }

        void compositeLit(Hole k, Ast.CompositeLit cl) {
            T t = r.typeOf(cl);
            T u = TypeModel.under(t);
            String txt = text().expr(cl);
            switch (u) {
                case TypeModel.StructT st -> {
                    for (int i = 0; i < cl.elts().size(); i++) {
                        Expr el = cl.elts().get(i);
                        T ft = null;
                        Expr v = el;
                        if (el instanceof Ast.KeyValueExpr kv) {
                            v = kv.value();
                            String fname = kv.key() instanceof Ast.Ident id ? id.name() : "";
                            for (TypeModel.Field f : st.fields()) {
                                if (f.name().equals(fname)) {
                                    ft = f.type();
                                }
                            }
                        } else if (i < st.fields().size()) {
                            ft = st.fields().get(i).type();
                        }
                        elem(k.note(txt, at(cl.lbrace()), "struct literal element"), v, ft);
                    }
                }
                case TypeModel.Arr a -> {
                    for (Expr el : cl.elts()) {
                        Expr v = el instanceof Ast.KeyValueExpr kv ? kv.value() : el;
                        elem(k.note(txt, at(cl.lbrace()), "array literal element"), v, a.elem());
                    }
                }
                case TypeModel.Slice s -> {
                    Hole sk = spill(k, cl, txt, cl.lbrace());
                    for (Expr el : cl.elts()) {
                        Expr v = el instanceof Ast.KeyValueExpr kv ? kv.value() : el;
                        elem(sk.note(txt, at(cl.lbrace()), "slice-literal-element"), v, s.elem());
                    }
                }
                case TypeModel.MapT m -> {
                    spill(k, cl, txt, cl.lbrace());
                    for (Expr el : cl.elts()) {
                        if (el instanceof Ast.KeyValueExpr kv) {
                            elem(heapHole().note(txt, at(cl.lbrace()), "map literal key"), kv.key(), m.key());
                            elem(heapHole().note(txt, at(cl.lbrace()), "map literal value"), kv.value(), m.value());
                        }
                    }
                }
                case null, default -> {
                    for (Expr el : cl.elts()) {
                        discard(el instanceof Ast.KeyValueExpr kv ? kv.value() : el);
                    }
                }
            }
        }

        /** A composite literal element: an elided &T{} or T{}, or an expression converted to the element type. */
        void elem(Hole k, Expr v, T et) {
            Expr uv = Resolver.unparen(v);
            if (uv instanceof Ast.CompositeLit cl && cl.type() == null && TypeModel.under(et) instanceof TypeModel.Ptr) {
                Hole sk = spill(k, cl, "&" + text().expr(cl), cl.lbrace());
                compositeLit(sk, cl);
                return;
            }
            convExpr(k, v, et, v.pos());
        }

        /** Evaluates e into k, converting it to type to (an implicit interface conversion boxes it). */
        void convExpr(Hole k, Expr e, T to, Ast.Pos convPos) {
            Expr ue = Resolver.unparen(e);
            T from = r.typeOf(ue);
            if (to != null && TypeModel.isInterface(to) && from != null && !TypeModel.isInterface(from)
                    && from != TypeModel.UNTYPED_NIL && !(from instanceof TypeModel.Tuple)) {
                T d = TypeModel.defaultType(from);
                // An inlined call's value is its result variable by the time Go converts it.
                String txt = ue instanceof Ast.CallExpr ic && sites.containsKey(ic) ? "~R0" : text().expr(ue);
                if (!TypeModel.isDirectIface(d)) {
                    k = spill(k, ue, txt, convPos);
                }
                expr(k.note(txt, at(convPos), "interface-converted"), ue);
                return;
            }
            expr(k, e);
        }

        void closure(Hole k, Ast.FuncLit fl) {
            Fn fn = r.lits.get(fl);
            k = spill(k, fl, "func literal", fl.pos());
            closures.add(new Object[] {k, fn, this});
            for (Obj cv : fn.closureVars) {
                Location loc = varLoc(cv);
                if (!loc.captured) {
                    loc.captured = true;
                    // Reassignments in straight-line code before the first capture do not count.
                    if (loc.loopDepth == loopDepth) {
                        loc.reassigned = false;
                    }
                }
            }
            Ctx c;
            if (inst == null) {
                c = new Ctx(fn, null, fn.results.stream().map(Ctx.this::varLoc).toList(),
                        an.inliner.sitesOf(fn));
            } else {
                // A closure inside an inlined body: a copy with its own variables.
                Instance ci = new Instance(inst, fn, inst.pos, null);
                Ctx tmp = new Ctx(fn, ci, List.of(), Map.of());
                for (Obj o : fn.dcl) {
                    Location l = tmp.newLoc(Location.What.VAR, o, null, o.name, o.pos, false);
                    l.isParam = o.cls == Resolver.VarClass.PARAM;
                    l.resultIndex = o.resultIndex;
                    ci.vars.put(o, l);
                }
                c = new Ctx(fn, ci, fn.results.stream().map(ci.vars::get).toList(), Map.of());
            }
            c.walkBody(fn.body());
        }

        void walkBody(Ast.BlockStmt body) {
            if (body == null) {
                return;
            }
            // Labels that a later goto jumps back to make loops.
            Set<String> seen = new HashSet<>();
            scanLabels(body, seen);
            block(body.list());
        }

        private void scanLabels(Ast.Node n, Set<String> seen) {
            new AstWalk() {
                @Override
                boolean visit(Ast.Node x) {
                    if (x instanceof Ast.LabeledStmt ls) {
                        seen.add(ls.label().name());
                    } else if (x instanceof Ast.BranchStmt bs && bs.tok().equals("goto") && bs.label() != null
                            && seen.contains(bs.label().name())) {
                        loopingLabels.add(bs.label().name());
                    }
                    return !(x instanceof Ast.FuncLit);
                }
            }.walk(n);
        }

        // ---------------------------------------------------------------- calls

        Hole tagHole(List<Hole> ks, Fn fn, Obj stdObj, int paramIndex) {
            if (fn == null && stdObj == null) {
                return heapHole();
            }
            if (fn != null && inBatch.contains(fn)) {
                return varLoc(fn.params.get(paramIndex)).asHole();
            }
            Leaks esc = fn != null ? an.tags.getOrDefault(fn, List.of()).size() > paramIndex
                    ? an.tags.get(fn).get(paramIndex) : Leaks.heap(0)
                    : StdLib.tag(stdObj, paramIndex);
            List<Hole> tagKs = new ArrayList<>();
            if (esc.heap() >= 0) {
                tagKs.add(heapHole().shift(esc.heap()));
            }
            if (ks != null) {
                for (int i = 0; i < Leaks.NUM_RESULTS && i < ks.size(); i++) {
                    if (esc.result(i) >= 0) {
                        tagKs.add(ks.get(i).shift(esc.result(i)));
                    }
                }
            }
            return teeHole(tagKs);
        }

        void argument(Hole k, Ast.CallExpr call, Expr arg, T paramType, Ast.Pos convPos) {
            convExpr(k.note(text().expr(call), at(call.lparen()), "call parameter"), arg, paramType, convPos);
        }

        /**
         * Where Go's typechecker places each argument's implicit conversion: an operation at its own
         * position; a plain name at the position of the argument before it that has one (the
         * typechecker's current position), or at the call for the first.
         */
        List<Ast.Pos> convPositions(Ast.CallExpr c) {
            List<Ast.Pos> out = new ArrayList<>();
            Ast.Pos last = c.lparen();
            for (Expr a : c.args()) {
                if (Resolver.unparen(a) instanceof Ast.Ident) {
                    out.add(last);
                } else {
                    last = argPos(a, c.lparen());
                    out.add(last);
                }
            }
            return out;
        }

        /**
         * Where Go places an argument's implicit conversion: at the argument when it is an operation
         * with a position of its own (a call, a receive...), at the call for a name or a literal.
         */
        Ast.Pos argPos(Expr arg, Ast.Pos callPos) {
            Expr a = Resolver.unparen(arg);
            return switch (a) {
                case Ast.Ident id -> callPos;
                case Ast.BasicLit b -> b.pos();
                case Ast.CallExpr c -> c.lparen();
                case Ast.UnaryExpr u -> u.pos();
                case Ast.StarExpr st -> st.pos();
                case Ast.BinaryExpr b -> b.opPos();
                case Ast.SelectorExpr se -> r.selections.get(se) != null
                        && r.selections.get(se).kind() == Resolver.SelKind.PKG ? callPos : dotPos(se);
                case Ast.IndexExpr ix -> ix.lbrack();
                case Ast.SliceExpr sl -> sl.lbrack();
                case Ast.CompositeLit cl -> cl.lbrace();
                default -> a.pos();
            };
        }

        /** What a call's function expression statically denotes, following single assignments. */
        Callee callee(Ast.CallExpr c) {
            return an.inliner.callee(c, inst == null ? null : inst.site);
        }

        void call(List<Hole> ks, Ast.CallExpr c) {
            T conv = r.conversions.get(c);
            if (conv != null) {
                conversion(ks == null ? discardHole() : ks.get(0), c, conv);
                return;
            }
            String b = r.builtins.get(c);
            if (b != null) {
                builtin(ks, c, b);
                return;
            }
            Inliner.Site site = sites.get(c);
            if (site != null) {
                inlinedCall(ks, c, site);
                return;
            }
            Callee ce = callee(c);
            if (ce.std != null && StdLib.inlinedBody(ce.std) != null && an.inliner.stdInlined.contains(c)) {
                StdLib.Entry body = StdLib.inlinedBody(ce.std);
                if (body.tags().contains("alloc")) {
                    // A constructor (errors.New): its &T{...} is allocated at the call, holding the arguments.
                    Hole ak = spill(ks == null || ks.isEmpty() ? discardHole() : ks.get(0), c, body.inlinedCall(),
                            c.lparen());
                    for (Expr a : c.args()) {
                        expr(ak.note(text().expr(c), at(c.lparen()), "call parameter"), a);
                    }
                    return;
                }
                inlinedStdCall(c, ce, body);
                return;
            }
            Fn fn = ce.fn;
            if (ks != null && fn != null && inBatch.contains(fn)) {
                for (int i = 0; i < fn.results.size() && i < ks.size(); i++) {
                    expr0(ks.get(i), varLoc(fn.results.get(i)));
                }
            }
            Expr fun = Resolver.unparen(c.fun());
            TypeModel.FuncT sig = ce.sig;
            int pi = 0;
            if (ce.recvSel != null) {
                // x.m(args): the receiver is the first argument.
                Hole rk = ce.iface ? heapHole() : tagHole(ks, fn, ce.std, 0);
                Hole kk = rk.note(text().expr(c), at(c.lparen()), "call parameter");
                if (ce.devirtTo != null) {
                    kk = dotType(kk, ce.devirtTo, text().expr(ce.recvSel.x()), at(ce.recvSel.x().pos()));
                    expr(kk, ce.recvSel.x());
                } else {
                    receiver(kk, ce.recvSel, ce.selection);
                }
                pi = 1;
            } else {
                if (fun instanceof Ast.FuncLit fl && r.lits.get(fl) != null) {
                    r.lits.get(fl).closureCalled = true;
                }
                expr(discardHole().note(text().expr(c), at(c.lparen()), "call parameter"), c.fun());
                if (ce.methodExpr) {
                    pi = 0;
                }
            }
            List<Expr> args = c.args();
            List<Ast.Pos> cps = convPositions(c);
            int nparams = sig == null ? args.size() : sig.params().size();
            if (ce.methodExpr && fn != null) {
                // T.m(recv, args): parameters are the method's receiver then its parameters.
                nparams = fn.params.size();
            }
            boolean variadic = sig != null && sig.variadic() && !c.hasEllipsis();
            int fixed = variadic ? nparams - 1 : nparams;
            if (args.size() == 1 && nparams > 1 && r.typeOf(Resolver.unparen(args.get(0))) instanceof TypeModel.Tuple) {
                // f(g()): g's results are f's arguments.
                call(null, (Ast.CallExpr) Resolver.unparen(args.get(0)));
                return;
            }
            for (int i = 0; i < args.size() && i < fixed; i++) {
                T pt = paramType(ce, i);
                argument(tagHole(ks, fn, ce.std, i + pi), c, args.get(i), pt, cps.get(i));
            }
            if (variadic) {
                Hole k = tagHole(ks, fn, ce.std, fixed + pi);
                T st = paramType(ce, fixed);
                T et = st instanceof TypeModel.Slice s ? s.elem() : null;
                if (args.size() > fixed) {
                    Hole kk = k.note(text().expr(c), at(c.lparen()), "call parameter");
                    Hole sk = spill(kk, c, "... argument", c.lparen());
                    for (int i = fixed; i < args.size(); i++) {
                        convExpr(sk.note("... argument", at(c.lparen()), "slice-literal-element"), args.get(i), et,
                                cps.get(i));
                    }
                }
            }
        }

        private T paramType(Callee ce, int i) {
            if (ce.sig == null) {
                return null;
            }
            List<T> ps = ce.sig.params();
            if (ce.methodExpr && ce.fn != null) {
                List<T> all = new ArrayList<>();
                all.add(ce.fn.sig.recv());
                all.addAll(ce.fn.sig.params());
                ps = all;
            }
            return i < ps.size() ? ps.get(i) : null;
        }

        /** flow(k, loc) as an expression evaluation, with the pointer-free check of expr. */
        void expr0(Hole k, Location loc) {
            T t = loc.var == null ? null : loc.var.type;
            if (k.derefs() >= 0 && t != null && !TypeModel.hasPointers(t)) {
                return;
            }
            flow(k, loc);
        }

        void inlinedCall(List<Hole> ks, Ast.CallExpr c, Inliner.Site site) {
            Fn callee = site.callee;
            Instance ni = new Instance(inst, callee, inst != null ? inst.pos : c.lparen(), site);
            Callee ce = callee(c);
            // Parameters become variables of the caller, assigned from the arguments.
            Ctx ic = new Ctx(curfn, ni, new ArrayList<>(), site.nested);
            ic.loopDepth = loopDepth;
            for (Obj o : callee.dcl) {
                if (o.cls == Resolver.VarClass.PARAM || o.cls == Resolver.VarClass.RESULT) {
                    String name = o.cls == Resolver.VarClass.RESULT && o.name.startsWith("~r")
                            ? "~R" + o.name.substring(2) : o.name;
                    Location l = ic.newLoc(Location.What.VAR, o, null, name, o.pos, false);
                    l.isParam = false;
                    ni.vars.put(o, l);
                }
            }
            Location[] resLocs = new Location[callee.results.size()];
            for (int i = 0; i < resLocs.length; i++) {
                resLocs[i] = ni.vars.get(callee.results.get(i));
                ic.retLocs.add(resLocs[i]);
            }
            List<Expr> args = c.args();
            List<Ast.Pos> cps = convPositions(c);
            List<Obj> params = callee.params;
            int pi = 0;
            String why = "assign-pair";
            if (ce.recvSel != null && !params.isEmpty()) {
                Location pl = ni.vars.get(params.get(0));
                Hole kk = pl.asHole().note(text().expr(c), at(c.lparen()), why);
                if (ce.devirtTo != null) {
                    expr(dotType(kk, ce.devirtTo, text().expr(ce.recvSel.x()), at(c.lparen())), ce.recvSel.x());
                } else {
                    receiver(kk, ce.recvSel, ce.selection);
                }
                pi = 1;
            }
            boolean variadic = callee.sig.variadic() && !c.hasEllipsis();
            int nfixed = params.size() - pi - (variadic ? 1 : 0);
            for (int i = 0; i < args.size() && i < nfixed; i++) {
                Obj p = params.get(i + pi);
                Location pl = ni.vars.get(p);
                convExpr(pl.asHole().note(text().expr(c), at(c.lparen()), why), args.get(i), p.type,
                        cps.get(i));
            }
            if (variadic) {
                Obj p = params.get(params.size() - 1);
                Location pl = ni.vars.get(p);
                if (args.size() > nfixed) {
                    Hole sk = spill(pl.asHole(), c, "... argument", c.lparen());
                    T et = p.type instanceof TypeModel.Slice s ? s.elem() : null;
                    for (int i = nfixed; i < args.size(); i++) {
                        convExpr(sk.note("... argument", at(c.lparen()), "slice-literal-element"), args.get(i), et,
                                cps.get(i));
                    }
                }
            }
            // The body's own variables.
            for (Obj o : callee.dcl) {
                if (o.cls == Resolver.VarClass.AUTO) {
                    Location l = ic.newLoc(Location.What.VAR, o, null, o.name, o.pos, false);
                    ni.vars.put(o, l);
                }
            }
            ic.walkBody(callee.body());
            for (int i = 0; i < resLocs.length; i++) {
                Hole k = ks != null && i < ks.size() ? ks.get(i) : discardHole();
                expr0(k, resLocs[i]);
            }
        }

        /**
         * An inlined standard function: its parameters become the caller's variables (fmt.a), which
         * then flow into the call its body makes, by that callee's tags.
         */
        void inlinedStdCall(Ast.CallExpr c, Callee ce, StdLib.Entry body) {
            String pkg = ce.std.name.substring(0, ce.std.name.indexOf('.'));
            List<Expr> args = c.args();
            List<Ast.Pos> cps = convPositions(c);
            List<T> ps = ce.sig.params();
            boolean variadic = ce.sig.variadic() && !c.hasEllipsis();
            int fixed = variadic ? ps.size() - 1 : ps.size();
            Ast.Pos pos = at(c.lparen());
            for (int i = 0; i < ps.size(); i++) {
                String pname = pkg + "." + body.params().get(i);
                Location pl = newLoc(Location.What.VAR, null, null, pname, c.lparen(), false);
                if (i < fixed) {
                    if (i < args.size()) {
                        Expr a = args.get(i);
                        convExpr(pl.asHole().note(pname + " := " + text().expr(a), pos, "assign-pair"), a, ps.get(i),
                                argPos(a, c.lparen()));
                    }
                } else if (args.size() > fixed) {
                    Hole sk = spill(pl.asHole().note(pname + " := ... argument", pos, "assign-pair"), c,
                            "... argument", c.lparen());
                    T et = ps.get(i) instanceof TypeModel.Slice sl ? sl.elem() : null;
                    for (int j = fixed; j < args.size(); j++) {
                        convExpr(sk.note("... argument", pos, "slice-literal-element"), args.get(j), et,
                                cps.get(j));
                    }
                }
                if (TypeModel.hasPointers(ps.get(i))) {
                    flow(tagHole(null, null, ce.std, i).note(body.inlinedCall(), pos, "call parameter"), pl);
                }
            }
        }

        void conversion(Hole k, Ast.CallExpr c, T to) {
            Expr x = c.args().isEmpty() ? null : c.args().get(0);
            T from = x == null ? null : r.typeOf(Resolver.unparen(x));
            T tu = TypeModel.under(to);
            T fu = TypeModel.under(from);
            String txt = text().expr(c);
            if (TypeModel.isInterface(to) && from != null && !TypeModel.isInterface(from) && from != TypeModel.UNTYPED_NIL) {
                if (!TypeModel.isDirectIface(TypeModel.defaultType(from))) {
                    k = spill(k, c, txt, c.lparen());
                }
                expr(k.note(txt, at(c.lparen()), "interface-converted"), x);
                return;
            }
            boolean toStr = TypeModel.isString(tu);
            boolean fromStr = TypeModel.isString(fu);
            boolean toSlice = tu instanceof TypeModel.Slice;
            boolean fromSlice = fu instanceof TypeModel.Slice;
            boolean fromInt = fu instanceof TypeModel.Basic bb && !fromStr && !bb.name().startsWith("float")
                    && !bb.name().contains("bool");
            if ((toStr && fromSlice) || (toSlice && fromStr) || (toStr && fromInt && !isConst(x))) {
                spill(k, c, txt, c.lparen());
                discard(x);
                return;
            }
            expr(k, x);
        }

        void builtin(List<Hole> ks, Ast.CallExpr c, String name) {
            List<Expr> args = c.args();
            Hole k0 = ks == null || ks.isEmpty() ? discardHole() : ks.get(0);
            String txt = text().expr(c);
            if (args.size() == 1 && Resolver.unparen(args.get(0)) instanceof Ast.CallExpr g
                    && r.typeOf(g) instanceof TypeModel.Tuple tt && List.of("copy", "complex", "delete", "append").contains(name)) {
                // copy(f()) and the like: f's results flow where the built-in's arguments would
                List<Hole> rk = new ArrayList<>();
                for (int i = 0; i < tt.types().size(); i++) {
                    T t = TypeModel.under(tt.types().get(i));
                    boolean pointers = t instanceof TypeModel.Slice sl && TypeModel.hasPointers(sl.elem());
                    Hole h = discardHole();
                    if (name.equals("copy") && i == 1 && pointers) {
                        h = heapHole().deref(txt, at(c.lparen()), "copied slice");
                    } else if (name.equals("append") && i == 0) {
                        h = pointers ? teeHole(List.of(k0, heapHole().deref(txt, at(c.lparen()), "appendee slice"))) : k0;
                    } else if (name.equals("append")) {
                        h = heapHole();
                    }
                    rk.add(h);
                }
                call(rk, g);
                return;
            }
            switch (name) {
                case "new" -> spill(k0, c, txt, c.lparen());
                case "make" -> {
                    T t = TypeModel.under(r.typeOf(args.get(0)));
                    if (t instanceof TypeModel.Slice || t instanceof TypeModel.MapT) {
                        spill(k0, c, txt, c.lparen());
                    }
                    for (int i = 1; i < args.size(); i++) {
                        discard(args.get(i));
                    }
                }
                case "append" -> {
                    if (args.isEmpty()) {
                        return;
                    }
                    T st = r.typeOf(Resolver.unparen(args.get(0)));
                    T et = TypeModel.under(st) instanceof TypeModel.Slice s ? s.elem() : null;
                    Hole appendeeK = k0;
                    if (et == null || TypeModel.hasPointers(et)) {
                        appendeeK = teeHole(List.of(k0, heapHole().deref(txt, at(c.lparen()), "appendee slice")));
                    }
                    argument(appendeeK, c, args.get(0), null, c.lparen());
                    if (c.hasEllipsis()) {
                        Hole appendedK = discardHole();
                        T at = args.size() > 1 ? TypeModel.under(r.typeOf(Resolver.unparen(args.get(1)))) : null;
                        if (at instanceof TypeModel.Slice s2 && TypeModel.hasPointers(s2.elem())) {
                            appendedK = heapHole().deref(txt, at(c.lparen()), "appended slice...");
                        }
                        if (args.size() > 1) {
                            argument(appendedK, c, args.get(1), null, c.lparen());
                        }
                    } else {
                        for (int i = 1; i < args.size(); i++) {
                            argument(heapHole(), c, args.get(i), et, c.lparen());
                        }
                    }
                }
                case "copy" -> {
                    argument(discardHole(), c, args.get(0), null, c.lparen());
                    Hole copiedK = discardHole();
                    T yt = TypeModel.under(r.typeOf(Resolver.unparen(args.get(1))));
                    if (yt instanceof TypeModel.Slice s && TypeModel.hasPointers(s.elem())) {
                        copiedK = heapHole().deref(txt, at(c.lparen()), "copied slice");
                    }
                    argument(copiedK, c, args.get(1), null, c.lparen());
                }
                // a constant's conversion is placed at the call, any other at the argument
                case "panic" -> argument(heapHole(), c, args.get(0), TypeModel.EMPTY_IFACE,
                        isConst(args.get(0)) ? c.lparen() : Resolver.unparen(args.get(0)).pos());
                default -> {
                    for (Expr a : args) {
                        argument(discardHole(), c, a, null, c.lparen());
                    }
                }
            }
        }

        void goDefer(Ast.Stmt n, Ast.CallExpr call, boolean isDefer) {
            Hole k = heapHole();
            if (isDefer && loopDepth == 1) {
                k = later(discardHole());
            }
            Expr fun = Resolver.unparen(call.fun());
            if (r.builtins.get(call) == null && r.conversions.get(call) == null
                    && !(fun instanceof Ast.SelectorExpr se && r.selections.get(se) != null
                            && (r.selections.get(se).kind() == Resolver.SelKind.METHOD
                                    || r.selections.get(se).kind() == Resolver.SelKind.IFACE_METHOD))
                    && TypeModel.under(r.typeOf(fun)) instanceof TypeModel.FuncT ft
                    && ft.params().isEmpty() && ft.results().isEmpty()) {
                expr(k, call.fun());
                return;
            }
            // Go wraps the call in a closure that captures its evaluated arguments: each argument
            // is copied into a temporary, the temporaries are captured, and the wrapper is k.
            Location wrapper = newLoc(Location.What.EXPR, null, n, "func literal", n.pos(), true);
            wrapper.goDeferWrapper = true;
            flow(k.addr("func literal", at(n.pos()), "spill"), wrapper);
            List<Location> tmps = new ArrayList<>();
            // Evaluate the call with its arguments going into temporaries.
            callWithTemps(call, tmps);
            for (Location tmp : tmps) {
                boolean byval = !tmp.addrtaken && !tmp.reassigned && tmp.size <= 128;
                Hole kk = wrapper.asHole();
                if (!byval) {
                    kk = kk.addr("tmp", at(n.pos()), "reference");
                }
                flow(kk.note("tmp", at(n.pos()), "captured by a closure"), tmp);
            }
        }

        /** The call inside a go/defer wrapper: each argument (and the receiver) lands in a temporary first. */
        void callWithTemps(Ast.CallExpr call, List<Location> tmps) {
            String b = r.builtins.get(call);
            List<Hole> none = null;
            if (b != null) {
                // Builtins: arguments to their usual destinations, through temporaries.
                builtin(none, call, b);
                return;
            }
            Callee ce = callee(call);
            Fn fn = ce.fn;
            int pi = 0;
            if (ce.recvSel != null) {
                Location tmp = tempFor(ce.recvSel.x(), tmps);
                Hole rk = ce.iface ? heapHole() : tagHole(null, fn, ce.std, 0);
                flow(rk, tmp);
                receiver(tmp.asHole(), ce.recvSel, ce.selection);
                pi = 1;
            } else {
                Expr fun = Resolver.unparen(call.fun());
                if (!(fun instanceof Ast.Ident id && r.uses.get(id) != null
                        && r.uses.get(id).kind == Resolver.Kind.FUNC)) {
                    Location tmp = tempFor(fun, tmps);
                    expr(tmp.asHole(), fun);
                }
            }
            List<Expr> args = call.args();
            TypeModel.FuncT sig = ce.sig;
            int nparams = sig == null ? args.size() : sig.params().size();
            boolean variadic = sig != null && sig.variadic() && !call.hasEllipsis();
            int fixed = variadic ? nparams - 1 : nparams;
            for (int i = 0; i < args.size() && i < fixed; i++) {
                Expr a = args.get(i);
                if (isConst(a) || (Resolver.unparen(a) instanceof Ast.Ident id && r.uses.get(id) != null
                        && r.uses.get(id).kind == Resolver.Kind.FUNC)) {
                    continue;
                }
                Location tmp = tempFor(a, tmps);
                convExpr(tmp.asHole(), a, paramType(ce, i), call.lparen());
                flow(tagHole(null, fn, ce.std, i + pi), tmp);
            }
            if (variadic && args.size() > fixed) {
                // Each variadic argument is converted now, where the statement is, into a temporary
                // the wrapper captures; the ... slice is made inside the wrapper when it runs, so it
                // only reaches the callee's parameter (Go 1.19: "... argument does not escape", even
                // for a go statement).
                T st = paramType(ce, fixed);
                T et = st instanceof TypeModel.Slice s ? s.elem() : null;
                List<Ast.Pos> cps = convPositions(call);
                List<Location> vtmps = new ArrayList<>();
                for (int i = fixed; i < args.size(); i++) {
                    Location tmp = tempFor(args.get(i), tmps);
                    tmp.tempType = et;
                    convExpr(tmp.asHole(), args.get(i), et, cps.get(i));
                    vtmps.add(tmp);
                }
                Hole sk = spill(tagHole(null, fn, ce.std, fixed + pi), call, "... argument", call.lparen());
                for (Location tmp : vtmps) {
                    flow(sk.note("... argument", at(call.lparen()), "slice-literal-element"), tmp);
                }
            }
        }

        private Location tempFor(Expr e, List<Location> tmps) {
            Location tmp = newLoc(Location.What.TEMP, null, null, "{temp}", Ast.Pos.NONE, false);
            T t = r.typeOf(Resolver.unparen(e));
            tmp.size = t == null ? 8 : TypeModel.size(TypeModel.defaultType(t));
            tmp.tempType = t;
            tmps.add(tmp);
            return tmp;
        }

        // ---------------------------------------------------------------- statements

        void block(List<Ast.Stmt> l) {
            int old = loopDepth;
            for (Ast.Stmt s : l) {
                stmt(s);
            }
            loopDepth = old;
        }

        void stmt(Ast.Stmt s) {
            switch (s) {
                case null -> {}
                case Ast.DeclStmt ds -> declStmt(ds);
                case Ast.EmptyStmt e -> {}
                case Ast.LabeledStmt ls -> {
                    if (loopingLabels.contains(ls.label().name())) {
                        loopDepth++;
                    }
                    stmt(ls.stmt());
                }
                case Ast.ExprStmt es -> {
                    Expr x = Resolver.unparen(es.x());
                    if (x instanceof Ast.CallExpr c) {
                        call(null, c);
                    } else {
                        discard(x);
                    }
                }
                case Ast.SendStmt ss -> {
                    discard(ss.chan());
                    T ct = TypeModel.under(r.typeOf(Resolver.unparen(ss.chan())));
                    T et = ct instanceof TypeModel.ChanT ch ? ch.elem() : null;
                    convExpr(heapHole().note(text().stmt(ss), at(ss.arrow()), "send"), ss.value(), et, ss.value().pos());
                }
                case Ast.IncDecStmt ids -> assignList(List.of(ids.x()), java.util.Collections.singletonList((Expr) null), "assign", s, ids.tokPos(),
                        Set.of());
                case Ast.AssignStmt as -> assignStmt(as);
                case Ast.GoStmt gs -> goDefer(gs, gs.call(), false);
                case Ast.DeferStmt dfs -> goDefer(dfs, dfs.call(), true);
                case Ast.ReturnStmt rs -> returnStmt(rs);
                case Ast.BranchStmt bs -> {}
                case Ast.BlockStmt bs -> block(bs.list());
                case Ast.IfStmt is -> {
                    stmt(is.init());
                    discard(is.cond());
                    block(is.body().list());
                    if (is.els() != null) {
                        int old = loopDepth;
                        stmt(is.els());
                        loopDepth = old;
                    }
                }
                case Ast.SwitchStmt ss -> {
                    stmt(ss.init());
                    discard(ss.tag());
                    for (Ast.Stmt c : ss.body().list()) {
                        Ast.CaseClause cc = (Ast.CaseClause) c;
                        for (Expr e : cc.list()) {
                            discard(e);
                        }
                        block(cc.body());
                    }
                }
                case Ast.TypeSwitchStmt ts -> typeSwitch(ts);
                case Ast.SelectStmt ss -> {
                    for (Ast.Stmt c : ss.body().list()) {
                        Ast.CommClause cc = (Ast.CommClause) c;
                        stmt(cc.comm());
                        block(cc.body());
                    }
                }
                case Ast.ForStmt fs -> {
                    stmt(fs.init());
                    loopDepth++;
                    discard(fs.cond());
                    stmt(fs.post());
                    block(fs.body().list());
                    loopDepth--;
                }
                case Ast.RangeStmt rs -> rangeStmt(rs);
                case Ast.CaseClause cc -> block(cc.body());
                case Ast.CommClause cc -> block(cc.body());
            }
        }

        void declStmt(Ast.DeclStmt ds) {
            if (!ds.decl().tok().equals("var")) {
                return;
            }
            for (Ast.Spec sp : ds.decl().specs()) {
                Ast.ValueSpec vs = (Ast.ValueSpec) sp;
                List<Expr> lhs = new ArrayList<>(vs.names());
                Set<Obj> defined = new HashSet<>();
                for (Ast.Ident id : vs.names()) {
                    Obj o = r.defs.get(id);
                    if (o != null && !id.name().equals("_")) {
                        dcl(o);
                        defined.add(o);
                    }
                }
                if (vs.values().isEmpty()) {
                    continue; // var x T: not a reassignment
                }
                if (vs.values().size() == 1 && vs.names().size() > 1
                        && Resolver.unparen(vs.values().get(0)) instanceof Ast.CallExpr c
                        && r.typeOf(c) instanceof TypeModel.Tuple) {
                    List<Hole> ks = addrs(lhs);
                    call(ks, c);
                    reassigned(ks, defined);
                    continue;
                }
                assignList(lhs, padded(vs.values(), lhs.size()), vs.values().size() > 1 ? "assign-pair" : "assign",
                        null, vs.names().get(0).pos(), defined);
            }
        }

        private List<Expr> padded(List<Expr> l, int n) {
            List<Expr> out = new ArrayList<>(l);
            while (out.size() < n) {
                out.add(null);
            }
            return out;
        }

        Location dcl(Obj o) {
            Location l = varLoc(o);
            l.loopDepth = loopDepth;
            return l;
        }

        void assignStmt(Ast.AssignStmt as) {
            Set<Obj> defined = new HashSet<>();
            if (as.tok().equals(":=")) {
                for (Expr l : as.lhs()) {
                    if (l instanceof Ast.Ident id && r.defs.get(id) != null && r.defs.get(id).kind == Resolver.Kind.VAR
                            && !id.name().equals("_")) {
                        Obj o = r.defs.get(id);
                        if (o.pos.equals(id.pos())) {
                            dcl(o);
                            defined.add(o);
                        }
                    }
                }
            }
            if (as.rhs().size() == 1 && as.lhs().size() > 1) {
                Expr rhs = Resolver.unparen(as.rhs().get(0));
                if (rhs instanceof Ast.CallExpr c && r.conversions.get(c) == null) {
                    List<Hole> ks = addrs(as.lhs());
                    call(ks, c);
                    reassigned(ks, defined);
                    return;
                }
                List<Expr> srcs = new ArrayList<>();
                srcs.add(as.rhs().get(0));
                String why = rhs instanceof Ast.TypeAssertExpr ? "assign-pair-dot-type"
                        : rhs instanceof Ast.IndexExpr ? "assign-pair-mapr" : "assign-pair-receive";
                assignList(as.lhs(), padded(srcs, as.lhs().size()), why, as, as.tokPos(), defined);
                return;
            }
            String why = as.lhs().size() > 1 ? "assign-pair" : "assign";
            assignList(as.lhs(), as.rhs(), why, as, as.tokPos(), defined);
        }

        void returnStmt(Ast.ReturnStmt rs) {
            List<Location> dsts = retLocs;
            if (rs.results().isEmpty()) {
                return;
            }
            if (rs.results().size() == 1 && dsts.size() > 1
                    && Resolver.unparen(rs.results().get(0)) instanceof Ast.CallExpr c) {
                List<Hole> ks = new ArrayList<>();
                for (Location l : dsts) {
                    ks.add(l.asHole());
                }
                call(ks, c);
                return;
            }
            boolean inlinedReturn = inst != null && !dsts.isEmpty() && dsts.get(0).instance == inst;
            String txt = inlinedReturn
                    ? String.join(", ", dsts.stream().map(l -> l.text).toList()) + " = " + text().list(rs.results())
                    : text().stmt(rs);
            for (int i = 0; i < rs.results().size() && i < dsts.size(); i++) {
                Location d = dsts.get(i);
                T rt = d.var == null ? null : d.var.type;
                convExpr(d.asHole().note(txt, at(rs.pos()), inlinedReturn ? "assign-pair" : "return"),
                        rs.results().get(i), rt, rs.results().get(i).pos());
            }
            for (Location d : dsts) {
                d.reassigned = true;
            }
        }

        void typeSwitch(Ast.TypeSwitchStmt ts) {
            stmt(ts.init());
            Expr x;
            if (ts.assign() instanceof Ast.AssignStmt as) {
                x = ((Ast.TypeAssertExpr) as.rhs().get(0)).x();
            } else {
                x = ((Ast.TypeAssertExpr) ((Ast.ExprStmt) ts.assign()).x()).x();
            }
            List<Hole> ks = new ArrayList<>();
            for (Ast.Stmt c : ts.body().list()) {
                Obj cv = r.caseVars.get((Ast.CaseClause) c);
                if (cv != null) {
                    Location l = dcl(cv);
                    if (cv.type == null || TypeModel.hasPointers(cv.type)) {
                        ks.add(dotType(l.asHole(), cv.type, "switch case", at(c.pos())));
                    }
                }
            }
            expr(teeHole(ks), x);
            for (Ast.Stmt c : ts.body().list()) {
                Ast.CaseClause cc = (Ast.CaseClause) c;
                block(cc.body());
            }
        }

        void rangeStmt(Ast.RangeStmt rs) {
            Location tmp = newLoc(Location.What.TEMP, null, null, "{temp}", Ast.Pos.NONE, false);
            expr(tmp.asHole(), rs.x());
            loopDepth++;
            List<Expr> kv = new ArrayList<>();
            kv.add(rs.key());
            kv.add(rs.value());
            List<Hole> ks = addrs(kv);
            T xt = TypeModel.under(r.typeOf(Resolver.unparen(rs.x())));
            if (xt instanceof TypeModel.Arr) {
                flow(ks.get(1).note("for loop", at(rangePos(rs)), "range"), tmp);
            } else {
                flow(ks.get(1).deref("for loop", at(rangePos(rs)), "range-deref"), tmp);
            }
            reassigned(ks, Set.of());
            block(rs.body().list());
            loopDepth--;
        }

        Hole addr(Expr n) {
            if (n == null) {
                return discardHole();
            }
            n = Resolver.unparen(n);
            if (n instanceof Ast.Ident id && id.name().equals("_")) {
                return discardHole();
            }
            Hole k = heapHole();
            switch (n) {
                case Ast.Ident id -> {
                    Obj o = r.uses.get(id) != null ? r.uses.get(id) : r.defs.get(id);
                    if (o != null && o.kind == Resolver.Kind.VAR && o.cls != Resolver.VarClass.GLOBAL) {
                        k = varLoc(o).asHole();
                    }
                }
                case Ast.SelectorExpr se -> {
                    Resolver.Selection sel = r.selections.get(se);
                    boolean ptr = sel != null && sel.derefs().stream().anyMatch(b -> b);
                    if (sel != null && sel.kind() == Resolver.SelKind.FIELD && !ptr) {
                        k = addr(se.x());
                    } else if (sel != null && sel.kind() == Resolver.SelKind.PKG) {
                        k = heapHole();
                    } else {
                        discard(n);
                    }
                }
                case Ast.IndexExpr ix -> {
                    T xt = TypeModel.under(r.typeOf(Resolver.unparen(ix.x())));
                    if (xt instanceof TypeModel.MapT m) {
                        discard(ix.x());
                        convExpr(heapHole().note(text().expr(n), at(ix.lbrack()), "key of map put"), ix.index(), m.key(),
                                ix.index().pos());
                    } else {
                        discard(ix.index());
                        if (xt instanceof TypeModel.Arr) {
                            k = addr(ix.x());
                        } else {
                            discard(ix.x());
                        }
                    }
                }
                case Ast.StarExpr s -> discard(n);
                default -> discard(n);
            }
            return k;
        }

        List<Hole> addrs(List<Expr> l) {
            List<Hole> ks = new ArrayList<>();
            for (Expr e : l) {
                ks.add(addr(e));
            }
            return ks;
        }

        void assignList(List<Expr> dsts, List<Expr> srcs, String why, Ast.Stmt where, Ast.Pos wherePos,
                Set<Obj> defined) {
            List<Hole> ks = addrs(dsts);
            String whereText = where == null ? text().list(dsts) + " = " + text().list(srcs) : text().stmt(where);
            for (int i = 0; i < ks.size(); i++) {
                Hole k = ks.get(i);
                Expr src = i < srcs.size() ? srcs.get(i) : null;
                Expr dst = dsts.get(i);
                if (src != null && dst != null && isSelfAssign(dst, src)) {
                    if (level >= 1) {
                        out.add(at(wherePos) + ": " + curfn.name + " ignoring self-assignment in " + whereText);
                    }
                    k = discardHole();
                }
                T dt = dst == null ? null : r.typeOf(Resolver.unparen(dst));
                if (dst instanceof Ast.Ident id && r.defs.get(id) != null) {
                    dt = r.defs.get(id).type;
                }
                if (src != null) {
                    // An implicit conversion is placed at the destination, as Go's typechecker does.
                    convExpr(k.note(whereText, at(wherePos), why), src, dt, dst == null ? src.pos() : dst.pos());
                }
            }
            reassigned(ks, defined);
        }

        void reassigned(List<Hole> ks, Set<Obj> defined) {
            for (Hole k : ks) {
                Location loc = k.dst();
                if (loc.var != null && defined.contains(loc.var)) {
                    continue;
                }
                loc.reassigned = true;
            }
        }

        /** The base variable of *p or p.f (through a pointer), or null. */
        private Obj ptrBase(Expr e) {
            e = Resolver.unparen(e);
            Expr x = null;
            if (e instanceof Ast.StarExpr s) {
                x = s.x();
            } else if (e instanceof Ast.SelectorExpr se && r.selections.get(se) != null
                    && r.selections.get(se).kind() == Resolver.SelKind.FIELD) {
                List<Boolean> d = r.selections.get(se).derefs();
                if (d.get(d.size() - 1)) {
                    x = se.x();
                }
            }
            return x != null && Resolver.unparen(x) instanceof Ast.Ident id ? r.uses.get(id) : null;
        }

        boolean isSelfAssign(Expr dst, Expr src) {
            dst = Resolver.unparen(dst);
            src = Resolver.unparen(src);
            // p.f = p.f[i:j] (or *p = (*p)[i:j]) only shrinks what p already points to.
            if (src instanceof Ast.SliceExpr sl
                    && !(TypeModel.under(r.typeOf(Resolver.unparen(sl.x()))) instanceof TypeModel.Arr)) {
                Obj a = ptrBase(dst);
                if (a != null && a == ptrBase(sl.x())) {
                    return true;
                }
            }
            if (dst instanceof Ast.SelectorExpr ds && src instanceof Ast.SelectorExpr ss) {
                Resolver.Selection a = r.selections.get(ds);
                Resolver.Selection b = r.selections.get(ss);
                if (a == null || b == null || a.kind() != Resolver.SelKind.FIELD || b.kind() != Resolver.SelKind.FIELD) {
                    return false;
                }
                boolean pa = a.derefs().get(a.derefs().size() - 1);
                boolean pb = b.derefs().get(b.derefs().size() - 1);
                return pa == pb && sameSafeExpr(ds.x(), ss.x());
            }
            if (dst instanceof Ast.IndexExpr di && src instanceof Ast.IndexExpr si) {
                T xt = TypeModel.under(r.typeOf(Resolver.unparen(di.x())));
                if (xt instanceof TypeModel.MapT) {
                    return false;
                }
                if (mayAffectMemory(di.index()) || mayAffectMemory(si.index())) {
                    return false;
                }
                return sameSafeExpr(di.x(), si.x());
            }
            return false;
        }

        private boolean mayAffectMemory(Expr e) {
            e = Resolver.unparen(e);
            return switch (e) {
                case Ast.Ident id -> false;
                case Ast.BasicLit b -> false;
                case Ast.BinaryExpr b -> mayAffectMemory(b.x()) || mayAffectMemory(b.y());
                case Ast.UnaryExpr u -> !u.op().equals("<-") && mayAffectMemory(u.x());
                case Ast.SelectorExpr s -> mayAffectMemory(s.x());
                case Ast.StarExpr s -> mayAffectMemory(s.x());
                case Ast.IndexExpr ix -> mayAffectMemory(ix.x()) || mayAffectMemory(ix.index());
                case Ast.CallExpr c -> r.conversions.get(c) == null ? true
                        : c.args().stream().anyMatch(this::mayAffectMemory);
                default -> true;
            };
        }

        boolean sameSafeExpr(Expr a, Expr b) {
            a = Resolver.unparen(a);
            b = Resolver.unparen(b);
            if (a instanceof Ast.Ident x && b instanceof Ast.Ident y) {
                Obj ox = r.uses.get(x);
                return ox != null && ox == r.uses.get(y);
            }
            if (a instanceof Ast.SelectorExpr x && b instanceof Ast.SelectorExpr y) {
                return x.sel().name().equals(y.sel().name()) && sameSafeExpr(x.x(), y.x());
            }
            if (a instanceof Ast.StarExpr x && b instanceof Ast.StarExpr y) {
                return sameSafeExpr(x.x(), y.x());
            }
            if (a instanceof Ast.IndexExpr x && b instanceof Ast.IndexExpr y) {
                return sameSafeExpr(x.x(), y.x()) && sameSafeExpr(x.index(), y.index());
            }
            if (a instanceof Ast.BasicLit x && b instanceof Ast.BasicLit y) {
                return x.value().equals(y.value());
            }
            return false;
        }
    }

    /** The position of the range keyword: the AST keeps the operand's, which follows "range ". */
    static Ast.Pos rangePos(Ast.RangeStmt rs) {
        Ast.Pos p = rs.x().pos();
        return p.line() == rs.pos().line() && p.col() > 6 ? new Ast.Pos(p.file(), p.line(), p.col() - 6) : rs.pos();
    }

    static Ast.Pos dotPos(Ast.SelectorExpr se) {
        Ast.Pos p = se.sel().pos();
        return new Ast.Pos(p.file(), p.line(), p.col() - 1);
    }

    /** What a call statically calls: a function of this package, a standard one, or nothing known. */
    static final class Callee {
        Fn fn;
        Obj std;
        TypeModel.FuncT sig;
        /** x.m(...) with x an operand: the selector, and what it selects. */
        Ast.SelectorExpr recvSel;
        Resolver.Selection selection;
        boolean iface;
        boolean methodExpr;
        /** A devirtualized interface call: the concrete type the receiver is asserted to. */
        T devirtTo;
    }

    // -------------------------------------------------------------------- the batch

    void flow(Hole k, Location src) {
        if (k.addrtaken()) {
            src.addrtaken = true;
        }
        Location dst = k.dst();
        if (dst == blankLoc) {
            return;
        }
        if (dst == src && k.derefs() >= 0) {
            return;
        }
        if (dst.escapes && k.derefs() < 0) {
            if (level >= 2 && !src.escapes) {
                String pos = src.pos.toString();
                out.add(pos + ": " + src.text + " escapes to heap:");
                List<String> path = new ArrayList<>();
                Solver.explainFlow(path, pos, dst, src, k.derefs(), k.notes());
                out.addAll(path);
            }
            src.escapes = true;
            return;
        }
        dst.edges.add(new Location.Edge(src, k.derefs(), k.notes()));
    }

    void initFunc(Fn fn) {
        for (Obj o : fn.dcl) {
            Location l = new Location(Location.What.VAR, o, null, o.name, o.pos, fn, 1, false, null);
            l.isParam = o.cls == Resolver.VarClass.PARAM;
            l.resultIndex = o.resultIndex;
            allLocs.add(l);
            varLocs.put(o, l);
        }
    }

    void run() {
        for (Fn fn : fns) {
            initFunc(fn);
        }
        for (Fn fn : fns) {
            if (fn.outer == null) {
                List<Location> results = fn.results.stream().map(varLocs::get).toList();
                new Ctx(fn, null, results, an.inliner.sitesOf(fn)).walkBody(fn.body());
            }
        }
        for (Object[] cl : closures) {
            flowClosure((Hole) cl[0], (Fn) cl[1], (Ctx) cl[2]);
        }
        for (Location loc : new ArrayList<>(allLocs)) {
            String why = heapAllocReason(loc);
            if (why != null) {
                flow(heapLoc.asHole().addr(loc.text, loc.pos, why), loc);
            }
        }
        Solver.Explainer ex = level >= 2 ? new Solver.Explainer() {
            @Override
            public void leak(Location param, Location root, int derefs, List<String> path) {
                out.add(param.pos + ": parameter " + param.text + " leaks to " + root + " with derefs=" + derefs + ":");
                out.addAll(path);
            }

            @Override
            public void escapes(Location l, List<String> path) {
                out.add(l.pos + ": " + l.text + " escapes to heap:");
                out.addAll(path);
            }

            @Override
            public String posOf(Location l) {
                return l.pos.toString();
            }
        } : null;
        new Solver(heapLoc, allLocs, ex).walkAll();
        finish();
    }

    void flowClosure(Hole k, Fn fn, Ctx ctx) {
        for (Obj cv : fn.closureVars) {
            Location loc = ctx.varLoc(cv);
            long size = TypeModel.size(cv.type);
            boolean byval = !loc.addrtaken && !loc.reassigned && size <= 128;
            if (level > 1) {
                out.add(loc.pos + ": " + (cv.owner == null ? "?" : cv.owner.name) + " capturing by "
                        + (byval ? "value" : "ref") + ": " + cv.name + " (addr=" + loc.addrtaken + " assign="
                        + loc.reassigned + " width=" + size + ")");
            }
            Hole kk = k;
            Ast.Pos use = ctx.at(fn.captureUse.getOrDefault(cv, loc.pos));
            if (!byval) {
                kk = kk.addr(cv.name, use, "reference");
            }
            flow(kk.note(cv.name, use, "captured by a closure"), loc);
        }
    }

    String heapAllocReason(Location loc) {
        if (loc.what == Location.What.VAR) {
            if (loc.var == null || loc.var.cls == Resolver.VarClass.PARAM || loc.var.cls == Resolver.VarClass.RESULT) {
                return null;
            }
            return loc.var.type != null && TypeModel.size(loc.var.type) > MAX_STACK_VAR_SIZE ? "too large for stack"
                    : null;
        }
        if (loc.what != Location.What.EXPR || loc.node == null) {
            return null;
        }
        Ast.Node n = loc.node;
        if (n instanceof Ast.Expr e && !(n instanceof Ast.FuncLit)) {
            T t = r.typeOf(e);
            if (t != null && !(t instanceof TypeModel.Tuple) && TypeModel.size(t) > MAX_STACK_VAR_SIZE) {
                return "too large for stack";
            }
        }
        if (n instanceof Ast.UnaryExpr u && u.op().equals("&")) {
            T t = r.typeOf(Resolver.unparen(u.x()));
            if (t != null && TypeModel.size(t) > MAX_IMPLICIT_STACK_VAR_SIZE) {
                return "too large for stack";
            }
        }
        if (n instanceof Ast.CompositeLit cl && loc.text.startsWith("&")) {
            T t = r.typeOf(cl);
            if (t != null && TypeModel.size(t) > MAX_IMPLICIT_STACK_VAR_SIZE) {
                return "too large for stack";
            }
        }
        if (n instanceof Ast.CallExpr c && "new".equals(r.builtins.get(c))) {
            T t = r.typeOf(c.args().get(0));
            if (t != null && TypeModel.size(t) > MAX_IMPLICIT_STACK_VAR_SIZE) {
                return "too large for stack";
            }
        }
        if (n instanceof Ast.CallExpr c && "make".equals(r.builtins.get(c))
                && TypeModel.under(r.typeOf(c.args().get(0))) instanceof TypeModel.Slice s) {
            Expr sz = c.args().size() > 2 ? c.args().get(2) : c.args().size() > 1 ? c.args().get(1) : null;
            Long v = sz == null ? null : r.constInt(sz);
            if (v == null || v < 0 || v > Integer.MAX_VALUE) {
                return "non-constant size";
            }
            long es = TypeModel.size(s.elem());
            if (es != 0 && v > MAX_IMPLICIT_STACK_VAR_SIZE / es) {
                return "too large for stack";
            }
        }
        return null;
    }

    void finish() {
        for (Fn fn : fns) {
            List<Leaks> tags = new ArrayList<>();
            for (Obj p : fn.params) {
                tags.add(paramTag(fn, p));
            }
            an.tags.put(fn, tags);
        }
        for (Location loc : allLocs) {
            if (loc.what == Location.What.VAR) {
                if (loc.escapes && level >= 1) {
                    out.add(loc.pos + ": moved to heap: " + loc.text);
                }
            } else if (loc.what == Location.What.EXPR) {
                if (level >= 1 && !loc.goDeferWrapper) {
                    out.add(loc.pos + ": " + loc.text + (loc.escapes ? " escapes to heap" : " does not escape"));
                }
            }
            an.record(loc);
        }
    }

    Leaks paramTag(Fn fn, Obj p) {
        if (p.type != null && !TypeModel.hasPointers(p.type)) {
            return Leaks.none();
        }
        if (p.name.equals("_") || p.name.startsWith("~p")) {
            return Leaks.none();
        }
        Location loc = varLocs.get(p);
        if (loc == null) {
            return Leaks.heap(0);
        }
        Leaks esc = loc.paramEsc.copy();
        esc.optimize();
        if (level >= 1 && !loc.escapes) {
            if (esc.empty()) {
                out.add(p.pos + ": " + p.name + " does not escape");
            }
            int x = esc.heap();
            if (x >= 0) {
                out.add(p.pos + ": " + (x == 0 ? "leaking param: " : "leaking param content: ") + p.name);
            }
            for (int i = 0; i < Leaks.NUM_RESULTS; i++) {
                int y = esc.result(i);
                if (y >= 0 && i < fn.results.size()) {
                    out.add(p.pos + ": leaking param: " + p.name + " to result " + fn.results.get(i).name + " level=" + y);
                }
            }
        }
        return esc;
    }
}
