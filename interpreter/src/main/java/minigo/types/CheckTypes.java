package minigo.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;
import minigo.types.TypeAndValue.Mode;

/** Type expressions: names, literals, instantiations, signatures, structs, interfaces. */
abstract class CheckTypes extends CheckBase {

    CheckTypes(Checker.Mode mode, Package pkg, Importer importer) {
        super(mode, pkg, importer);
    }

    /** Resolves a package-level object's declaration if not done yet. */
    abstract void objDecl(Obj o);

    /** Checks e as an expression or type; the result may be a TYPEXPR. */
    abstract void exprOrType(Operand x, Ast.Expr e, boolean allowGeneric);

    abstract void expr(Operand x, Ast.Expr e);

    /** Declares obj in scope s, reporting redeclarations; records the definition. */
    void declare(Scope s, Ast.Ident id, Obj obj) {
        if (id != null) recordDef(id, obj);
        if (obj.name().equals("_")) return;
        Obj old = s.insert(obj);
        if (old != null) {
            error(obj.pos(), obj.name() + " redeclared in this block\n\t" + old.pos() + ": other declaration of " + obj.name());
        }
    }

    /** A type expression that must denote a type usable for values (not a constraint interface, instantiated). */
    Type varType(Ast.Expr e) {
        Type t = typExpr(e, null, false);
        if (t instanceof Named || t instanceof Interface) {
            if (t.underlying() instanceof Interface it && !(t instanceof TypeParam) && !it.isMethodSet()) {
                String what = it.isComparable() && it.terms() == null ? "is (or embeds) comparable" : "contains type constraints";
                error(e.pos(), "cannot use type " + t(t) + " outside a type constraint: interface " + what);
            }
        }
        return t;
    }

    Type typ(Ast.Expr e) {
        return typExpr(e, null, false);
    }

    /**
     * Checks a type expression; def is the Named being defined by it (so a struct can refer to its own
     * type through pointers), allowGeneric permits an uninstantiated generic type.
     */
    Type typExpr(Ast.Expr e, Named def, boolean allowGeneric) {
        Type t = typInternal(e, def, allowGeneric);
        if (t == null) t = Basic.INVALID;
        info.types.put(e, new TypeAndValue(Mode.TYPEXPR, t, null));
        return t;
    }

    private Type typInternal(Ast.Expr e, Named def, boolean allowGeneric) {
        switch (e) {
            case Ast.Ident id: {
                Operand x = new Operand();
                exprOrType(x, id, allowGeneric);
                return asType(x, allowGeneric);
            }
            case Ast.SelectorExpr sel: {
                Operand x = new Operand();
                exprOrType(x, sel, allowGeneric);
                return asType(x, allowGeneric);
            }
            case Ast.IndexExpr ix:
                return instantiatedType(ix.x(), List.of(ix.index()), ix);
            case Ast.IndexListExpr ix:
                return instantiatedType(ix.x(), ix.indices(), ix);
            case Ast.ParenExpr p:
                return typExpr(p.x(), def, allowGeneric);
            case Ast.ArrayType at: {
                if (at.len() == null) return new Slice(varType(at.elt()));
                if (at.len() instanceof Ast.Ellipsis) {
                    error(at.len().pos(), "invalid use of [...] array (outside a composite literal)");
                    varType(at.elt());
                    return Basic.INVALID;
                }
                long n = arrayLength(at.len());
                Type elem = varType(at.elt());
                return n < 0 ? Basic.INVALID : new Array(n, elem);
            }
            case Ast.Ellipsis el: {
                error(el.pos(), "invalid use of ...");
                return Basic.INVALID;
            }
            case Ast.StarExpr s:
                return new Pointer(typExpr(s.x(), null, false));
            case Ast.FuncType ft:
                return funcType(ft, null, null, new Scope(scope, "func type", true), null);
            case Ast.StructType st:
                return structType(st);
            case Ast.InterfaceType it:
                return interfaceType(it, def);
            case Ast.MapType mt: {
                Type k = varType(mt.key());
                Type v = varType(mt.value());
                // Deferred (as types2 does): the key may be a type, or a type parameter, still being resolved.
                if (k != Basic.INVALID) laterMapKeyCheck(mt.key(), k);
                return new MapType(k, v);
            }
            case Ast.ChanType ct: {
                Chan.Dir dir = switch (ct.dir()) {
                    case BOTH -> Chan.Dir.SEND_RECV;
                    case SEND -> Chan.Dir.SEND;
                    case RECV -> Chan.Dir.RECV;
                };
                return new Chan(dir, varType(ct.value()));
            }
            default: {
                Operand x = new Operand();
                exprOrType(x, e, false);
                if (x.invalid()) return Basic.INVALID;
                error(e.pos(), e(e) + " is not a type");
                return Basic.INVALID;
            }
        }
    }

