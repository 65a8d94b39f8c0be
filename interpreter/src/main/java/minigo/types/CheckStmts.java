package minigo.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;
import minigo.types.TypeAndValue.Mode;

/** Statements and function bodies (go/types' stmt.go, assignments.go, return.go). */
abstract class CheckStmts extends CheckCalls {

    CheckStmts(Checker.Mode mode, Package pkg, Importer importer) {
        super(mode, pkg, importer);
    }

    /** Variables declared in the function currently being checked, for the unused-variable report. */
    private List<Var> funcVars = new ArrayList<>();
    /** Type switch symbolic variables: reported unused once, if no clause uses its copy. */
    private final Map<Var, List<Var>> typeSwitchVars = new IdentityHashMap<>();

    @Override
    void funcBody(String name, Signature sig, Ast.BlockStmt body, Scope fscope) {
        Scope savedScope = scope;
        FuncCtx savedCtx = fctx;
        Constant savedIota = iota;
        List<Var> savedVars = funcVars;
        funcVars = new ArrayList<>();
        iota = null;
        scope = fscope;
        fctx = new FuncCtx(sig, savedCtx, fscope);
        // The body's block shares the function scope (parameters and top-level locals in one block).
        info.scopes.put(body, fscope);
        stmtList(body.list(), Ctx.NONE);
        if (sig.results().size() > 0 && !isTerminatingList(body.list(), "")) {
            error(body.rbrace(), "missing return");
        }
        reportUnused();
        funcVars = savedVars;
        scope = savedScope;
        fctx = savedCtx;
        iota = savedIota;
    }

    private void reportUnused() {
        if (session) return;
        List<Var> unused = new ArrayList<>();
        for (Var v : funcVars) {
            if (v.used || v.name().equals("_")) continue;
            List<Var> clauses = typeSwitchVars.get(v);
            if (clauses != null) {
                boolean any = false;
                for (Var c : clauses) any |= c.used;
                if (any) continue;
            }
            unused.add(v);
        }
        unused.sort(Comparator.comparing((Var v) -> v.pos().line()).thenComparing(v -> v.pos().col()));
        for (Var v : unused) error(v.pos(), v.name() + " declared but not used");
    }

    void localVarDeclared(Var v) {
        funcVars.add(v);
    }

    void declareLocal(Ast.Ident id, Var v) {
        declare(scope, id, v);
        if (!v.isParam()) funcVars.add(v);
    }

    // ------------------------------------------------------------------ statement context

    /** Flags for break/continue/fallthrough legality (the syntax package checks them too, we keep the info). */
    enum Ctx { NONE, FINAL_SWITCH_CASE, IN_SWITCH_CASE }

    void openScope(Ast.Node n, String comment) {
        scope = new Scope(scope, comment);
        info.scopes.put(n, scope);
    }

    void closeScope() {
        scope = scope.parent();
    }

    void stmtList(List<Ast.Stmt> list, Ctx ctx) {
        for (int i = 0; i < list.size(); i++) {
            Ast.Stmt s = list.get(i);
            stmt(s, ctx == Ctx.FINAL_SWITCH_CASE && i == list.size() - 1 ? Ctx.FINAL_SWITCH_CASE : Ctx.NONE);
        }
    }

