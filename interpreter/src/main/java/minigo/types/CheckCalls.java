package minigo.types;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;
import minigo.types.TypeAndValue.Mode;

/** Calls: conversions, built-ins, function and method calls, generic instantiation and inference. */
abstract class CheckCalls extends CheckExprs {

    CheckCalls(Checker.Mode mode, Package pkg, Importer importer) {
        super(mode, pkg, importer);
    }

    /** Checks a function body (a literal's, or a declaration's). */
    abstract void funcBody(String name, Signature sig, Ast.BlockStmt body, Scope fscope);

    @Override
    void funcLit(Operand x, Ast.FuncLit lit) {
        Scope fs = new Scope(scope, "function literal", true);
        Signature sig = funcType(lit.type(), null, null, fs, null);
        funcBody("", sig, lit.body(), fs);
        x.set(Mode.VALUE, sig);
    }

    /** The function expression of the call being checked (unparenthesised), while it is checked. */
    private Ast.Expr callee;

    @Override
    void callExpr(Operand x, Ast.CallExpr call) {
        // fun may be a type (conversion), a builtin, or a function value.
        Ast.Expr fun = call.fun();
        Ast.Expr savedCallee = callee;
        callee = unparen(fun);
        try {
            rawExpr(x, fun, null, true);
        } finally {
            callee = savedCallee;
        }
        if (x.mode == Mode.NOVALUE) {
            error(x, e(x.expr) + " (no value) used as value");
            x.invalidate();
        }
        singleValue(x);
        switch (x.mode) {
            case INVALID -> {
                useArgs(call.args());
                x.expr = call;
                return;
            }
            case TYPEXPR -> {
                Type T = x.type;
                x.mode = Mode.INVALID;
                if (T instanceof Named n && !n.typeParams().isEmpty() && n.typeArgs().isEmpty()) {
                    error(fun.pos(), "cannot use generic type " + genericString(n) + " without instantiation");
                    useArgs(call.args());
                    return;
                }
                int n = call.args().size();
                if (n == 0) {
                    error(call.pos(), "missing argument in conversion to " + t(T));
                    return;
                }
                if (n > 1) {
                    useArgs(call.args());
                    error(call.args().get(n - 1).pos(), "too many arguments in conversion to " + t(T));
                    return;
                }
                if (call.hasEllipsis()) {
                    error(call.args().get(0).pos(), "invalid use of ... in conversion to " + t(T));
                    useArgs(call.args());
                    return;
                }
                exprWithHint(x, call.args().get(0), T);
                if (x.invalid()) return;
                conversion(x, T);
                x.expr = call;
                return;
            }
            case BUILTIN -> {
                Builtin.Id id = x.builtin;
                builtin(x, call, id);
                x.expr = call;
                return;
            }
            default -> {}
        }
        Type ft = x.type;
        Signature sig = Types.coreType(ft) instanceof Signature s ? s : null;
        if (sig == null) {
            error(x, "invalid operation: cannot call non-function " + d(x));
            useArgs(call.args());
            x.invalidate();
            x.expr = call;
            return;
        }
        // Arguments.
        List<Operand> args = arguments(call.args());
        Signature inst = sig;
        if (!sig.typeParams().isEmpty()) {
            List<Type> targs = inferCall(call, sig, args, explicitTypeArgs.remove(x.expr));
            if (targs == null) {
                x.invalidate();
                x.expr = call;
                return;
            }
            Map<TypeParam, Type> m = new IdentityHashMap<>();
            for (int i = 0; i < targs.size(); i++) m.put(sig.typeParams().get(i), targs.get(i));
            inst = (Signature) Types.subst(new Signature(null, List.of(), sig.params(), sig.results(), sig.variadic()), m);
            // Re-record the function expression with its instantiated type, and the instance.
            Ast.Expr fe = unparen(call.fun());
            Ast.Expr baseFun = fe instanceof Ast.IndexExpr ix ? ix.x() : fe instanceof Ast.IndexListExpr il ? il.x() : fe;
            Ast.Ident fid = baseFun instanceof Ast.Ident id ? id : baseFun instanceof Ast.SelectorExpr se ? se.sel() : null;
            if (fid != null) info.instances.put(fid, new Instance(List.copyOf(targs), inst));
            info.types.put(baseFun, new TypeAndValue(Mode.VALUE, inst, null));
            if (fe != baseFun) info.types.put(fe, new TypeAndValue(Mode.VALUE, inst, null));
            if (fun != fe) info.types.put(fun, new TypeAndValue(Mode.VALUE, inst, null));
            List<TypeParam> tps = sig.typeParams();
            if (!verifyTypeArgs(tps, targs, null, call.lparen())) {
                x.invalidate();
                x.expr = call;
                return;
            }
        }
        checkArgs(call, inst, args, ExprString.of(call.fun()));
        x.expr = call;
        Tuple r = inst.results();
        if (r.size() == 0) x.set(Mode.NOVALUE, Tuple.EMPTY);
        else if (r.size() == 1) x.set(Mode.VALUE, r.typeAt(0));
        else x.set(Mode.VALUE, r);
    }

    /** Explicit (possibly partial) type arguments of a generic function expression awaiting its call. */
    final Map<Ast.Expr, List<Type>> explicitTypeArgs = new IdentityHashMap<>();

    void useArgs(List<Ast.Expr> args) {
        for (Ast.Expr a : args) {
            Operand o = new Operand();
            rawExpr(o, a, null, true);
        }
    }