    /** Map key types are checked once the package's types are complete (a key may be a type still being defined). */
    final List<Runnable> later = new ArrayList<>();

    private void laterMapKeyCheck(Ast.Expr keyExpr, Type k) {
        later.add(() -> {
            if (!Types.comparable(k)) error(keyExpr.pos(), "invalid map key type " + t(k));
        });
    }

    private Type asType(Operand x, boolean allowGeneric) {
        switch (x.mode) {
            case INVALID:
                return Basic.INVALID;
            case TYPEXPR: {
                if (!allowGeneric && x.type instanceof Named n && !n.typeParams().isEmpty() && n.typeArgs().isEmpty()) {
                    error(x, "cannot use generic type " + genericString(n) + " without instantiation");
                    return Basic.INVALID;
                }
                return x.type;
            }
            default:
                error(x, e(x.expr) + " is not a type");
                return Basic.INVALID;
        }
    }

    String genericString(Named n) {
        StringBuilder sb = new StringBuilder(t(n)).append('[');
        for (int i = 0; i < n.typeParams().size(); i++) {
            if (i > 0) sb.append(", ");
            TypeParam tp = n.typeParams().get(i);
            sb.append(tp.obj().name()).append(' ').append(tp.constraint() == null ? "any" : t(tp.constraint()));
        }
        return sb.append(']').toString();
    }

    long arrayLength(Ast.Expr e) {
        Operand x = new Operand();
        expr(x, e);
        if (x.invalid()) return -1;
        if (x.mode != Mode.CONSTANT) {
            if (x.mode == Mode.TYPEXPR) error(e.pos(), "invalid array length " + e(e));
            else error(e.pos(), "array length " + e(e) + " (" + describeShort(x) + ") must be constant");
            return -1;
        }
        if (Types.isUntyped(x.type) || Types.isInteger(x.type)) {
            Constant.Int n = Constant.toInt(x.val);
            if (n != null) {
                if (Types.isUntyped(x.type)) updateExprType(e, Basic.INT, true);
                if (n.value().signum() < 0) {
                    error(e.pos(), "invalid array length " + e(e) + " (untyped int constant " + n + ")");
                    return -1;
                }
                if (n.value().bitLength() < 63) return n.value().longValue();
            }
        }
        error(e.pos(), "array length " + d(x) + " must be integer");
        return -1;
    }

    String describeShort(Operand x) {
        String s = d(x);
        int i = s.indexOf(" (");
        return i >= 0 ? s.substring(i + 2, s.length() - 1) : s;
    }

    // ------------------------------------------------------------------ instantiation

    Type instantiatedType(Ast.Expr gx, List<Ast.Expr> argExprs, Ast.Expr whole) {
        Type gt = typExpr(gx, null, true);
        if (gt == Basic.INVALID) return gt;
        if (!(gt instanceof Named n) || n.typeParams().isEmpty() || !n.typeArgs().isEmpty()) {
            error(gx.pos(), t(gt) + " is not a generic type");
            return Basic.INVALID;
        }
        List<Type> args = new ArrayList<>();
        for (Ast.Expr a : argExprs) args.add(varType(a));
        for (Type a : args) if (a == Basic.INVALID) return Basic.INVALID;
        if (args.size() != n.typeParams().size()) {
            error(gx.pos(), "got " + args.size() + " arguments but " + n.typeParams().size() + " type parameters");
            return Basic.INVALID;
        }
        Named inst = Types.instantiate(n, args);
        Ast.Ident id = gx instanceof Ast.Ident i ? i : gx instanceof Ast.SelectorExpr s ? s.sel() : null;
        if (id != null) info.instances.put(id, new Instance(List.copyOf(args), inst));
        Map<TypeParam, Type> m = new HashMap<>();
        for (int i = 0; i < args.size(); i++) m.put(n.typeParams().get(i), args.get(i));
        List<TypeParam> tps = n.typeParams();
        later.add(() -> verifyTypeArgs(tps, args, argExprs, whole.pos()));
        return inst;
    }