    void stmt(Ast.Stmt s, Ctx ctx) {
        switch (s) {
            case Ast.EmptyStmt e -> {}
            case Ast.DeclStmt d -> localDecl(d.decl());
            case Ast.LabeledStmt l -> stmt(l.stmt(), ctx);
            case Ast.ExprStmt es -> exprStmt(es);
            case Ast.SendStmt ss -> {
                Operand ch = new Operand(), val = new Operand();
                expr(ch, ss.chan());
                expr(val, ss.value());
                if (ch.invalid() || val.invalid()) return;
                Type u = Types.coreType(ch.type);
                if (!(u instanceof Chan c)) {
                    error(ss.pos(), "invalid operation: cannot send to non-channel " + d(ch));
                    return;
                }
                if (c.dir() == Chan.Dir.RECV) {
                    error(ss.pos(), "invalid operation: cannot send to receive-only channel " + d(ch));
                    return;
                }
                assignment(val, c.elem(), "send");
            }
            case Ast.IncDecStmt id -> {
                Operand x = new Operand();
                expr(x, id.x());
                if (x.invalid()) return;
                if (!allNumeric(x.type)) {
                    error(id.x().pos(), "invalid operation: " + e(id.x()) + id.tok() + " (non-numeric type " + t(x.type) + ")");
                    return;
                }
                assignVar(id.x(), x);
            }
            case Ast.AssignStmt as -> assignStmt(as);
            case Ast.GoStmt g -> callStmt(g.call(), "go");
            case Ast.DeferStmt d -> callStmt(d.call(), "defer");
            case Ast.ReturnStmt r -> returnStmt(r);
            case Ast.BranchStmt b -> {
                if (b.tok().equals("fallthrough") && ctx != Ctx.FINAL_SWITCH_CASE && ctx != Ctx.IN_SWITCH_CASE) {
                    // placement errors come from the branch pass
                }
                if (b.label() != null) {
                    // labels are resolved by the branch pass; record the use there
                }
            }
            case Ast.BlockStmt b -> {
                openScope(b, "block");
                stmtList(b.list(), ctx == Ctx.FINAL_SWITCH_CASE ? Ctx.NONE : Ctx.NONE);
                closeScope();
            }
            case Ast.IfStmt is -> {
                openScope(is, "if");
                if (is.init() != null) simpleStmt(is.init());
                Operand x = new Operand();
                expr(x, is.cond());
                if (!x.invalid() && !allBoolean(x.type)) error(is.cond().pos(), "non-boolean condition in if statement");
                blockStmt(is.body());
                if (is.els() != null) stmt(is.els(), Ctx.NONE);
                closeScope();
            }
            case Ast.SwitchStmt sw -> switchStmt(sw);
            case Ast.TypeSwitchStmt ts -> typeSwitchStmt(ts);
            case Ast.SelectStmt sel -> {
                for (Ast.Stmt cs : sel.body().list()) {
                    Ast.CommClause cc = (Ast.CommClause) cs;
                    openScope(cc, "case");
                    if (cc.comm() != null) {
                        boolean valid = switch (cc.comm()) {
                            case Ast.SendStmt x -> true;
                            case Ast.ExprStmt x -> unparen(x.x()) instanceof Ast.UnaryExpr u && u.op().equals("<-");
                            case Ast.AssignStmt x -> x.rhs().size() == 1 && unparen(x.rhs().get(0)) instanceof Ast.UnaryExpr u && u.op().equals("<-");
                            default -> false;
                        };
                        if (!valid) error(cc.comm().pos(), "select case must be receive, send or assign recv");
                        else simpleStmt(cc.comm());
                    }
                    stmtList(cc.body(), Ctx.NONE);
                    closeScope();
                }
            }
            case Ast.ForStmt fs -> {
                openScope(fs, "for");
                if (fs.init() != null) simpleStmt(fs.init());
                if (fs.cond() != null) {
                    Operand x = new Operand();
                    expr(x, fs.cond());
                    if (!x.invalid() && !allBoolean(x.type)) error(fs.cond().pos(), "non-boolean condition in for statement");
                }
                if (fs.post() != null) {
                    if (fs.post() instanceof Ast.AssignStmt a && a.tok().equals(":=")) error(a.pos(), "cannot declare in post statement of for loop");
                    simpleStmt(fs.post());
                }
                blockStmt(fs.body());
                closeScope();
            }
            case Ast.RangeStmt rs -> rangeStmt(rs);
            case Ast.CaseClause cc -> error(cc.pos(), "unexpected case clause");
            case Ast.CommClause cc -> error(cc.pos(), "unexpected comm clause");
        }
    }

    void blockStmt(Ast.BlockStmt b) {
        openScope(b, "block");
        stmtList(b.list(), Ctx.NONE);
        closeScope();
    }

    void simpleStmt(Ast.Stmt s) {
        stmt(s, Ctx.NONE);
    }

    private void exprStmt(Ast.ExprStmt es) {
        Operand x = new Operand();
        rawExpr(x, es.x(), null, false);
        String msg = null;
        switch (x.mode) {
            case INVALID:
                return;
            case NOVALUE:
                return;
            case BUILTIN:
                msg = "must be called";
                break;
            case TYPEXPR:
                msg = "is not an expression";
                break;
            default: {
                Ast.Expr ue = unparen(es.x());
                if (ue instanceof Ast.CallExpr call) {
                    // Calls of builtins with results are not statements (except copy, recover).
                    TypeAndValue ftv = info.types.get(call.fun());
                    if (ftv != null && ftv.mode() == Mode.BUILTIN) {
                        Obj o = call.fun() instanceof Ast.Ident id ? info.uses.get(id)
                                : call.fun() instanceof Ast.SelectorExpr se ? info.uses.get(se.sel()) : null;
                        if (o instanceof Builtin b && b.builtinId() != Builtin.Id.COPY && b.builtinId() != Builtin.Id.RECOVER) {
                            msg = "is not used";
                        }
                    }
                    if (msg == null) return;
                } else if (ue instanceof Ast.UnaryExpr u && u.op().equals("<-")) {
                    return;
                } else msg = "is not used";
            }
        }
        error(es.x().pos(), d(x) + " " + msg);
    }