    /** Evaluates call arguments; a single multi-valued call is spread into its results. */
    List<Operand> arguments(List<Ast.Expr> exprs) {
        List<Operand> out = new ArrayList<>();
        if (exprs.size() == 1) {
            Operand x = new Operand();
            multiExpr(x, exprs.get(0));
            if (x.mode == Mode.VALUE && x.type instanceof Tuple tu) {
                for (int i = 0; i < tu.size(); i++) {
                    Operand o = new Operand();
                    o.mode = Mode.VALUE;
                    o.type = tu.typeAt(i);
                    o.expr = exprs.get(0);
                    out.add(o);
                }
                spreadCall = true;
                return out;
            }
            if (x.mode == Mode.NOVALUE) {
                error(x, e(x.expr) + " (no value) used as value");
                x.invalidate();
            }
            out.add(x);
            spreadCall = false;
            return out;
        }
        spreadCall = false;
        for (Ast.Expr e : exprs) {
            Operand x = new Operand();
            expr(x, e);
            out.add(x);
        }
        return out;
    }

    boolean spreadCall;

    /** Checks argument count and assignability against sig (already instantiated). */
    void checkArgs(Ast.CallExpr call, Signature sig, List<Operand> args, String fname) {
        boolean spread = spreadCall && call.args().size() == 1 && args.size() != 1;
        for (Operand a : args) if (a.invalid()) return;
        int npars = sig.params().size();
        int nargs = args.size();
        List<Type> ptypes = new ArrayList<>();
        for (int i = 0; i < npars; i++) ptypes.add(sig.params().typeAt(i));
        if (call.hasEllipsis()) {
            if (!sig.variadic()) {
                error(call.args().get(call.args().size() - 1).pos(), "cannot use ... in call to non-variadic " + fname);
                return;
            }
            if (spread) {
                error(call.args().get(0).pos(), "cannot use ... with " + nargs + "-valued " + e(call.args().get(0)));
                return;
            }
        } else if (sig.variadic()) {
            // Expand the variadic parameter to as many as needed.
            if (nargs >= npars - 1) {
                Type vt = ((Slice) ptypes.get(npars - 1)).elem();
                ptypes.remove(npars - 1);
                while (ptypes.size() < nargs) ptypes.add(vt);
                npars = ptypes.size();
            } else {
                npars = npars - 1; // report "not enough" against the non-variadic ones
                ptypes.remove(ptypes.size() - 1);
            }
        }
        if (nargs != npars) {
            Ast.Pos at;
            String q;
            if (nargs > npars) {
                q = "too many";
                at = spread ? call.args().get(0).pos() : args.get(npars).expr.pos();
            } else {
                q = "not enough";
                at = nargs > 0 ? (spread ? call.args().get(0).pos() : args.get(nargs - 1).expr.pos()) : call.rparen();
            }
            error(at, q + " arguments in call to " + fname + "\n\thave " + haveList(args) + "\n\twant "
                    + wantList(sig));
            return;
        }
        String context = "argument to " + fname;
        for (int i = 0; i < nargs; i++) {
            assignment(args.get(i), ptypes.get(i), context);
        }
    }