    /** Checks each type argument satisfies its constraint; reports the first failure. */
    boolean verifyTypeArgs(List<TypeParam> tps, List<Type> args, List<Ast.Expr> argExprs, Ast.Pos pos) {
        Map<TypeParam, Type> m = new java.util.IdentityHashMap<>();
        for (int i = 0; i < tps.size(); i++) m.put(tps.get(i), args.get(i));
        for (int i = 0; i < tps.size(); i++) {
            Type c = Types.subst(tps.get(i).constraint(), m);
            if (c == null || !(c.underlying() instanceof Interface it)) continue;
            String why = satisfiesWhy(args.get(i), it, c);
            if (why != null) {
                Ast.Pos p = argExprs != null && i < argExprs.size() ? argExprs.get(i).pos() : pos;
                error(p, why);
                return false;
            }
        }
        return true;
    }

    /** Null if t satisfies the constraint c (with interface it), else types2's message. */
    String satisfiesWhy(Type t, Interface it, Type c) {
        if (it.isComparable() && !Types.comparable(t)) {
            return t(t) + " does not implement comparable";
        }
        Types.Missing mm = Types.missingMethod(t, it);
        if (mm != null) return t(t) + " does not implement " + t(c) + " " + missingReason(t, c, mm);
        if (it.terms() != null && !Types.satisfies(t, it)) {
            if (t instanceof TypeParam) return t(t) + " does not implement " + t(c);
            // t is not in a term T but is in ~T (T its own underlying type): suggest the ~
            for (Term term : it.terms()) {
                if (!term.tilde() && Types.identical(term.type(), term.type().underlying())
                        && Types.identical(t.underlying(), term.type())) {
                    return t(t) + " does not implement " + t(c) + " (possibly missing ~ for " + t(term.type()) + " in constraint " + t(c) + ")";
                }
            }
            StringBuilder terms = new StringBuilder();
            for (int i = 0; i < it.terms().size(); i++) {
                if (i > 0) terms.append(" | ");
                Term term = it.terms().get(i);
                terms.append(term.tilde() ? "~" : "").append(t(term.type()));
            }
            return t(t) + " does not implement " + t(c) + " (" + t(t) + " missing in " + terms + ")";
        }
        return null;
    }

    /** types2's parenthesised reason for a missing method (compiler wording). */
    String missingReason(Type t, Type iface, Types.Missing mm) {
        String name = mm.method().name();
        if (mm.ptrRecv()) return "(" + name + " method has pointer receiver)";
        if (mm.wrongType()) {
            return "(wrong type for " + name + " method)\n\t\thave " + name + TypeString.signature(mm.have().signature(), pkg)
                    + "\n\t\twant " + name + TypeString.signature(mm.method().signature(), pkg);
        }
        if (t instanceof Pointer p && p.elem().underlying() instanceof Interface && !(p.elem() instanceof TypeParam))
            return "(type " + t(t) + " is pointer to interface, not interface)";
        Types.Lookup l = Types.lookupFieldOrMethod(t, true, mm.method().pkg(), name);
        if (l.obj() instanceof Var) return "(" + t(t) + "." + name + " is a field, not a method)";
        return "(missing " + name + " method)";
    }

    // ------------------------------------------------------------------ type parameters