    private void callStmt(Ast.CallExpr call, String what) {
        Operand x = new Operand();
        rawExpr(x, call, null, false);
        if (x.invalid()) return;
        TypeAndValue ftv = info.types.get(call.fun());
        String msg = null;
        if (ftv != null && ftv.mode() == Mode.TYPEXPR) msg = "requires function call, not conversion";
        else if (ftv != null && ftv.mode() == Mode.BUILTIN) {
            Obj o = call.fun() instanceof Ast.Ident id ? info.uses.get(id) : call.fun() instanceof Ast.SelectorExpr se ? info.uses.get(se.sel()) : null;
            if (o instanceof Builtin b) {
                switch (b.builtinId()) {
                    case APPEND, CAP, COMPLEX, IMAG, LEN, MAKE, NEW, REAL, SIZEOF, ALIGNOF, OFFSETOF, ADD, SLICE -> msg = "discards result of";
                    default -> {}
                }
            }
        }
        if (msg != null) error(call.pos(), what + " " + msg + " " + d(x));
    }

    // ------------------------------------------------------------------ assignments

    private void assignStmt(Ast.AssignStmt as) {
        String tok = as.tok();
        if (tok.equals(":=")) {
            shortVarDecl(as);
            return;
        }
        if (!tok.equals("=")) {
            // x op= y
            if (as.lhs().size() != 1 || as.rhs().size() != 1) {
                error(as.tokPos(), "assignment operation " + tok + " requires single-valued expressions");
                return;
            }
            Operand x = new Operand();
            String op = tok.substring(0, tok.length() - 1);
            binary(x, null, as.lhs().get(0), as.rhs().get(0), op, as.tokPos());
            x.expr = as.lhs().get(0);
            assignVar(as.lhs().get(0), x);
            return;
        }
        assignVars(as.lhs(), as.rhs());
    }

    /** The evaluated right-hand sides: a single multi-valued call spread into its results; comma-ok forms. */
    List<Operand> exprList(List<Ast.Expr> elist, boolean allowCommaOk, boolean[] commaOk) {
        List<Operand> out = new ArrayList<>();
        commaOk[0] = false;
        if (elist.size() == 1) {
            Ast.Expr e = elist.get(0);
            Operand x = new Operand();
            multiExpr(x, e);
            if (x.type instanceof Tuple tu && !x.invalid()) {
                for (Var v : tu.vars()) {
                    Operand o = new Operand();
                    o.mode = Mode.VALUE;
                    o.expr = e;
                    o.type = v.type();
                    out.add(o);
                }
                return out;
            }
            out.add(x);
            if (allowCommaOk && (x.mode == Mode.MAPINDEX || x.mode == Mode.COMMAOK)) {
                Operand x2 = new Operand();
                x2.mode = Mode.VALUE;
                x2.expr = e;
                x2.type = Basic.UNTYPED_BOOL;
                out.add(x2);
                commaOk[0] = true;
            }
            return out;
        }
        for (Ast.Expr e : elist) {
            Operand x = new Operand();
            expr(x, e);
            out.add(x);
        }
        return out;
    }

    /** Assigns x to lhs (go/types' assignVar); returns null on failure. */
    Type assignVar(Ast.Expr lhs, Operand x) {
        if (x.invalid() || x.type == Basic.INVALID) {
            useLhs(lhs);
            return null;
        }
        Ast.Expr ul = unparen(lhs);
        if (ul instanceof Ast.Ident id && id.name().equals("_")) {
            recordDef(id, null);
            assignment(x, null, "assignment to _ identifier");
            return x.invalid() ? null : x.type;
        }
        Var v = null;
        boolean vUsed = false;
        if (ul instanceof Ast.Ident id) {
            Obj o = scope.lookupParent(id.name());
            if (o instanceof Var w && w.pkg() == pkg) {
                v = w;
                vUsed = w.used;
            }
        }
        Operand z = new Operand();
        expr(z, lhs);
        if (v != null) v.used = vUsed;
        if (z.invalid() || z.type == Basic.INVALID) return null;
        switch (z.mode) {
            case VARIABLE, MAPINDEX -> {}
            default -> {
                if (unparen(z.expr) instanceof Ast.SelectorExpr sel) {
                    TypeAndValue btv = info.types.get(sel.x());
                    if (btv != null && btv.mode() == Mode.MAPINDEX) {
                        error(z, "cannot assign to struct field " + e(z.expr) + " in map");
                        return null;
                    }
                }
                error(z, "cannot assign to " + d(z));
                return null;
            }
        }
        assignment(x, z.type, "assignment");
        return x.invalid() ? null : x.type;
    }