    String haveList(List<Operand> args) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) sb.append(", ");
            Type t = args.get(i).type;
            if (t == null || t == Basic.INVALID) sb.append("<T>");
            else if (Types.isUntyped(t)) sb.append(Types.isNumeric(t) ? "number" : ((Basic) t).name().replace("untyped ", ""));
            else sb.append(t(t));
        }
        return sb.append(')').toString();
    }

    String wantList(Signature sig) {
        StringBuilder sb = new StringBuilder("(");
        Tuple p = sig.params();
        for (int i = 0; i < p.size(); i++) {
            if (i > 0) sb.append(", ");
            if (sig.variadic() && i == p.size() - 1) sb.append("...").append(t(((Slice) p.typeAt(i)).elem()));
            else sb.append(t(p.typeAt(i)));
        }
        return sb.append(')').toString();
    }

    // ------------------------------------------------------------------ generic instantiation

    @Override
    void funcInst(Operand x, Ast.Expr whole, Ast.Expr fun, List<Ast.Expr> targExprs) {
        Signature sig = (Signature) x.type;
        List<Type> targs = new ArrayList<>();
        for (Ast.Expr a : targExprs) targs.add(varType(a));
        for (Type a : targs) if (a == Basic.INVALID) {
            x.invalidate();
            return;
        }
        if (targs.size() > sig.typeParams().size()) {
            error(targExprs.get(targs.size() - 1).pos(), "got " + targs.size() + " type arguments but want " + sig.typeParams().size());
            x.invalidate();
            return;
        }
        if (targs.size() < sig.typeParams().size()) {
            // Partial instantiation: the function of a call infers the rest at the call, from its
            // arguments first; a value (f := f2[byte]) from the constraints (B interface{ []A }).
            List<TypeParam> tps = sig.typeParams();
            Map<TypeParam, Type> known = knownTypeArgs(tps, targs, whole != callee);
            if (known.size() < tps.size()) {
                explicitTypeArgs.put(whole, targs);
                x.expr = whole;
                return;
            }
            targs = new ArrayList<>();
            for (TypeParam tp : tps) targs.add(Types.subst(known.get(tp), known));
        }
        if (!verifyTypeArgs(sig.typeParams(), targs, targExprs, whole.pos())) {
            x.invalidate();
            return;
        }
        Map<TypeParam, Type> m = new IdentityHashMap<>();
        for (int i = 0; i < targs.size(); i++) m.put(sig.typeParams().get(i), targs.get(i));
        Signature inst = (Signature) Types.subst(new Signature(null, List.of(), sig.params(), sig.results(), sig.variadic()), m);
        Ast.Ident fid = fun instanceof Ast.Ident id ? id : fun instanceof Ast.SelectorExpr se ? se.sel() : null;
        if (fid != null) info.instances.put(fid, new Instance(List.copyOf(targs), inst));
        x.mode = Mode.VALUE;
        x.type = inst;
        x.expr = whole;
    }

    /** Infers the type arguments of a call of generic sig; null after reporting an error. */
    List<Type> inferCall(Ast.CallExpr call, Signature sig, List<Operand> args, List<Type> explicit) {
        List<TypeParam> tps = sig.typeParams();
        Map<TypeParam, Type> m = new IdentityHashMap<>();
        if (explicit != null) for (int i = 0; i < explicit.size(); i++) m.put(tps.get(i), explicit.get(i));
        for (Operand a : args) if (a.invalid()) return null;
        // Parameter types, expanded for variadic calls.
        List<Type> ptypes = new ArrayList<>();
        int npars = sig.params().size();
        for (int i = 0; i < npars; i++) ptypes.add(sig.params().typeAt(i));
        if (sig.variadic() && !call.hasEllipsis() && args.size() >= npars - 1) {
            Type vt = ((Slice) ptypes.remove(npars - 1)).elem();
            while (ptypes.size() < args.size()) ptypes.add(vt);
        }
        int n = Math.min(ptypes.size(), args.size());
        // Pass 1: typed arguments.
        for (int i = 0; i < n; i++) {
            Operand a = args.get(i);
            Type p = ptypes.get(i);
            if (!mentions(p, tps)) continue;
            if (Types.isUntyped(a.type)) continue;
            if (!unify(p, a.type, m, tps, false)) {
                boolean allFailed = true;
                for (TypeParam tp : tps) if (m.containsKey(tp)) allFailed = false;
                if (allFailed) {
                    StringBuilder names = new StringBuilder();
                    for (int k = 0; k < tps.size(); k++) names.append(k == 0 ? "" : k == tps.size() - 1 ? " and " : ", ").append(tps.get(k).obj().name());
                    error(a.expr.pos(), "type " + t(a.type) + " of " + e(a.expr) + " does not match " + t(p) + " (cannot infer " + names + ")");
                    return null;
                }
                Type inferred = Types.subst(p, m);
                if (inferred != p) error(a.expr.pos(), "type " + t(a.type) + " of " + e(a.expr) + " does not match inferred type " + t(inferred) + " for " + t(p));
                else error(a.expr.pos(), "type " + t(a.type) + " of " + e(a.expr) + " does not match " + t(p));
                return null;
            }
        }
        // Constraint type inference (core types).
        constraintInference(tps, m);
        // Pass 2: untyped arguments of bare type parameters not inferred so far: their default types.
        java.util.Set<TypeParam> before = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        before.addAll(m.keySet());
        for (int i = 0; i < n; i++) {
            Operand a = args.get(i);
            if (!(ptypes.get(i) instanceof TypeParam tp) || !tps.contains(tp) || !Types.isUntyped(a.type)) continue;
            if (before.contains(tp)) continue;
            Type d = Types.defaultType(a.type);
            if (Types.isUntyped(d)) continue;
            Type known = m.get(tp);
            if (known == null) m.put(tp, d);
            else if (!Types.identical(known, d)) {
                error(a.expr.pos(), "default type " + t(d) + " of " + e(a.expr) + " does not match inferred type " + t(known) + " for " + tp.obj().name());
                return null;
            }
        }
        constraintInference(tps, m);
        List<Type> out = new ArrayList<>();
        for (TypeParam tp : tps) {
            Type r = m.get(tp);
            if (r == null) {
                cannotInfer(call.lparen(), tp);
                return null;
            }
            // Resolve references to other type parameters.
            out.add(Types.subst(r, m));
        }
        return out;
    }

    /** Reports that tp could not be inferred, naming where it is declared (as gc does). */
    void cannotInfer(Ast.Pos at, TypeParam tp) {
        Ast.Pos pp = tp.obj().pos();
        String file = pp.file();
        try {
            file = Paths.get(file).toAbsolutePath().normalize().toString();
        } catch (RuntimeException ex) {
            // keep the display name
        }
        error(at, "cannot infer " + tp.obj().name() + " (" + file + ":" + pp.line() + ":" + pp.col() + ")");
    }

    /** A partially instantiated function used as a value: reports the first type parameter left uninferred. */
    @Override
    boolean reportPartialInstance(Operand x) {
        List<Type> targs = explicitTypeArgs.get(x.expr);
        if (targs == null || !(x.type instanceof Signature sig)) return false;
        List<TypeParam> tps = sig.typeParams();
        Map<TypeParam, Type> known = knownTypeArgs(tps, targs, true);
        Ast.Pos at = x.expr instanceof Ast.IndexExpr ie ? ie.lbrack() : x.expr instanceof Ast.IndexListExpr il ? il.lbrack() : x.expr.pos();
        for (TypeParam tp : tps) {
            if (!known.containsKey(tp)) {
                cannotInfer(at, tp);
                return true;
            }
        }
        return false;
    }

    /** The explicit type arguments of a partial instance by parameter, and (fromConstraints) what they imply. */
    private Map<TypeParam, Type> knownTypeArgs(List<TypeParam> tps, List<Type> targs, boolean fromConstraints) {
        Map<TypeParam, Type> known = new IdentityHashMap<>();
        for (int i = 0; i < targs.size(); i++) known.put(tps.get(i), targs.get(i));
        if (fromConstraints) constraintInference(tps, known);
        return known;
    }

    private void constraintInference(List<TypeParam> tps, Map<TypeParam, Type> m) {
        for (int round = 0; round < 3; round++) {
            for (TypeParam tp : tps) {
                Interface it = tp.iface();
                List<Term> terms = it.terms();
                if (terms == null || terms.size() != 1) continue;
                Term core = terms.get(0);
                Type known = m.get(tp);
                if (known != null) {
                    Type target = core.tilde() ? known.underlying() : known;
                    unify(core.type(), target, m, tps, true);
                } else if (!core.tilde()) {
                    // an unknown type argument is the single type (never a ~type's, as in go/types)
                    Type ct = Types.subst(core.type(), m);
                    if (!mentions(ct, tps)) m.put(tp, ct);
                }
            }
        }
    }

    static boolean mentions(Type t, List<TypeParam> tps) {
        return mentions(t, tps, new java.util.HashSet<>());
    }

    private static boolean mentions(Type t, List<TypeParam> tps, java.util.Set<Type> seen) {
        if (t == null || !seen.add(t)) return false;
        return switch (t) {
            case TypeParam tp -> tps.contains(tp);
            case Pointer p -> mentions(p.elem(), tps, seen);
            case Slice s -> mentions(s.elem(), tps, seen);
            case Array a -> mentions(a.elem(), tps, seen);
            case MapType mt -> mentions(mt.key(), tps, seen) || mentions(mt.elem(), tps, seen);
            case Chan c -> mentions(c.elem(), tps, seen);
            case Named n -> {
                for (Type a : n.typeArgs()) if (mentions(a, tps, seen)) yield true;
                yield false;
            }
            case Signature s -> mentions(s.params(), tps, seen) || mentions(s.results(), tps, seen);
            case Tuple tu -> {
                for (Var v : tu.vars()) if (mentions(v.type(), tps, seen)) yield true;
                yield false;
            }
            case Struct s -> {
                for (Var v : s.fields()) if (mentions(v.type(), tps, seen)) yield true;
                yield false;
            }
            default -> false;
        };
    }

    /** Unifies a parameter type p (mentioning tps) with an argument type a; inexact allows named vs literal. */
    boolean unify(Type p, Type a, Map<TypeParam, Type> m, List<TypeParam> tps, boolean inexact) {
        if (p instanceof TypeParam tp && tps.contains(tp)) {
            Type known = m.get(tp);
            if (known == null) {
                m.put(tp, a);
                return true;
            }
            if (Types.identical(known, a)) return true;
            // Inexact: a named type and its underlying literal unify; keep the named one.
            if (!Types.isNamed(known) && Types.identical(known, a.underlying())) {
                m.put(tp, a);
                return true;
            }
            if (!Types.isNamed(a) && Types.identical(known.underlying(), a)) return true;
            return false;
        }
        if (!mentions(p, tps)) return Types.identical(p, a) || Types.assignableTo(a, p) || inexact;
        // p is a type literal or instance mentioning type parameters.
        if (p instanceof Named pn) {
            if (a instanceof Named an && an.origin() == pn.origin() && an.typeArgs().size() == pn.typeArgs().size()) {
                for (int i = 0; i < pn.typeArgs().size(); i++)
                    if (!unify(pn.typeArgs().get(i), an.typeArgs().get(i), m, tps, inexact)) return false;
                return true;
            }
            // a named type against a type literal: unify its underlying type (go/types' inexact unification)
            if (!Types.isNamed(a)) return unify(pn.underlying(), a, m, tps, inexact);
            return false;
        }
        Type au = a instanceof Named || a instanceof Basic ? a.underlying() : a;
        if (a instanceof TypeParam atp) {
            Type c = Types.coreType(atp);
            if (c == null) return false;
            au = c;
        }
        switch (p) {
            case Pointer pp:
                return au instanceof Pointer ap && unify(pp.elem(), ap.elem(), m, tps, inexact);
            case Slice ps:
                return au instanceof Slice as && unify(ps.elem(), as.elem(), m, tps, inexact);
            case Array pa:
                return au instanceof Array aa && pa.len() == aa.len() && unify(pa.elem(), aa.elem(), m, tps, inexact);
            case MapType pm:
                return au instanceof MapType am && unify(pm.key(), am.key(), m, tps, inexact) && unify(pm.elem(), am.elem(), m, tps, inexact);
            case Chan pc:
                return au instanceof Chan ac && unify(pc.elem(), ac.elem(), m, tps, inexact);
            case Signature ps: {
                if (!(au instanceof Signature as) || ps.params().size() != as.params().size()
                        || ps.results().size() != as.results().size() || ps.variadic() != as.variadic()) return false;
                for (int i = 0; i < ps.params().size(); i++)
                    if (!unify(ps.params().typeAt(i), as.params().typeAt(i), m, tps, inexact)) return false;
                for (int i = 0; i < ps.results().size(); i++)
                    if (!unify(ps.results().typeAt(i), as.results().typeAt(i), m, tps, inexact)) return false;
                return true;
            }
            case Struct ps: {
                if (!(au instanceof Struct as) || ps.numFields() != as.numFields()) return false;
                for (int i = 0; i < ps.numFields(); i++)
                    if (!ps.field(i).name().equals(as.field(i).name()) || !unify(ps.field(i).type(), as.field(i).type(), m, tps, inexact))
                        return false;
                return true;
            }
            default:
                return false;
        }
    }

    // ------------------------------------------------------------------ conversions

    void conversion(Operand x, Type T) {
        boolean constArg = x.mode == Mode.CONSTANT;
        boolean ok;
        Constant newVal = null;
        boolean constResult = false;
        if (constArg && Types.isConstType(T) && !(T instanceof TypeParam)) {
            Basic tb = (Basic) T.underlying();
            if (Types.isInteger(x.type) && tb.isString() || (Types.isUntyped(x.type) && x.type == Basic.UNTYPED_RUNE && tb.isString())) {
                Constant.Int iv = Constant.toInt(x.val);
                int cp = 0xFFFD;
                if (iv != null && iv.value().bitLength() < 32) {
                    long v = iv.value().longValue();
                    if (v >= 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) cp = (int) v;
                }
                newVal = Constant.of(new String(Character.toChars(cp)));
                ok = true;
            } else {
                Fail[] why = new Fail[1];
                // Numeric constants convert exactly when representable (floats are rounded).
                if (Types.isNumeric(x.type) && tb.isNumeric()) {
                    newVal = representable(x.val, tb, why);
                    if (newVal == null && tb.isFloat() && Constant.toInt(x.val) == null && why[0] == Fail.TRUNCATED) newVal = null;
                    ok = newVal != null;
                    if (!ok && Types.isInteger(tb) && Types.isFloat(x.type) == false && Types.isComplex(x.type) == false) {
                        ok = false;
                    }
                } else if (Types.isString(x.type) && tb.isString() || Types.isBoolean(x.type) && tb.isBoolean()) {
                    newVal = x.val;
                    ok = true;
                } else ok = false;
            }
            constResult = ok;
        } else if (constArg && T instanceof TypeParam) {
            ok = Types.convertibleTo(Types.defaultType(x.type), T) || untypedConvertible(x, T);
        } else {
            ok = Types.convertibleTo(x.type, T) || Types.isUntyped(x.type) && untypedConvertible(x, T);
        }
        if (!ok) {
            error(x, "cannot convert " + d(x) + " to type " + t(T));
            x.invalidate();
            return;
        }
        if (T.underlying() instanceof Basic ub && ub.kind() == BasicKind.UNSAFE_POINTER && Types.isInteger(x.type)
                && !(constArg && Constant.toInt(x.val) != null && Constant.toInt(x.val).value().signum() == 0)) {
            // minigo's memory is typed values: no object stands behind an integer (see UnsafePointers);
            // unsafe.Pointer(uintptr(0)) is nil
            error(x, "cannot convert " + d(x) + " to type " + t(T) + ": minigo has no raw memory; an unsafe.Pointer comes only from a pointer");
            x.invalidate();
            return;
        }
        if (constResult) {
            x.val = newVal;
            x.mode = Mode.CONSTANT;
            // An untyped constant argument gets the target type (go/types: final type T if T is a basic type).
            if (Types.isUntyped(x.type)) updateExprType(x.expr, T, true);
        } else {
            if (Types.isUntyped(x.type)) {
                Type final_ = T;
                if (Types.isInterface(T) && !(T instanceof TypeParam) || constArg && !Types.isConstType(T)) final_ = Types.defaultType(x.type);
                if (isUntypedNil(x.type)) final_ = Basic.UNTYPED_NIL;
                if (!Types.isInterface(T) && !isUntypedNil(x.type) && T.underlying() instanceof Basic) final_ = T;
                else if (!isUntypedNil(x.type) && !(T.underlying() instanceof Basic)) final_ = Types.defaultType(x.type);
                updateExprType(x.expr, final_, true);
            }
            x.mode = Mode.VALUE;
            x.val = null;
        }
        x.type = T;
        x.isNil = false; // T(nil) is a value of type T, no longer the nil literal (interface{}(nil) == 0 is valid)
    }

    private boolean untypedConvertible(Operand x, Type T) {
        Type d = Types.defaultType(x.type);
        if (isUntypedNil(x.type)) return Types.hasNil(T);
        if (Types.convertibleTo(d, T)) return true;
        // untyped numeric constants convert to any numeric type if representable-ish (non-constant shifts)
        return Types.isNumeric(x.type) && (Types.isNumeric(T) || T instanceof TypeParam tp && allNumeric(tp));
    }

    // ------------------------------------------------------------------ built-ins

    private Operand exprOf(Ast.Expr e) {
        Operand o = new Operand();
        expr(o, e);
        return o;
    }

    void builtin(Operand x, Ast.CallExpr call, Builtin.Id id) {
        List<Ast.Expr> argExprs = call.args();
        int nargs = argExprs.size();
        String name = id.goName;
        int min, max;
        switch (id) {
            case APPEND -> { min = 1; max = -1; }
            case CAP, LEN, CLOSE, IMAG, REAL, NEW, PANIC, SIZEOF, ALIGNOF, OFFSETOF -> { min = 1; max = 1; }
            case COMPLEX, COPY, DELETE, ADD, SLICE -> { min = 2; max = 2; }
            case MAKE -> { min = 1; max = 3; }
            case PRINT, PRINTLN -> { min = 0; max = -1; }
            case RECOVER -> { min = 0; max = 0; }
            default -> { min = 0; max = -1; }
        }
        if (call.hasEllipsis() && id != Builtin.Id.APPEND) {
            error(call.pos(), "invalid operation: invalid use of ... with built-in " + name);
            useArgs(argExprs);
            x.invalidate();
            return;
        }
        // copy(f()), complex(f()), delete(f()): a single call's results are the arguments
        List<Operand> spread = null;
        boolean evaluated = false;
        if (nargs == 1 && (id == Builtin.Id.COPY || id == Builtin.Id.COMPLEX || id == Builtin.Id.DELETE)) {
            List<Operand> ops = arguments(argExprs);
            evaluated = true;
            if (ops.size() == 1 && ops.get(0).invalid()) {
                x.invalidate();
                return;
            }
            if (spreadCall) spread = ops;
            nargs = ops.size();
        }
        if (nargs < min || (max >= 0 && nargs > max)) {
            if (id == Builtin.Id.MAKE && nargs < 1) {
                error(call.pos(), "invalid operation: not enough arguments for " + e(call) + " (expected 1, found 0)");
            } else {
                String q = nargs < min ? "not enough" : "too many";
                error(call.pos(), "invalid operation: " + q + " arguments for " + e(call) + " (expected " + (nargs < min ? min : max)
                        + ", found " + nargs + ")");
            }
            if (!evaluated) useArgs(argExprs);
            x.invalidate();
            return;
        }
        switch (id) {
            case LEN, CAP -> {
                Operand a = new Operand();
                expr(a, argExprs.get(0));
                if (a.invalid()) {
                    x.invalidate();
                    return;
                }
                if (a.type instanceof TypeParam tp) {
                    // every type in the type set must have a length (never a constant: it varies)
                    if (!Types.allTerms(tp, term -> hasLength(term, id))) {
                        error(a, "invalid argument: " + d(a) + " for " + name);
                        x.invalidate();
                        return;
                    }
                    x.set(Mode.VALUE, Basic.INT);
                    return;
                }
                Type u = a.type.underlying();
                if (u instanceof Pointer p && p.elem().underlying() instanceof Array) u = p.elem().underlying();
                Constant val = null;
                boolean ok;
                switch (u) {
                    case Basic b when b.isString() && id == Builtin.Id.LEN -> {
                        ok = true;
                        if (a.mode == Mode.CONSTANT) val = Constant.of(((Constant.Str) a.val).bytes().length);
                        if (Types.isUntyped(a.type)) convertUntyped(a, Basic.STRING);
                    }
                    case Array arr -> {
                        ok = true;
                        if (!containsCallOrRecv(argExprs.get(0))) val = Constant.of(arr.len());
                    }
                    case Slice s -> ok = true;
                    case Chan c -> ok = true;
                    case MapType mt -> ok = id == Builtin.Id.LEN;
                    case null, default -> ok = false;
                }
                if (!ok) {
                    error(a, "invalid argument: " + d(a) + " for " + name);
                    x.invalidate();
                    return;
                }
                if (val != null) x.setConst(Basic.INT, val);
                else x.set(Mode.VALUE, Basic.INT);
            }
            case APPEND -> {
                List<Operand> args = arguments(argExprs);
                Operand s = args.get(0);
                if (s.invalid()) {
                    x.invalidate();
                    return;
                }
                Type S = s.type;
                Type su = Types.coreType(S);
                if (isUntypedNil(S)) {
                    error(s, "first argument to append must be a typed slice; found untyped nil");
                    x.invalidate();
                    return;
                }
                if (!(su instanceof Slice sl)) {
                    error(s, "invalid argument: " + e(s.expr) + " (" + describeShort(s) + ") is not a slice");
                    x.invalidate();
                    return;
                }
                if (call.hasEllipsis()) {
                    if (args.size() != 2) {
                        error(call.pos(), "invalid operation: can only use ... with final argument in list");
                        x.invalidate();
                        return;
                    }
                    Operand t2 = args.get(1);
                    if (isString(coreString(t2.type)) && sl.elem().underlying() instanceof Basic eb && eb.kind() == BasicKind.UINT8) {
                        if (Types.isUntyped(t2.type)) convertUntyped(t2, Basic.STRING);
                    } else assignment(t2, new Slice(sl.elem()), "argument to append");
                } else {
                    for (int i = 1; i < args.size(); i++) assignment(args.get(i), sl.elem(), "argument to append");
                }
                x.set(Mode.VALUE, S);
            }
            case MAKE -> {
                Type T = typ(argExprs.get(0));
                if (T == Basic.INVALID) {
                    useArgs(argExprs.subList(1, nargs));
                    x.invalidate();
                    return;
                }
                Type u = Types.coreType(T);
                int minArgs;
                switch (u) {
                    case Slice s -> minArgs = 2;
                    case MapType m -> minArgs = 1;
                    case Chan c -> minArgs = 1;
                    case null, default -> {
                        error(argExprs.get(0).pos(), "invalid argument: cannot make " + e(argExprs.get(0)) + "; type must be slice, map, or channel");
                        useArgs(argExprs.subList(1, nargs));
                        x.invalidate();
                        return;
                    }
                }
                if (nargs < minArgs || nargs > (u instanceof Slice ? 3 : 2)) {
                    error(call.pos(), "invalid operation: " + e(call) + " expects " + minArgs + " or " + (minArgs + 1)
                            + " arguments; found " + nargs);
                    useArgs(argExprs.subList(1, nargs));
                    x.invalidate();
                    return;
                }
                long[] sizes = new long[2];
                int k = 0;
                for (Ast.Expr a : argExprs.subList(1, nargs)) {
                    Operand o = new Operand();
                    expr(o, a);
                    sizes[k++] = -1;
                    if (o.invalid()) continue;
                    if (isValidIndex(o, "index", false) && o.mode == Mode.CONSTANT) {
                        sizes[k - 1] = Constant.toInt(o.val).value().longValue();
                    }
                }
                if (k == 2 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
                    error(argExprs.get(1).pos(), "invalid argument: length and capacity swapped");
                }
                x.set(Mode.VALUE, T);
            }
            case NEW -> {
                Type T = varType(argExprs.get(0));
                if (T == Basic.INVALID) {
                    x.invalidate();
                    return;
                }
                x.set(Mode.VALUE, new Pointer(T));
            }
            case PANIC -> {
                Operand a = new Operand();
                expr(a, argExprs.get(0));
                assignment(a, Universe.ANY_IFACE, "argument to panic");
                x.set(Mode.NOVALUE, Tuple.EMPTY);
                if (fctx != null) panicCalls.put(call, Boolean.TRUE);
            }
            case PRINT, PRINTLN -> {
                // println(f()) spreads f's results, as for a function's arguments
                for (Operand a : arguments(argExprs)) {
                    if (a.invalid()) continue;
                    assignment(a, null, "argument to built-in " + name);
                }
                x.set(Mode.NOVALUE, Tuple.EMPTY);
            }
            case RECOVER -> x.set(Mode.VALUE, Universe.ANY_IFACE);
            case CLOSE -> {
                Operand a = new Operand();
                expr(a, argExprs.get(0));
                if (a.invalid()) {
                    x.invalidate();
                    return;
                }
                // every type in a type parameter's type set must be a closable channel
                for (Type u : underTypes(a.type)) {
                    if (!(u instanceof Chan c)) {
                        error(a, "invalid operation: cannot close non-channel " + d(a));
                        x.invalidate();
                        return;
                    }
                    if (c.dir() == Chan.Dir.RECV) {
                        error(a, "invalid operation: cannot close receive-only channel " + d(a));
                        x.invalidate();
                        return;
                    }
                }
                x.set(Mode.NOVALUE, Tuple.EMPTY);
            }
            case DELETE -> {
                Operand m = spread != null ? spread.get(0) : exprOf(argExprs.get(0));
                Operand k = spread != null ? spread.get(1) : exprOf(argExprs.get(1));
                if (m.invalid() || k.invalid()) {
                    x.invalidate();
                    return;
                }
                // every type in a type parameter's type set must be a map, all with one key type
                Type key = null;
                for (Type u : underTypes(m.type)) {
                    if (!(u instanceof MapType mt)) {
                        error(m, "invalid argument: " + d(m) + " is not a map");
                        x.invalidate();
                        return;
                    }
                    if (key != null && !Types.identical(mt.key(), key)) {
                        error(m, "invalid argument: maps of " + d(m) + " must have identical key types");
                        x.invalidate();
                        return;
                    }
                    key = mt.key();
                }
                assignment(k, key, "argument to delete");
                x.set(Mode.NOVALUE, Tuple.EMPTY);
            }
            case COPY -> {
                Operand dst = spread != null ? spread.get(0) : exprOf(argExprs.get(0));
                Operand src = spread != null ? spread.get(1) : exprOf(argExprs.get(1));
                if (dst.invalid() || src.invalid()) {
                    x.invalidate();
                    return;
                }
                Type du = Types.coreType(dst.type), su = Types.coreType(src.type);
                if (!(du instanceof Slice ds)) {
                    error(dst, "invalid argument: copy expects slice arguments; found " + d(dst) + " and " + d(src));
                    x.invalidate();
                    return;
                }
                boolean ok = su instanceof Slice ss && Types.identical(ds.elem(), ss.elem())
                        || Types.isString(src.type) && ds.elem().underlying() instanceof Basic b && b.kind() == BasicKind.UINT8;
                if (!ok) {
                    if (!(su instanceof Slice) && !Types.isString(src.type))
                        error(dst, "invalid argument: copy expects slice arguments; found " + d(dst) + " and " + d(src));
                    else
                        error(dst, "invalid argument: arguments to copy " + d(dst) + " and " + d(src) + " have different element types " + t(ds.elem()) + " and " + t(su instanceof Slice ss2 ? ss2.elem() : Basic.BYTE));
                    x.invalidate();
                    return;
                }
                if (Types.isUntyped(src.type)) convertUntyped(src, Basic.STRING);
                x.set(Mode.VALUE, Basic.INT);
            }
            case COMPLEX -> {
                Operand re = spread != null ? spread.get(0) : exprOf(argExprs.get(0));
                Operand im = spread != null ? spread.get(1) : exprOf(argExprs.get(1));
                if (re.invalid() || im.invalid()) {
                    x.invalidate();
                    return;
                }
                matchTypes(re, im);
                if (re.invalid()) {
                    x.invalidate();
                    return;
                }
                if (re.mode == Mode.CONSTANT && im.mode == Mode.CONSTANT && Types.isUntyped(re.type)) {
                    x.setConst(Basic.UNTYPED_COMPLEX, new Constant.Complex(Constant.toFloat(re.val), Constant.toFloat(im.val)));
                    return;
                }
                if (Types.isUntyped(re.type)) convertUntyped(re, Basic.FLOAT64);
                if (Types.isUntyped(im.type)) convertUntyped(im, Basic.FLOAT64);
                if (!Types.identical(re.type, im.type)) {
                    error(re, "invalid operation: " + e(call) + " (mismatched types " + t(re.type) + " and " + t(im.type) + ")");
                    x.invalidate();
                    return;
                }
                Type res = re.type.underlying() instanceof Basic b && b.kind() == BasicKind.FLOAT32 ? Basic.COMPLEX64 : Basic.COMPLEX128;
                if (!Types.isFloat(re.type)) {
                    error(re, "invalid argument: arguments have type " + t(re.type) + ", expected floating-point");
                    x.invalidate();
                    return;
                }
                if (re.mode == Mode.CONSTANT && im.mode == Mode.CONSTANT)
                    x.setConst(res, new Constant.Complex(Constant.toFloat(re.val), Constant.toFloat(im.val)));
                else x.set(Mode.VALUE, res);
            }
            case REAL, IMAG -> {
                Operand a = new Operand();
                expr(a, argExprs.get(0));
                if (a.invalid()) {
                    x.invalidate();
                    return;
                }
                if (a.mode == Mode.CONSTANT && Types.isUntyped(a.type)) {
                    Constant.Complex c = Constant.toComplex(a.val);
                    x.setConst(Basic.UNTYPED_FLOAT, id == Builtin.Id.REAL ? c.re() : c.im());
                    return;
                }
                if (!Types.isComplex(a.type)) {
                    error(a, "invalid argument: argument has type " + t(a.type) + ", expected complex type");
                    x.invalidate();
                    return;
                }
                Type res = ((Basic) a.type.underlying()).kind() == BasicKind.COMPLEX64 ? Basic.FLOAT32 : Basic.FLOAT64;
                if (a.mode == Mode.CONSTANT) {
                    Constant.Complex c = Constant.toComplex(a.val);
                    x.setConst(res, id == Builtin.Id.REAL ? c.re() : c.im());
                } else x.set(Mode.VALUE, res);
            }
            case SIZEOF, ALIGNOF -> {
                Operand a = new Operand();
                expr(a, argExprs.get(0));
                if (a.invalid()) {
                    x.invalidate();
                    return;
                }
                if (Types.isUntyped(a.type)) convertUntyped(a, Types.defaultType(a.type));
                if (hasVarSize(a.type)) {
                    // the size depends on a type argument: not a constant (each instance has its own)
                    x.set(Mode.VALUE, Basic.UINTPTR);
                    return;
                }
                long v = id == Builtin.Id.SIZEOF ? Sizes.AMD64.sizeof(a.type) : Sizes.AMD64.alignof(a.type);
                x.setConst(Basic.UINTPTR, Constant.of(v));
            }
            case OFFSETOF -> {
                Ast.Expr arg = unparen(argExprs.get(0));
                if (!(arg instanceof Ast.SelectorExpr sel)) {
                    error(arg.pos(), "invalid argument: " + e(arg) + " is not a selector expression");
                    x.invalidate();
                    return;
                }
                Operand a = new Operand();
                expr(a, sel);
                Selection s = info.selections.get(sel);
                if (a.invalid() || s == null || s.kind() != Selection.Kind.FIELD_VAL) {
                    if (!a.invalid()) error(arg.pos(), "invalid argument: " + e(arg) + " is a method value");
                    x.invalidate();
                    return;
                }
                // The offset is within the struct that x denotes (x may be a pointer to it, as in any
                // selector: Go's derefStructPtr); the path to a promoted field may not go through an
                // embedded pointer.
                Type base = Sizes.selectorBase(info.types.get(sel.x()).type());
                long off = Sizes.AMD64.offsetof(base, s.index(), t -> t);
                if (off < 0) {
                    error(arg.pos(), "invalid argument: field " + sel.sel().name() + " is embedded via a pointer in " + t(base));
                    x.invalidate();
                    return;
                }
                if (hasVarSize(base)) {
                    // the offset depends on a type argument: not a constant
                    x.set(Mode.VALUE, Basic.UINTPTR);
                    return;
                }
                x.setConst(Basic.UINTPTR, Constant.of(off));
            }
            default -> {
                useArgs(argExprs);
                error(call.pos(), "unsupported built-in " + name);
                x.invalidate();
            }
        }
    }

    /** Whether len (or cap) applies to a value of type t. */
    private static boolean hasLength(Type t, Builtin.Id id) {
        Type tu = t.underlying();
        if (tu instanceof Pointer p && p.elem().underlying() instanceof Array) tu = p.elem().underlying();
        return switch (tu) {
            case Basic b -> b.isString() && id == Builtin.Id.LEN;
            case Array arr -> true;
            case Slice sl -> true;
            case Chan c -> true;
            case MapType mt -> id == Builtin.Id.LEN;
            default -> false;
        };
    }

    /**
     * The underlying types go/types' underIs visits: t's, or for a type parameter each of its type
     * set's types' (a single null when the type set has no specific types).
     */
    static List<Type> underTypes(Type t) {
        if (!(t instanceof TypeParam tp)) return List.of(t.underlying());
        List<Term> terms = tp.iface().terms();
        List<Type> out = new ArrayList<>();
        if (terms == null || terms.isEmpty()) out.add(null);
        else for (Term term : terms) out.add(term.type().underlying());
        return out;
    }

    /**
     * go/types' coreString: the core type of t where string counts as []byte, given as string if
     * any type in the set is a string (so append(b, s...) takes an S ~string|~[]byte); null if none.
     */
    static Type coreString(Type t) {
        if (!(t instanceof TypeParam tp)) return t.underlying();
        List<Term> terms = tp.iface().terms();
        if (terms == null || terms.isEmpty()) return null;
        Type su = null;
        boolean hasString = false;
        for (Term term : terms) {
            Type u = term.type().underlying();
            if (Types.isString(u)) {
                u = new Slice(Basic.BYTE);
                hasString = true;
            }
            if (su != null && (u = Types.match(su, u)) == null) return null;
            su = u;
        }
        return hasString ? Basic.STRING : su;
    }

    private static boolean isString(Type t) {
        return t != null && Types.isString(t);
    }

    /** Whether t's size depends on a type argument (go/types' hasVarSize): a type parameter in it, outside pointers and the like. */
    static boolean hasVarSize(Type t) {
        return hasVarSize(t, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean hasVarSize(Type t, java.util.Set<Named> seen) {
        if (t instanceof TypeParam) return true;
        if (t instanceof Named n && !seen.add(n)) return false;
        return switch (t.underlying()) {
            case Array a -> hasVarSize(a.elem(), seen);
            case Struct st -> st.fields().stream().anyMatch(f -> hasVarSize(f.type(), seen));
            default -> false;
        };
    }

    private static Type sliceOf(Type S, Slice sl) {
        return S;
    }

    /** Calls to panic, for terminating-statement analysis. */
    final Map<Ast.CallExpr, Boolean> panicCalls = new IdentityHashMap<>();

    static boolean containsCallOrRecv(Ast.Expr e) {
        boolean[] found = {false};
        new Object() {
            void walk(Ast.Expr x) {
                if (x == null || found[0]) return;
                switch (x) {
                    case Ast.CallExpr c -> found[0] = true;
                    case Ast.UnaryExpr u -> {
                        if (u.op().equals("<-")) found[0] = true;
                        else walk(u.x());
                    }
                    case Ast.ParenExpr p -> walk(p.x());
                    case Ast.SelectorExpr s -> walk(s.x());
                    case Ast.IndexExpr i -> {
                        walk(i.x());
                        walk(i.index());
                    }
                    case Ast.StarExpr s -> walk(s.x());
                    case Ast.BinaryExpr b -> {
                        walk(b.x());
                        walk(b.y());
                    }
                    case Ast.CompositeLit cl -> {
                        for (Ast.Expr el : cl.elts()) walk(el);
                    }
                    case Ast.KeyValueExpr kv -> {
                        walk(kv.key());
                        walk(kv.value());
                    }
                    case Ast.SliceExpr s -> {
                        walk(s.x());
                        walk(s.low());
                        walk(s.high());
                        walk(s.max());
                    }
                    case Ast.TypeAssertExpr t -> walk(t.x());
                    default -> {}
                }
            }
        }.walk(e);
        return found[0];
    }
}