    /** Declares the type parameters of a function or type in scope s; constraints resolved after all are declared. */
    List<TypeParam> collectTypeParams(List<Ast.Field> fields, Scope s) {
        List<TypeParam> tps = new ArrayList<>();
        int idx = 0;
        for (Ast.Field f : fields) {
            for (Ast.Ident n : f.names()) {
                TypeName tn = new TypeName(n.name(), n.pos(), null, pkg);
                TypeParam tp = new TypeParam(tn, idx++, null);
                declare(s, n, tn);
                tps.add(tp);
            }
        }
        Scope saved = scope;
        scope = s;
        int k = 0;
        for (Ast.Field f : fields) {
            Type c = constraint(f.type());
            for (int j = 0; j < f.names().size(); j++) tps.get(k++).setConstraint(c);
        }
        scope = saved;
        return tps;
    }

    /** A constraint: an interface type, or a type-set shorthand ({@code ~int | string}) wrapped implicitly. */
    Type constraint(Ast.Expr e) {
        if (e instanceof Ast.BinaryExpr || e instanceof Ast.UnaryExpr u && u.op().equals("~")
                || !(e instanceof Ast.Ident || e instanceof Ast.SelectorExpr || e instanceof Ast.InterfaceType
                    || e instanceof Ast.IndexExpr || e instanceof Ast.IndexListExpr || e instanceof Ast.ParenExpr)) {
            List<Term> terms = union(e);
            Interface it = new Interface(List.of(), List.of(Basic.INVALID), List.of(terms));
            it.markImplicit();
            it.complete();
            info.types.put(e, new TypeAndValue(Mode.TYPEXPR, it, null));
            return it;
        }
        Type t = typExpr(e, null, false);
        if (t != Basic.INVALID && !(t.underlying() instanceof Interface) && !(t instanceof TypeParam)) {
            Interface it = new Interface(List.of(), List.of(t), List.of(List.of(new Term(false, t))));
            it.markImplicit();
            it.complete();
            return it;
        }
        if (t instanceof TypeParam) {
            error(e.pos(), "cannot use a type parameter as constraint");
            return Interface.empty();
        }
        return t;
    }

    List<Term> union(Ast.Expr e) {
        List<Term> out = new ArrayList<>();
        List<Ast.Expr> exprs = new ArrayList<>();
        unionInto(e, out, exprs);
        // Terms must be disjoint (a|a, a|~a, ~a|A with A's underlying type a overlap), checked once
        // the package's types are complete; interface terms are exempt (go/types' overlappingTerm)
        later.add(() -> {
            for (int i = 1; i < out.size(); i++) {
                Term y = out.get(i);
                if (y.type() == Basic.INVALID || y.type().underlying() instanceof Interface) continue;
                for (int j = 0; j < i; j++) {
                    Term x = out.get(j);
                    if (x.type() == Basic.INVALID || x.type().underlying() instanceof Interface) continue;
                    Type ux = y.tilde() ? x.type().underlying() : x.type();
                    Type uy = x.tilde() ? y.type().underlying() : y.type();
                    if (Types.identical(ux, uy)) {
                        error(exprs.get(i).pos(), "overlapping terms " + termString(y) + " and " + termString(x));
                        break;
                    }
                }
            }
        });
        return out;
    }

    /** A term as go/types prints it on its own (%s of a *Term: package-qualified). */
    private static String termString(Term t) {
        return (t.tilde() ? "~" : "") + TypeString.checker(t.type(), null);
    }

    private void unionInto(Ast.Expr e, List<Term> out, List<Ast.Expr> exprs) {
        if (e instanceof Ast.BinaryExpr b && b.op().equals("|")) {
            unionInto(b.x(), out, exprs);
            unionInto(b.y(), out, exprs);
            return;
        }
        exprs.add(e);
        if (e instanceof Ast.UnaryExpr u && u.op().equals("~")) {
            Type t = typExpr(u.x(), null, false);
            if (t != Basic.INVALID && !Types.identical(t, t.underlying())) {
                error(u.pos(), "invalid use of ~ (underlying type of " + t(t) + " is " + t(t.underlying()) + ")");
            }
            out.add(new Term(true, t));
            return;
        }
        Type t = typExpr(e, null, false);
        out.add(new Term(false, t));
    }

    // ------------------------------------------------------------------ signatures