    /** Evaluates lhs expressions only for their side tables, without counting a use of variables. */
    void useLhs(Ast.Expr... lhs) {
        for (Ast.Expr e : lhs) {
            Ast.Expr ul = unparen(e);
            if (ul instanceof Ast.Ident id) {
                if (id.name().equals("_")) continue;
                Obj o = scope.lookupParent(id.name());
                if (o instanceof Var v && v.pkg() == pkg) {
                    boolean u = v.used;
                    Operand z = new Operand();
                    rawExpr(z, e, null, false);
                    v.used = u;
                    continue;
                }
            }
            Operand z = new Operand();
            rawExpr(z, e, null, false);
        }
    }

    private void assignVars(List<Ast.Expr> lhs, List<Ast.Expr> rhs) {
        boolean[] commaOk = new boolean[1];
        List<Operand> xs = exprList(rhs, lhs.size() == 2, commaOk);
        if (lhs.size() != xs.size()) {
            useLhs(lhs.toArray(new Ast.Expr[0]));
            for (Operand x : xs) if (x.invalid()) return;
            assignError(rhs, lhs.size(), xs.size());
            return;
        }
        if (commaOk[0]) {
            Type[] a = new Type[2];
            for (int i = 0; i < 2; i++) a[i] = assignVar(lhs.get(i), xs.get(i));
            recordCommaOkTypes(rhs.get(0), a);
            return;
        }
        boolean ok = true;
        for (int i = 0; i < lhs.size(); i++) if (assignVar(lhs.get(i), xs.get(i)) == null) ok = false;
        if (!ok) {
            for (Ast.Expr l : lhs) {
                if (unparen(l) instanceof Ast.Ident id && scope.lookupParent(id.name()) instanceof Var v && v.pkg() == pkg) v.used = true;
            }
        }
    }

    void assignError(List<Ast.Expr> rhs, int nvars, int nvals) {
        String vars = nvars + " variable" + (nvars == 1 ? "" : "s");
        String vals = nvals + " value" + (nvals == 1 ? "" : "s");
        Ast.Expr rhs0 = rhs.get(0);
        if (rhs.size() == 1 && unparen(rhs0) instanceof Ast.CallExpr call) {
            error(rhs0.pos(), "assignment mismatch: " + vars + " but " + e(call.fun()) + " returns " + vals);
            return;
        }
        error(rhs0.pos(), "assignment mismatch: " + vars + " but " + vals);
    }

    /** Re-records a comma-ok expression with a (T, bool) tuple type, as go/types does. */
    void recordCommaOkTypes(Ast.Expr x, Type[] a) {
        if (a[0] == null || a[1] == null) return;
        Ast.Expr e = x;
        for (;;) {
            TypeAndValue tv = info.types.get(e);
            if (tv == null) break;
            Tuple tu = new Tuple(List.of(Var.param("", e.pos(), a[0], pkg), Var.param("", e.pos(), a[1], pkg)));
            info.types.put(e, new TypeAndValue(tv.mode(), tu, null));
            if (e instanceof Ast.ParenExpr p) e = p.x();
            else break;
        }
    }

    private void shortVarDecl(Ast.AssignStmt as) {
        List<Var> lhsVars = new ArrayList<>();
        List<Var> newVars = new ArrayList<>();
        boolean hasErr = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Ast.Expr le : as.lhs()) {
            if (!(le instanceof Ast.Ident id)) {
                useLhs(le);
                error(le.pos(), "non-name " + e(le) + " on left side of :=");
                hasErr = true;
                lhsVars.add(null);
                continue;
            }
            String name = id.name();
            if (!name.equals("_")) {
                if (!seen.add(name)) {
                    error(le.pos(), name + " repeated on left side of :=");
                    hasErr = true;
                    lhsVars.add(null);
                    continue;
                }
            }
            Obj alt = name.equals("_") ? null : scope.lookup(name);
            if (alt != null) {
                recordUse(id, alt);
                if (alt instanceof Var v) lhsVars.add(v);
                else {
                    error(le.pos(), "cannot assign to " + e(le));
                    hasErr = true;
                    lhsVars.add(null);
                }
                continue;
            }
            Var v = Var.local(name, id.pos(), null, pkg);
            lhsVars.add(v);
            if (!name.equals("_")) newVars.add(v);
            recordDef(id, v);
        }
        for (int i = 0; i < lhsVars.size(); i++) {
            if (lhsVars.get(i) == null) lhsVars.set(i, Var.local("_", as.lhs().get(i).pos(), null, pkg));
        }
        initVars(lhsVars, as.rhs(), null);
        if (newVars.isEmpty() && !hasErr) {
            error(as.tokPos(), "no new variables on left side of :=");
            return;
        }
        for (Var v : newVars) {
            if (v.type() == null) v.setType(Basic.INVALID);
            scope.insert(v);
            funcVars.add(v);
        }
    }

    /** go/types' initVars: lhs vars (types possibly unknown) from rhs; returnStmt non-null for returns. */
    void initVars(List<Var> lhs, List<Ast.Expr> rhs, Ast.ReturnStmt returnStmt) {
        boolean[] commaOk = new boolean[1];
        List<Operand> xs = exprList(rhs, lhs.size() == 2 && returnStmt == null, commaOk);
        if (lhs.size() != xs.size()) {
            for (Var v : lhs) {
                v.used = true;
                if (v.type() == null) v.setType(Basic.INVALID);
            }
            for (Operand x : xs) if (x.invalid()) return;
            if (returnStmt != null) {
                Ast.Pos at = returnStmt.pos();
                String q = "not enough";
                if (xs.size() > lhs.size()) {
                    at = xs.get(lhs.size()).expr.pos();
                    q = "too many";
                } else if (!xs.isEmpty()) at = xs.get(xs.size() - 1).expr.pos();
                List<Type> want = new ArrayList<>();
                for (Var v : lhs) want.add(v.type());
                error(at, q + " return values\n\thave " + haveList(xs) + "\n\twant " + typesList(want));
                return;
            }
            assignError(rhs, lhs.size(), xs.size());
            return;
        }
        String context = returnStmt != null ? "return statement" : "assignment";
        if (commaOk[0]) {
            Type[] a = new Type[2];
            for (int i = 0; i < 2; i++) a[i] = initVar(lhs.get(i), xs.get(i), context);
            recordCommaOkTypes(rhs.get(0), a);
            return;
        }
        boolean ok = true;
        for (int i = 0; i < lhs.size(); i++) if (initVar(lhs.get(i), xs.get(i), context) == null) ok = false;
        if (!ok) for (Var v : lhs) v.used = true;
    }

    String typesList(List<Type> ts) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ts.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(t(ts.get(i)));
        }
        return sb.append(')').toString();
    }

    Type initVar(Var v, Operand x, String context) {
        if (x.invalid() || x.type == Basic.INVALID || v.type() == Basic.INVALID) {
            if (v.type() == null) v.setType(Basic.INVALID);
            v.used = true;
            return null;
        }
        if (v.type() == null) {
            Type typ = x.type;
            if (Types.isUntyped(typ)) {
                if (isUntypedNil(typ)) {
                    error(x, "use of untyped nil in " + context);
                    v.setType(Basic.INVALID);
                    return null;
                }
                typ = Types.defaultType(typ);
            }
            v.setType(typ);
        }
        assignment(x, v.type(), context);
        if (x.invalid()) {
            v.used = true;
            return null;
        }
        return x.type;
    }

    // ------------------------------------------------------------------ return

    private void returnStmt(Ast.ReturnStmt r) {
        Tuple res = fctx.sig.results();
        if (r.results().isEmpty() && res.size() > 0 && !res.at(0).name().isEmpty()) {
            for (Var v : res.vars()) {
                Obj o = scope.lookupParent(v.name());
                if (o != v && o != null && !v.name().equals("_")) {
                    error(r.pos(), "result parameter " + v.name() + " not in scope at return\n\t" + o.pos()
                            + ": inner declaration of var " + v.name() + " " + t(o.type()));
                }
            }
            return;
        }
        initVars(new ArrayList<>(res.vars()), r.results(), r);
    }

    String tupleTypes(Tuple t) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(t(t.typeAt(i)));
        }
        return sb.append(')').toString();
    }

    // ------------------------------------------------------------------ switch

    private void switchStmt(Ast.SwitchStmt sw) {
        openScope(sw, "switch");
        if (sw.init() != null) simpleStmt(sw.init());
        Operand x = new Operand();
        if (sw.tag() != null) {
            expr(x, sw.tag());
            assignment(x, null, "switch expression");
            if (!x.invalid() && !Types.comparable(x.type) && !Types.hasNil(x.type)) {
                error(x, "cannot switch on " + d(x) + " (" + t(x.type) + " is not comparable)");
                x.invalidate();
            }
        } else {
            x.mode = Mode.CONSTANT;
            x.type = Basic.BOOL;
            x.val = Constant.TRUE;
            x.expr = new Ast.Ident(sw.body().list().isEmpty() ? sw.body().rbrace() : sw.body().list().get(0).pos(), "true");
        }
        List<Ast.Stmt> clauses = sw.body().list();
        List<Object[]> seen = new ArrayList<>();
        boolean haveDefault = false;
        for (int i = 0; i < clauses.size(); i++) {
            Ast.CaseClause cc = (Ast.CaseClause) clauses.get(i);
            if (cc.isDefault()) {
                if (haveDefault) error(cc.pos(), "multiple defaults in switch");
                haveDefault = true;
            }
            for (Ast.Expr ce : cc.list()) caseValue(x, ce, sw.tag(), seen);
            openScope(cc, "case");
            stmtList(cc.body(), i == clauses.size() - 1 ? Ctx.FINAL_SWITCH_CASE : Ctx.IN_SWITCH_CASE);
            closeScope();
        }
        closeScope();
    }

    /** types2's caseValues: each case value compared with the tag; duplicate constants reported. */
    private void caseValue(Operand x, Ast.Expr ce, Ast.Expr tagExpr, List<Object[]> seen) {
        Operand v = new Operand();
        expr(v, ce);
        if (x.invalid() || v.invalid()) return;
        convertUntyped(v, x.type);
        if (v.invalid()) return;
        Operand res = v.copy();
        comparison(res, x, "==", null, true);
        if (res.invalid()) return;
        if (v.mode != Mode.CONSTANT || v.val == null) return;
        // Like gc, only integer (within 64 bits), floating-point and string constants are checked for
        // duplicates: `switch { case A != 0: ... case B != 8: ... }` with both false compiles.
        if (v.val instanceof Constant.Bool || v.val instanceof Constant.Complex) return;
        if (v.val instanceof Constant.Int i && (i.value().bitLength() > 64 || i.value().signum() < 0 && i.value().bitLength() > 63)) return;
        for (Object[] s : seen) {
            Constant c = (Constant) s[0];
            if (c.getClass() == v.val.getClass() && Constant.compare(c, "==", v.val) && Types.identical((Type) s[1], v.type)) {
                error(ce.pos(), "duplicate case " + d(v) + " in expression switch\n\t" + s[2] + ": previous case");
                return;
            }
        }
        seen.add(new Object[] {v.val, v.type, ce.pos()});
    }

    private void typeSwitchStmt(Ast.TypeSwitchStmt ts) {
        openScope(ts, "type switch");
        if (ts.init() != null) simpleStmt(ts.init());
        Ast.Ident lhs = null;
        Ast.TypeAssertExpr guard;
        if (ts.assign() instanceof Ast.AssignStmt as) {
            lhs = (Ast.Ident) as.lhs().get(0);
            guard = (Ast.TypeAssertExpr) unparen(as.rhs().get(0));
        } else {
            guard = (Ast.TypeAssertExpr) unparen(((Ast.ExprStmt) ts.assign()).x());
        }
        if (lhs != null && lhs.name().equals("_")) {
            error(lhs.pos(), "no new variable on left side of :=");
            lhs = null;
        }
        Operand x = new Operand();
        expr(x, guard.x());
        Interface xi = null;
        if (!x.invalid()) {
            if (x.type instanceof TypeParam) {
                error(x, "cannot use type switch on type parameter value " + d(x));
                x.invalidate();
            } else if (!(x.type.underlying() instanceof Interface it)) {
                error(x, d(x) + " is not an interface");
                x.invalidate();
            } else xi = it;
        }
        // The guard expression itself: record x's type on the TypeAssertExpr for completeness.
        if (!x.invalid()) info.types.put(guard, new TypeAndValue(Mode.VALUE, x.type, null));
        Var symbolic = null;
        List<Var> clauseVars = new ArrayList<>();
        if (lhs != null) {
            symbolic = Var.local(lhs.name(), lhs.pos(), x.invalid() ? Basic.INVALID : x.type, pkg);
            info.defs.put(lhs, null);
        }
        List<Object[]> seen = new ArrayList<>();
        boolean haveDefault = false;
        for (Ast.Stmt s : ts.body().list()) {
            Ast.CaseClause cc = (Ast.CaseClause) s;
            if (cc.isDefault()) {
                if (haveDefault) error(cc.pos(), "multiple defaults in switch");
                haveDefault = true;
            }
            Type single = null;
            int n = 0;
            for (Ast.Expr te : cc.list()) {
                n++;
                Type T;
                if (unparen(te) instanceof Ast.Ident id && id.name().equals("nil") && scope.lookupParent("nil") == Universe.NIL) {
                    T = null;
                    recordUse(id, Universe.NIL);
                    info.types.put(te, new TypeAndValue(Mode.VALUE, Basic.UNTYPED_NIL, null));
                    for (Object[] p : seen) {
                        if (p[0] == null) {
                            error(te.pos(), "multiple nil cases in type switch (first at " + p[1] + ")");
                        }
                    }
                    seen.add(new Object[] {null, te.pos()});
                } else {
                    T = varType(te);
                    if (T == Basic.INVALID) continue;
                    for (Object[] p : seen) {
                        if (p[0] != null && Types.identical((Type) p[0], T)) {
                            error(te.pos(), "duplicate case " + t(T) + " in type switch\n\t" + p[1] + ": previous case");
                        }
                    }
                    seen.add(new Object[] {T, te.pos()});
                    if (xi != null) checkTypeAssert(te.pos(), x, xi, T, true, te);
                }
                single = T;
            }
            openScope(cc, "case");
            if (symbolic != null) {
                Type vt = (n == 1 && single != null) ? single : x.type;
                Var cv = Var.local(symbolic.name(), symbolic.pos(), vt, pkg);
                scope.insert(cv);
                info.implicits.put(cc, cv);
                clauseVars.add(cv);
            }
            stmtList(cc.body(), Ctx.NONE);
            closeScope();
        }
        if (symbolic != null) {
            boolean used = false;
            for (Var cv : clauseVars) used |= cv.used;
            if (!used) {
                funcVars.add(symbolic);
            }
        }
        closeScope();
    }

    // ------------------------------------------------------------------ range

    private void rangeStmt(Ast.RangeStmt rs) {
        openScope(rs, "range");
        Operand x = new Operand();
        expr(x, rs.x());
        Type key = null, val = null;
        String cause = null;
        boolean onlyOne = false;
        if (!x.invalid()) {
            Type u = Types.coreType(x.type);
            switch (u) {
                case Basic b when b.isString() -> {
                    key = Basic.INT;
                    val = Basic.RUNE;
                    if (Types.isUntyped(x.type)) convertUntyped(x, Basic.STRING);
                }
                case Array a -> {
                    key = Basic.INT;
                    val = a.elem();
                }
                case Pointer p when p.elem().underlying() instanceof Array a -> {
                    key = Basic.INT;
                    val = a.elem();
                }
                case Slice s -> {
                    key = Basic.INT;
                    val = s.elem();
                }
                case MapType m -> {
                    key = m.key();
                    val = m.elem();
                }
                case Chan c -> {
                    key = c.elem();
                    val = null;
                    onlyOne = true;
                    if (c.dir() == Chan.Dir.SEND) cause = "receive from send-only channel";
                }
                case null -> cause = t(x.type) + " has no core type";
                default -> cause = "";
            }
            if (cause != null) {
                error(x, "cannot range over " + d(x) + (cause.isEmpty() ? "" : " (" + cause + ")"));
                key = null;
                val = null;
            } else if (onlyOne && rs.value() != null) {
                error(rs.value().pos(), "range over " + d(x) + " permits only one iteration variable");
            }
        }
        Ast.Expr[] lhs = {rs.key(), rs.value()};
        Type[] rhs = {key, val};
        if (rs.tok() != null && rs.tok().equals(":=")) {
            List<Var> vars = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) continue;
                if (!(lhs[i] instanceof Ast.Ident id)) {
                    error(lhs[i].pos(), "non-name " + e(lhs[i]) + " on left side of :=");
                    continue;
                }
                Type vt = rhs[i] == null ? Basic.INVALID : rhs[i];
                Var v = Var.local(id.name(), id.pos(), vt, pkg);
                if (rhs[i] == null) v.used = true;
                recordDef(id, v);
                vars.add(v);
                if (rhs[i] != null) info.types.put(id, new TypeAndValue(Mode.VARIABLE, vt, null));
            }
            for (Var v : vars) {
                if (v.name().equals("_")) continue;
                Obj old = scope.insert(v);
                if (old != null) error(v.pos(), v.name() + " repeated on left side of :=");
                funcVars.add(v);
            }
        } else if (rs.tok() != null) {
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null || rhs[i] == null) continue;
                Operand o = new Operand();
                o.mode = Mode.VALUE;
                o.type = rhs[i];
                o.expr = lhs[i];
                assignVar(lhs[i], o);
            }
        }
        blockStmt(rs.body());
        closeScope();
    }

    // ------------------------------------------------------------------ local declarations

    abstract void localDecl(Ast.GenDecl d);

    // ------------------------------------------------------------------ terminating statements

    boolean isTerminatingList(List<Ast.Stmt> list, String label) {
        // Trailing empty statements are ignored.
        int i = list.size() - 1;
        while (i >= 0 && list.get(i) instanceof Ast.EmptyStmt) i--;
        return i >= 0 && isTerminating(list.get(i), label);
    }

    boolean isTerminating(Ast.Stmt s, String label) {
        switch (s) {
            case Ast.ReturnStmt r:
                return true;
            case Ast.BranchStmt b:
                return b.tok().equals("goto") || b.tok().equals("fallthrough");
            case Ast.ExprStmt es: {
                Ast.Expr x = unparen(es.x());
                if (x instanceof Ast.CallExpr call && panicCalls.containsKey(call)) return true;
                return false;
            }
            case Ast.BlockStmt b:
                return isTerminatingList(b.list(), "");
            case Ast.IfStmt is:
                return is.els() != null && isTerminating(is.body(), "") && isTerminating(is.els(), "");
            case Ast.LabeledStmt l:
                return isTerminating(l.stmt(), l.label().name());
            case Ast.ForStmt fs:
                return fs.cond() == null && !hasBreak(fs.body(), label, true);
            case Ast.SwitchStmt sw: {
                boolean hasDefault = false;
                for (Ast.Stmt c : sw.body().list()) {
                    Ast.CaseClause cc = (Ast.CaseClause) c;
                    if (cc.isDefault()) hasDefault = true;
                    if (!isTerminatingList(cc.body(), "") || hasBreakList(cc.body(), label, true)) return false;
                }
                return hasDefault;
            }
            case Ast.TypeSwitchStmt sw: {
                boolean hasDefault = false;
                for (Ast.Stmt c : sw.body().list()) {
                    Ast.CaseClause cc = (Ast.CaseClause) c;
                    if (cc.isDefault()) hasDefault = true;
                    if (!isTerminatingList(cc.body(), "") || hasBreakList(cc.body(), label, true)) return false;
                }
                return hasDefault;
            }
            case Ast.SelectStmt sel: {
                for (Ast.Stmt c : sel.body().list()) {
                    Ast.CommClause cc = (Ast.CommClause) c;
                    if (!isTerminatingList(cc.body(), "") || hasBreakList(cc.body(), label, true)) return false;
                }
                return true;
            }
            default:
                return false;
        }
    }

    private boolean hasBreakList(List<Ast.Stmt> list, String label, boolean implicit) {
        for (Ast.Stmt s : list) if (hasBreak(s, label, implicit)) return true;
        return false;
    }

    /** s contains a break that targets the enclosing statement (unlabeled at this level, or labeled with label). */
    private boolean hasBreak(Ast.Stmt s, String label, boolean implicit) {
        switch (s) {
            case Ast.BranchStmt b:
                if (b.tok().equals("break")) {
                    if (b.label() == null) return implicit;
                    return b.label().name().equals(label);
                }
                return false;
            case Ast.BlockStmt b:
                return hasBreakList(b.list(), label, implicit);
            case Ast.LabeledStmt l:
                return hasBreak(l.stmt(), label, implicit);
            case Ast.IfStmt is:
                return hasBreak(is.body(), label, implicit) || is.els() != null && hasBreak(is.els(), label, implicit);
            case Ast.CaseClause cc:
                return hasBreakList(cc.body(), label, implicit);
            case Ast.CommClause cc:
                return hasBreakList(cc.body(), label, implicit);
            case Ast.SwitchStmt sw:
                return !label.isEmpty() && hasBreak(sw.body(), label, false);
            case Ast.TypeSwitchStmt sw:
                return !label.isEmpty() && hasBreak(sw.body(), label, false);
            case Ast.SelectStmt sel:
                return !label.isEmpty() && hasBreak(sel.body(), label, false);
            case Ast.ForStmt fs:
                return !label.isEmpty() && hasBreak(fs.body(), label, false);
            case Ast.RangeStmt rs:
                return !label.isEmpty() && hasBreak(rs.body(), label, false);
            default:
                return false;
        }
    }
}