    /**
     * Resolves a function type. If s is non-null, parameters and results are declared in it (s is the
     * function's scope). recvField/recvType: for methods, the already resolved receiver var.
     */
    Signature funcType(Ast.FuncType ft, Var recv, List<TypeParam> typeParams, Scope s, List<TypeParam> recvTps) {
        Scope saved = scope;
        scope = s;
        List<Var> params = new ArrayList<>();
        boolean variadic = false;
        List<Ast.Field> ps = ft.params();
        for (int i = 0; i < ps.size(); i++) {
            Ast.Field f = ps.get(i);
            Ast.Expr te = f.type();
            Type pt;
            if (te instanceof Ast.Ellipsis el) {
                if (i != ps.size() - 1 || f.names().size() > 1) {
                    error(el.pos(), "can only use ... with final parameter in list");
                }
                Type et = varType(el.elt());
                pt = new Slice(et);
                info.types.put(te, new TypeAndValue(Mode.TYPEXPR, pt, null));
                variadic = i == ps.size() - 1;
            } else pt = varType(te);
            if (f.names().isEmpty()) {
                Var v = Var.param("", f.pos(), pt, pkg);
                params.add(v);
                info.implicits.put(f, v);
            } else {
                for (Ast.Ident n : f.names()) {
                    Var v = Var.param(n.name(), n.pos(), pt, pkg);
                    params.add(v);
                }
            }
        }
        List<Var> results = new ArrayList<>();
        for (Ast.Field f : ft.results()) {
            Type rt = varType(f.type());
            if (f.type() instanceof Ast.Ellipsis) error(f.type().pos(), "can only use ... with final parameter in list");
            if (f.names().isEmpty()) {
                Var v = Var.param("", f.pos(), rt, pkg);
                results.add(v);
                info.implicits.put(f, v);
            } else {
                for (Ast.Ident n : f.names()) results.add(Var.param(n.name(), n.pos(), rt, pkg));
            }
        }
        // Declare after resolving all types: parameter names are not in scope in parameter types.
        int pi = 0;
        for (Ast.Field f : ps) {
            if (f.names().isEmpty()) {
                pi++;
                continue;
            }
            for (Ast.Ident n : f.names()) declare(s, n, params.get(pi++));
        }
        int ri = 0;
        for (Ast.Field f : ft.results()) {
            if (f.names().isEmpty()) {
                ri++;
                continue;
            }
            for (Ast.Ident n : f.names()) declare(s, n, results.get(ri++));
        }
        scope = saved;
        Signature sig = new Signature(recv, typeParams == null ? List.of() : typeParams, new Tuple(params), new Tuple(results), variadic);
        if (recvTps != null) sig.setRecvTypeParams(recvTps);
        info.types.put(ft, new TypeAndValue(Mode.TYPEXPR, sig, null));
        info.scopes.put(ft, s);
        return sig;
    }

    // ------------------------------------------------------------------ structs and interfaces

    Struct structType(Ast.StructType st) {
        List<Var> fields = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Map<String, Var> seen = new HashMap<>();
        for (Ast.Field f : st.fields()) {
            String tag = f.tag() == null ? "" : new String(((Constant.Str) literal(f.tag()).val).bytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            if (f.names().isEmpty()) {
                // Embedded: T, *T, pkg.T, T[args].
                Ast.Expr te = f.type();
                boolean ptr = false;
                Ast.Expr base = te;
                if (base instanceof Ast.StarExpr s) {
                    base = s.x();
                    ptr = true;
                }
                Ast.Ident nameId = embeddedName(base);
                Type ft = typ(te);
                String name = nameId == null ? "?" : nameId.name();
                Var v = Var.field(name, nameId == null ? f.pos() : nameId.pos(), ft, pkg, true);
                checkEmbedded(te, ft, ptr);
                addField(fields, tags, seen, v, tag, nameId);
            } else {
                Type ft = varType(f.type());
                for (Ast.Ident n : f.names()) {
                    Var v = Var.field(n.name(), n.pos(), ft, pkg, false);
                    addField(fields, tags, seen, v, tag, n);
                }
            }
        }
        return new Struct(fields, tags);
    }

    private void checkEmbedded(Ast.Expr te, Type ft, boolean ptr) {
        later.add(() -> {
            Type t = ptr ? ((Pointer) ft).elem() : ft;
            if (t == Basic.INVALID) return;
            Type u = t.underlying();
            if (u instanceof Pointer) error(te.pos(), "embedded field type cannot be a pointer");
            else if (ptr && u instanceof Interface) error(te.pos(), "embedded field type cannot be a pointer to an interface");
            else if (t instanceof TypeParam) error(te.pos(), "embedded field type cannot be a (pointer to a) type parameter");
        });
    }

    private void addField(List<Var> fields, List<String> tags, Map<String, Var> seen, Var v, String tag, Ast.Ident id) {
        if (id != null) recordDef(id, v);
        if (!v.name().equals("_")) {
            Var old = seen.get(v.name());
            if (old != null) {
                error(v.pos(), v.name() + " redeclared\n\t" + old.pos() + ": other declaration of " + v.name());
            } else seen.put(v.name(), v);
        }
        fields.add(v);
        tags.add(tag);
    }

    static Ast.Ident embeddedName(Ast.Expr e) {
        return switch (e) {
            case Ast.Ident i -> i;
            case Ast.SelectorExpr s -> s.sel();
            case Ast.IndexExpr ix -> embeddedName(ix.x());
            case Ast.IndexListExpr ix -> embeddedName(ix.x());
            case Ast.StarExpr s -> embeddedName(s.x());
            case Ast.ParenExpr p -> embeddedName(p.x());
            default -> null;
        };
    }

    Interface interfaceType(Ast.InterfaceType it, Named def) {
        List<Func> methods = new ArrayList<>();
        List<Type> embeddeds = new ArrayList<>();
        List<List<Term>> terms = new ArrayList<>();
        List<Ast.Expr> embeddedExprs = new ArrayList<>();
        Interface iface = new Interface(methods, embeddeds, terms);
        for (Ast.Field f : it.elements()) {
            if (!f.names().isEmpty() && f.type() instanceof Ast.FuncType ft) {
                Ast.Ident n = f.names().get(0);
                Type recvT = def != null ? def : iface;
                Var recv = Var.param("", n.pos(), recvT, pkg);
                Signature sig = funcType(ft, recv, null, new Scope(scope, "method", true), null);
                Func m = new Func(n.name(), n.pos(), sig, pkg, null);
                recordDef(n, m);
                boolean dup = false;
                for (Func o : methods) {
                    if (o.name().equals(m.name())) {
                        error(n.pos(), "duplicate method " + m.name() + "\n\t" + o.pos() + ": other declaration of " + m.name());
                        dup = true;
                    }
                }
                if (!dup && !m.name().equals("_")) methods.add(m);
            } else {
                Ast.Expr te = f.type();
                boolean isUnion = te instanceof Ast.BinaryExpr b && b.op().equals("|") || te instanceof Ast.UnaryExpr u && u.op().equals("~");
                if (isUnion) {
                    List<Term> u = union(te);
                    embeddeds.add(Basic.INVALID);
                    terms.add(u);
                } else {
                    Type t = typ(te);
                    if (t == Basic.INVALID) continue;
                    embeddeds.add(t);
                    if (t.underlying() instanceof Interface && !(t instanceof TypeParam)) terms.add(null);
                    else terms.add(List.of(new Term(false, t)));
                }
                embeddedExprs.add(te);
            }
        }
        // The method set is completed after all types are resolved (embedded interfaces may be declared later).
        rebuildInterface(iface, methods, embeddeds, terms);
        pendingIfaces.add(iface);
        return iface;
    }

    final List<Interface> pendingIfaces = new ArrayList<>();

    private void rebuildInterface(Interface iface, List<Func> methods, List<Type> embeddeds, List<List<Term>> terms) {
        iface.setElements(methods, embeddeds, terms);
        boolean cmp = false;
        for (Type t : embeddeds) if (t instanceof Named n && n.obj() == Universe.COMPARABLE) cmp = true;
        iface.complete();
        if (cmp) iface.markComparable();
    }
}
