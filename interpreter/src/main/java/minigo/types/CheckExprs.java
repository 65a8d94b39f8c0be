package minigo.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;
import minigo.types.TypeAndValue.Mode;

/** Expressions (go/types' expr.go, operand.go, index.go, selector parts of call.go). */
abstract class CheckExprs extends CheckTypes {

    CheckExprs(Checker.Mode mode, Package pkg, Importer importer) {
        super(mode, pkg, importer);
    }

    abstract void callExpr(Operand x, Ast.CallExpr call);

    abstract void funcLit(Operand x, Ast.FuncLit lit);

    /** Instantiates a generic function value with explicit type arguments (f[int]). */
    abstract void funcInst(Operand x, Ast.Expr whole, Ast.Expr fun, List<Ast.Expr> targs);

    abstract boolean reportPartialInstance(Operand x);

    // ------------------------------------------------------------------ entry points

    void rawExpr(Operand x, Ast.Expr e, Type hint, boolean allowGeneric) {
        exprInternal(x, e, hint);
        x.expr = e;
        if (!allowGeneric) nonGeneric(x);
        record(x);
    }

    private void nonGeneric(Operand x) {
        if (x.mode == Mode.INVALID || x.mode == Mode.NOVALUE) return;
        boolean generic = false;
        if (x.mode == Mode.TYPEXPR) {
            if (x.type instanceof Named n && !n.typeParams().isEmpty() && n.typeArgs().isEmpty()) generic = true;
        } else if (x.type instanceof Signature s && !s.typeParams().isEmpty()) generic = true;
        if (generic && reportPartialInstance(x)) {
            x.invalidate();
        } else if (generic) {
            String what = x.mode == Mode.TYPEXPR ? "type" : "function";
            String name = x.mode == Mode.TYPEXPR ? genericString((Named) x.type) : e(x.expr);
            error(x, "cannot use generic " + what + " " + name + " without instantiation");
            x.invalidate();
        }
    }

    @Override
    void exprOrType(Operand x, Ast.Expr e, boolean allowGeneric) {
        rawExpr(x, e, null, allowGeneric);
        exclude(x, false, true);
        singleValue(x);
    }

    @Override
    void expr(Operand x, Ast.Expr e) {
        rawExpr(x, e, null, false);
        exclude(x, true, true);
        singleValue(x);
    }

    void exprWithHint(Operand x, Ast.Expr e, Type hint) {
        rawExpr(x, e, hint, false);
        exclude(x, true, true);
        singleValue(x);
    }

    /** An expression that may be multi-valued (a call's arguments, an assignment's single rhs). */
    void multiExpr(Operand x, Ast.Expr e) {
        rawExpr(x, e, null, false);
        exclude(x, true, true);
    }

    void exclude(Operand x, boolean types, boolean novalue) {
        switch (x.mode) {
            case NOVALUE -> {
                if (novalue) {
                    error(x, e(x.expr) + " (no value) used as value");
                    x.invalidate();
                }
            }
            case BUILTIN -> {
                error(x, e(x.expr) + " (built-in) must be called");
                x.invalidate();
            }
            case TYPEXPR -> {
                if (types) {
                    error(x, e(x.expr) + " (type) is not an expression");
                    x.invalidate();
                }
            }
            default -> {}
        }
    }

    void singleValue(Operand x) {
        if (x.mode == Mode.VALUE && x.type instanceof Tuple tu) {
            error(x, "multiple-value " + e(x.expr) + " (value of type " + t(tu) + ") in single-value context");
            x.invalidate();
        }
    }

    // ------------------------------------------------------------------ dispatch

    void exprInternal(Operand x, Ast.Expr e, Type hint) {
        x.mode = Mode.INVALID;
        x.type = Basic.INVALID;
        x.val = null;
        x.expr = e;
        switch (e) {
            case Ast.Ident id -> ident(x, id);
            case Ast.BasicLit lit -> {
                Operand l = literal(lit);
                if (l.invalid()) {
                    error(lit.pos(), "malformed constant: " + lit.value());
                    return;
                }
                x.setConst(l.type, l.val);
            }
            case Ast.FuncLit fl -> funcLit(x, fl);
            case Ast.CompositeLit cl -> compositeLit(x, cl, hint);
            case Ast.ParenExpr p -> {
                rawExpr(x, p.x(), null, true);
                x.expr = e;
            }
            case Ast.SelectorExpr sel -> selector(x, sel);
            case Ast.IndexExpr ix -> indexExpr(x, ix, List.of(ix.index()));
            case Ast.IndexListExpr ix -> indexExpr(x, ix, ix.indices());
            case Ast.SliceExpr se -> sliceExpr(x, se);
            case Ast.TypeAssertExpr ta -> typeAssert(x, ta);
            case Ast.CallExpr call -> callExpr(x, call);
            case Ast.StarExpr st -> star(x, st);
            case Ast.UnaryExpr u -> unary(x, u);
            case Ast.BinaryExpr b -> binary(x, b, b.x(), b.y(), b.op(), b.opPos());
            case Ast.KeyValueExpr kv -> {
                error(kv.pos(), "unexpected key:value expression");
            }
            case Ast.Ellipsis el -> error(el.pos(), "invalid use of ...");
            case Ast.ArrayType at -> x.set(Mode.TYPEXPR, typ(e));
            case Ast.StructType st -> x.set(Mode.TYPEXPR, typ(e));
            case Ast.FuncType ft -> x.set(Mode.TYPEXPR, typ(e));
            case Ast.InterfaceType it -> x.set(Mode.TYPEXPR, typ(e));
            case Ast.MapType mt -> x.set(Mode.TYPEXPR, typ(e));
            case Ast.ChanType ct -> x.set(Mode.TYPEXPR, typ(e));
        }
    }

    // ------------------------------------------------------------------ identifiers

    void ident(Operand x, Ast.Ident id) {
        if (id.name().equals("_")) {
            error(id.pos(), "cannot use _ as value");
            return;
        }
        Obj o = scope.lookupParent(id.name());
        if (o == null) {
            error(id.pos(), "undefined: " + id.name());
            return;
        }
        recordUse(id, o);
        if (o.pkg() == pkg && o.parent() == pkg.scope()) {
            objDecl(o);
            if (curDecl != null && (o instanceof Var || o instanceof Func)) curDecl.deps.add(o);
        }
        switch (o) {
            case PkgName pn -> {
                pn.used = true;
                error(id.pos(), "use of package " + pn.name() + " without selector");
            }
            case Const c -> {
                if (c == Universe.IOTA) {
                    if (iota == null) {
                        error(id.pos(), "cannot use iota outside constant declaration");
                        return;
                    }
                    x.setConst(Basic.UNTYPED_INT, iota);
                    return;
                }
                if (c.type() == null || c.value() == null || c.type() == Basic.INVALID) return;
                x.setConst(c.type(), c.value());
            }
            case TypeName tn -> {
                if (tn.type() == null || tn.type() == Basic.INVALID) {
                    if (tn.type() == null) return;
                }
                x.set(Mode.TYPEXPR, tn.type());
            }
            case Var v -> {
                v.used = true;
                if (v.type() == null || v.type() == Basic.INVALID) return;
                x.set(Mode.VARIABLE, v.type());
            }
            case Func f -> {
                if (f.type() == null) return;
                x.set(Mode.VALUE, f.type());
            }
            case Builtin b -> {
                x.set(Mode.BUILTIN, Basic.INVALID);
                x.builtin = b.builtinId();
            }
            case Nil n -> {
                x.set(Mode.VALUE, Basic.UNTYPED_NIL);
                x.isNil = true;
            }
            case Label l -> {}
        }
    }

    // ------------------------------------------------------------------ selectors

    /**
     * A method of this package named by a selector (a call, a method value or expression) is an
     * initialization dependency of the declaration being checked, as a function is: a package
     * variable initialised by a call that reaches the method waits for the variables its body uses.
     */
    private void methodDep(Func f) {
        if (curDecl != null && f.pkg() == pkg) curDecl.deps.add(f.origin());
    }

    void selector(Operand x, Ast.SelectorExpr e) {
        String sel = e.sel().name();
        // Qualified identifier?
        if (e.x() instanceof Ast.Ident pid) {
            Obj o = scope.lookupParent(pid.name());
            if (o instanceof PkgName pn) {
                recordUse(pid, pn);
                pn.used = true;
                Package ip = pn.imported();
                Obj m = ip.scope().lookup(sel);
                if (m == null || (!m.exported() && ip != Universe.UNSAFE)) {
                    // gc reads export data, where unexported names do not exist: always "undefined".
                    error(e.sel().pos(), "undefined: " + ip.name() + "." + sel);
                    return;
                }
                recordUse(e.sel(), m);
                switch (m) {
                    case Const c -> x.setConst(c.type(), c.value());
                    case TypeName tn -> x.set(Mode.TYPEXPR, tn.type());
                    case Var v -> x.set(Mode.VARIABLE, v.type());
                    case Func f -> x.set(Mode.VALUE, f.type());
                    case Builtin b -> {
                        x.set(Mode.BUILTIN, Basic.INVALID);
                        x.builtin = b.builtinId();
                    }
                    default -> {}
                }
                return;
            }
        }
        exprOrType(x, e.x(), false);
        if (x.invalid()) return;
        if (x.mode == Mode.TYPEXPR) {
            // Method expression T.m
            Type T = x.type;
            Types.Lookup l = Types.lookupFieldOrMethod(T, false, pkg, sel);
            if (!(l.obj() instanceof Func f)) {
                if (l.obj() == null && !l.ambiguous()) {
                    error(e.sel().pos(), e(e) + " undefined (type " + t(T) + " has no method " + sel + ")");
                } else if (l.ambiguous()) error(e.sel().pos(), "ambiguous selector " + e(e));
                else error(e.sel().pos(), e(e) + " undefined (type " + t(T) + " has no method " + sel + ")");
                x.invalidate();
                return;
            }
            if (l.ptrRecvOnValue()) {
                error(e.pos(), "invalid method expression " + e(e) + " (needs pointer receiver (*" + t(T) + ")." + sel + ")");
                x.invalidate();
                return;
            }
            recordUse(e.sel(), f);
            methodDep(f);
            Selection s = new Selection(Selection.Kind.METHOD_EXPR, T, f, l.index(), l.indirect());
            info.selections.put(e, s);
            x.set(Mode.VALUE, s.type());
            return;
        }
        if (x.type instanceof Named nt && nt.underlying() == Basic.INVALID) {
            x.invalidate();
            return;
        }
        Type T = x.type;
        if (T instanceof Basic b && b.kind() == BasicKind.UNTYPED_NIL) {
            error(e.pos(), "use of untyped nil in selector expression");
            x.invalidate();
            return;
        }
        Types.Lookup l = Types.lookupFieldOrMethod(T, x.mode == Mode.VARIABLE, pkg, sel);
        if (l.obj() == null) {
            if (T instanceof Pointer p && p.elem().underlying() instanceof Interface && !(p.elem() instanceof TypeParam)) {
                error(e.sel().pos(), e(e) + " undefined (type " + t(T) + " is pointer to interface, not interface)");
            } else if (l.ambiguous()) {
                error(e.sel().pos(), "ambiguous selector " + e(e));
            } else {
                String why = "type " + t(T) + " has no field or method " + sel;
                // A different capitalisation exists?
                String alt = otherCase(T, sel);
                if (alt != null) why += ", but does have " + alt;
                error(e.sel().pos(), e(e) + " undefined (" + why + ")");
            }
            x.invalidate();
            return;
        }
        recordUse(e.sel(), l.obj());
        if (l.obj() instanceof Func f) {
            if (l.ptrRecvOnValue()) {
                error(e.sel().pos(), "cannot call pointer method " + sel + " on " + t(T));
                x.invalidate();
                return;
            }
            methodDep(f);
            Selection s = new Selection(Selection.Kind.METHOD_VAL, T, f, l.index(), l.indirect());
            info.selections.put(e, s);
            x.set(Mode.VALUE, s.type());
            return;
        }
        Var fv = (Var) l.obj();
        Selection s = new Selection(Selection.Kind.FIELD_VAL, T, fv, l.index(), l.indirect());
        info.selections.put(e, s);
        Mode m = x.mode == Mode.VARIABLE || l.indirect() ? Mode.VARIABLE : Mode.VALUE;
        x.set(m, fv.type());
    }

    private boolean hasUnexported(Package p, String name) {
        return false;
    }

    private String otherCase(Type T, String sel) {
        String alt = Character.isUpperCase(sel.charAt(0))
                ? Character.toLowerCase(sel.charAt(0)) + sel.substring(1)
                : Character.toUpperCase(sel.charAt(0)) + sel.substring(1);
        Types.Lookup l = Types.lookupFieldOrMethod(T, true, pkg, alt);
        if (l.obj() == null) return null;
        return alt;
    }

    // ------------------------------------------------------------------ composite literals

    void compositeLit(Operand x, Ast.CompositeLit e, Type hint) {
        Type typ, base;
        if (e.type() != null) {
            if (e.type() instanceof Ast.ArrayType at && at.len() instanceof Ast.Ellipsis) {
                Type elem = varType(at.elt());
                typ = new Array(-1, elem); // length filled in below
                base = typ;
            } else {
                typ = typ(e.type());
                base = typ;
            }
        } else if (hint != null) {
            typ = hint;
            base = Types.coreType(typ);
            if (base instanceof Pointer p) base = Types.coreType(p.elem());
        } else {
            error(e.pos(), "invalid composite literal type: missing type");
            return;
        }
        Type u = base == null ? null : (base instanceof TypeParam ? Types.coreType(base) : base.underlying());
        if (u == null || u == Basic.INVALID) {
            if (typ != Basic.INVALID) error(e.pos(), "invalid composite literal type " + t(typ));
            for (Ast.Expr el : e.elts()) {
                Operand o = new Operand();
                rawExpr(o, el instanceof Ast.KeyValueExpr kv ? kv.value() : el, null, false);
            }
            return;
        }
        switch (u) {
            case Struct s -> structLit(e, s, typ);
            case Array a -> {
                long n = indexedElts(e.elts(), a.elem(), a.len());
                if (a.len() < 0) {
                    Array fixed = new Array(n, a.elem());
                    if (typ == a) typ = fixed;
                    if (e.type() != null) info.types.put(e.type(), new TypeAndValue(Mode.TYPEXPR, fixed, null));
                }
            }
            case Slice s -> indexedElts(e.elts(), s.elem(), -1);
            case MapType m -> mapLit(e, m);
            default -> {
                error(e.pos(), "invalid composite literal type " + t(typ));
                return;
            }
        }
        x.set(Mode.VALUE, typ);
    }

    private void structLit(Ast.CompositeLit e, Struct s, Type typ) {
        if (e.elts().isEmpty()) return;
        if (e.elts().get(0) instanceof Ast.KeyValueExpr) {
            boolean[] seen = new boolean[s.numFields()];
            for (Ast.Expr el : e.elts()) {
                if (!(el instanceof Ast.KeyValueExpr kv)) {
                    error(el.pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (!(kv.key() instanceof Ast.Ident key)) {
                    error(kv.key().pos(), "invalid field name " + e(kv.key()) + " in struct literal");
                    Operand o = new Operand();
                    expr(o, kv.value());
                    continue;
                }
                int i = -1;
                for (int k = 0; k < s.numFields(); k++) {
                    if (Types.sameId(s.field(k), key.name(), pkg)) i = k;
                }
                if (i < 0) {
                    error(key.pos(), "unknown field '" + key.name() + "' in struct literal of type " + t(typ));
                    Operand o = new Operand();
                    expr(o, kv.value());
                    continue;
                }
                Var f = s.field(i);
                recordUse(key, f);
                Operand o = new Operand();
                exprWithHint(o, kv.value(), f.type());
                assignment(o, f.type(), "struct literal");
                if (seen[i]) error(kv.colon(), "duplicate field name " + key.name() + " in struct literal");
                seen[i] = true;
            }
        } else {
            int i = 0;
            for (Ast.Expr el : e.elts()) {
                if (el instanceof Ast.KeyValueExpr kv) {
                    error(kv.pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                Operand o = new Operand();
                if (i >= s.numFields()) {
                    expr(o, el);
                    error(o, "too many values in " + t(typ) + "{…}");
                    break;
                }
                Var f = s.field(i);
                exprWithHint(o, el, f.type());
                if (!f.exported() && f.pkg() != pkg && f.pkg() != null) {
                    error(o, "implicit assignment to unexported field " + f.name() + " in struct literal of type " + t(typ));
                    i++;
                    continue;
                }
                assignment(o, f.type(), "struct literal");
                i++;
            }
            if (e.elts().size() < s.numFields()) {
                error(e.rbrace(), "too few values in " + t(typ) + "{…}");
            }
        }
    }

    /** Array/slice elements; returns the length (max index + 1). */
    private long indexedElts(List<Ast.Expr> elts, Type elem, long length) {
        Map<Long, Boolean> seen = new HashMap<>();
        long index = 0, max = 0;
        for (Ast.Expr el : elts) {
            Ast.Expr val = el;
            boolean validIndex = false;
            if (el instanceof Ast.KeyValueExpr kv) {
                long i = constIndex(kv.key(), length);
                if (i >= 0) {
                    index = i;
                    validIndex = true;
                } else if (i == -2) {
                    // error already reported
                }
                val = kv.value();
            } else if (length >= 0 && index >= length) {
                error(el.pos(), "index " + index + " is out of bounds (>= " + length + ")");
            } else validIndex = true;
            if (validIndex) {
                if (seen.containsKey(index)) error(el.pos(), "duplicate index " + index + " in array or slice literal");
                seen.put(index, true);
            }
            index++;
            if (index > max) max = index;
            Operand o = new Operand();
            exprWithHint(o, val, elem);
            assignment(o, elem, "array or slice literal");
        }
        return max;
    }

    /** A constant index expression in a literal; -1/-2 on error. */
    private long constIndex(Ast.Expr e, long length) {
        Operand x = new Operand();
        expr(x, e);
        if (x.invalid()) return -2;
        if (x.mode != Mode.CONSTANT) {
            error(e.pos(), "index " + e(e) + " must be integer constant");
            return -2;
        }
        if (!(Types.isInteger(x.type) || Types.isUntyped(x.type) && Constant.toInt(x.val) != null)) {
            error(e.pos(), "index " + e(e) + " must be integer constant");
            return -2;
        }
        Constant.Int v = Constant.toInt(x.val);
        if (v == null) return -2;
        if (Types.isUntyped(x.type)) convertUntyped(x, Basic.INT);
        if (v.value().signum() < 0) {
            error(e.pos(), "index " + e(e) + " must be non-negative integer constant");
            return -2;
        }
        if (length >= 0 && v.value().compareTo(BigInteger.valueOf(length)) >= 0) {
            error(e.pos(), "index " + v + " is out of bounds (>= " + length + ")");
            return -2;
        }
        return v.value().longValue();
    }

    private void mapLit(Ast.CompositeLit e, MapType m) {
        List<Constant> seenKeys = new ArrayList<>();
        for (Ast.Expr el : e.elts()) {
            if (!(el instanceof Ast.KeyValueExpr kv)) {
                error(el.pos(), "missing key in map literal");
                Operand o = new Operand();
                expr(o, el);
                continue;
            }
            Operand k = new Operand();
            exprWithHint(k, kv.key(), m.key());
            assignment(k, m.key(), "map literal");
            if (k.mode == Mode.CONSTANT && k.val != null) {
                for (Constant c : seenKeys) {
                    if (c.getClass() == k.val.getClass() && Constant.compare(c, "==", k.val)) {
                        error(kv.key().pos(), "duplicate key " + e(kv.key()) + " in map literal");
                        break;
                    }
                }
                if (!Types.isInterface(m.key())) seenKeys.add(k.val);
            }
            Operand v = new Operand();
            exprWithHint(v, kv.value(), m.elem());
            assignment(v, m.elem(), "map literal");
        }
    }

    // ------------------------------------------------------------------ index and slice

    void indexExpr(Operand x, Ast.Expr e, List<Ast.Expr> indices) {
        Ast.Expr xe = e instanceof Ast.IndexExpr ix ? ix.x() : ((Ast.IndexListExpr) e).x();
        exprOrType(x, xe, true);
        if (x.invalid()) {
            for (Ast.Expr i : indices) {
                Operand o = new Operand();
                rawExpr(o, i, null, true);
            }
            return;
        }
        if (x.mode == Mode.TYPEXPR) {
            // Generic type instantiation used as an expression (e.g. a conversion T[int](x)).
            x.expr = e;
            Type t = instantiatedType(xe, indices, e);
            x.set(t == Basic.INVALID ? Mode.INVALID : Mode.TYPEXPR, t);
            return;
        }
        if (x.type instanceof Signature sig && !sig.typeParams().isEmpty()) {
            funcInst(x, e, xe, indices);
            return;
        }
        if (indices.size() != 1) {
            error(indices.get(1).pos(), "unexpected comma; expecting ]");
            x.invalidate();
            return;
        }
        Ast.Expr index = indices.get(0);
        if (x.type instanceof TypeParam tp) {
            typeParamIndex(x, e, tp, index);
            return;
        }
        boolean valid = false;
        long length = -1;
        Type u = Types.coreType(x.type);
        switch (u) {
            case Basic b when b.isString() -> {
                valid = true;
                if (x.mode == Mode.CONSTANT) length = ((Constant.Str) x.val).bytes().length;
                x.mode = Mode.VALUE;
                x.type = Basic.BYTE;
                x.val = null;
            }
            case Array a -> {
                valid = true;
                length = a.len();
                if (x.mode != Mode.VARIABLE) x.mode = Mode.VALUE;
                x.type = a.elem();
            }
            case Pointer p when p.elem().underlying() instanceof Array a -> {
                valid = true;
                length = a.len();
                x.mode = Mode.VARIABLE;
                x.type = a.elem();
            }
            case Slice s -> {
                valid = true;
                x.mode = Mode.VARIABLE;
                x.type = s.elem();
            }
            case MapType m -> {
                Operand k = new Operand();
                exprWithHint(k, index, m.key());
                assignment(k, m.key(), "map index");
                x.mode = Mode.MAPINDEX;
                x.type = m.elem();
                x.val = null;
                return;
            }
            default -> {}
        }
        if (!valid) {
            cannotIndex(x, e, index);
            return;
        }
        x.val = null;
        checkIndex(index, length, false);
    }

    /** Reports that x cannot be indexed; the index is still checked (for its own errors). */
    private void cannotIndex(Operand x, Ast.Expr e, Ast.Expr index) {
        error(e instanceof Ast.IndexExpr ie ? ie.lbrack() : e.pos(), "invalid operation: cannot index " + d(x));
        Operand o = new Operand();
        expr(o, index);
        x.invalidate();
    }

    /**
     * x[index] with x of type parameter type (go/types' indexExpr): every type in the type set must be
     * indexable with the same element type (strings give bytes, and make the result a value); maps
     * mix only with maps of an identical key type. The length checked against is the shortest array's.
     */
    private void typeParamIndex(Operand x, Ast.Expr e, TypeParam tp, Ast.Expr index) {
        List<Term> terms = tp.iface().terms();
        Type key = null, elem = null;
        long length = -1;
        Mode mode = Mode.VARIABLE;
        boolean valid = terms != null && !terms.isEmpty();
        for (int i = 0; valid && i < terms.size(); i++) {
            long l = -1;
            Type k = null, el = null;
            switch (terms.get(i).type().underlying()) {
                case Basic b when b.isString() -> {
                    el = Basic.BYTE;
                    mode = Mode.VALUE;
                }
                case Array a -> {
                    l = a.len();
                    el = a.elem();
                    if (x.mode != Mode.VARIABLE) mode = Mode.VALUE;
                }
                case Pointer p when p.elem().underlying() instanceof Array a -> {
                    l = a.len();
                    el = a.elem();
                }
                case Slice sl -> el = sl.elem();
                case MapType m -> {
                    k = m.key();
                    el = m.elem();
                }
                default -> {}
            }
            if (el == null) {
                valid = false;
            } else if (i == 0) {
                length = l;
                key = k;
                elem = el;
            } else if ((key == null) != (k == null) || key != null && !Types.identical(key, k) || !Types.identical(elem, el)) {
                valid = false;
            } else if (l >= 0 && l < length) {
                length = l;
            }
        }
        if (!valid) {
            cannotIndex(x, e, index);
            return;
        }
        x.val = null;
        if (key != null) {
            Operand k = new Operand();
            exprWithHint(k, index, key);
            assignment(k, key, "map index");
            x.mode = Mode.MAPINDEX;
            x.type = elem;
            return;
        }
        x.mode = mode;
        x.type = elem;
        checkIndex(index, length, false);
    }

    /** Checks an index; returns its constant value or -1. */
    long checkIndex(Ast.Expr index, long length, boolean allowMax) {
        Operand i = new Operand();
        expr(i, index);
        if (i.invalid()) return -1;
        if (!isValidIndex(i, "index", false)) return -1;
        if (i.mode != Mode.CONSTANT) return -1;
        Constant.Int v = Constant.toInt(i.val);
        if (v == null) return -1;
        if (length >= 0 && v.value().compareTo(BigInteger.valueOf(length + (allowMax ? 1 : 0))) >= 0) {
            error(index.pos(), "invalid argument: index " + v + " out of bounds [0:" + (length + (allowMax ? 1 : 0)) + "]");
            return -1;
        }
        return v.value().longValue();
    }

    boolean isValidIndex(Operand x, String what, boolean allowNegative) {
        if (Types.isUntyped(x.type)) convertUntyped(x, Basic.INT);
        if (x.invalid()) return false;
        if (!Types.isInteger(x.type) && !(x.type instanceof TypeParam tp && allIntegerTP(tp))) {
            error(x, "invalid argument: " + what + " " + d(x) + " must be integer");
            return false;
        }
        if (x.mode == Mode.CONSTANT && !allowNegative && Constant.toInt(x.val).value().signum() < 0) {
            error(x, "invalid argument: " + what + " " + d(x) + " must not be negative");
            return false;
        }
        return true;
    }

    static boolean allIntegerTP(TypeParam tp) {
        List<Term> ts = tp.iface().terms();
        if (ts == null || ts.isEmpty()) return false;
        for (Term t : ts) if (!Types.isInteger(t.type())) return false;
        return true;
    }

    void sliceExpr(Operand x, Ast.SliceExpr e) {
        expr(x, e.x());
        if (x.invalid()) {
            for (Ast.Expr i : new Ast.Expr[] {e.low(), e.high(), e.max()}) if (i != null) expr(new Operand(), i);
            return;
        }
        boolean valid = false;
        long length = -1;
        Type u = Types.coreType(x.type);
        switch (u) {
            case Basic b when b.isString() -> {
                if (e.slice3()) {
                    error(e.max() != null ? e.max().pos() : e.rbrack(), "invalid operation: 3-index slice of string");
                    x.invalidate();
                    return;
                }
                valid = true;
                if (x.mode == Mode.CONSTANT) length = ((Constant.Str) x.val).bytes().length;
                if (Types.isUntyped(x.type)) x.type = Basic.STRING;
                x.mode = Mode.VALUE;
                x.val = null;
            }
            case Array a -> {
                valid = true;
                length = a.len();
                if (x.mode != Mode.VARIABLE) {
                    error(x, "invalid operation: " + d(x) + " (slice of unaddressable value)");
                    x.invalidate();
                    return;
                }
                x.mode = Mode.VALUE;
                x.type = new Slice(a.elem());
            }
            case Pointer p when p.elem().underlying() instanceof Array a -> {
                valid = true;
                length = a.len();
                x.mode = Mode.VALUE;
                x.type = new Slice(a.elem());
            }
            case Slice s -> {
                valid = true;
                x.mode = Mode.VALUE;
            }
            case null, default -> {}
        }
        if (!valid) {
            error(x, "cannot slice " + d(x));
            x.invalidate();
            return;
        }
        if (e.slice3() && (e.high() == null || e.max() == null)) {
            error(e.rbrack(), "middle and final index required in 3-index slice");
        }
        long[] vals = new long[3];
        Ast.Expr[] idx = {e.low(), e.high(), e.max()};
        for (int k = 0; k < 3; k++) {
            vals[k] = -1;
            if (idx[k] != null) vals[k] = checkIndex(idx[k], length, true);
        }
        // Constant indices must be non-decreasing.
        for (int a = 0; a < 3; a++) {
            if (vals[a] < 0) continue;
            for (int b = a + 1; b < 3; b++) {
                if (vals[b] >= 0 && vals[a] > vals[b]) {
                    error(idx[b].pos(), "invalid slice indices: " + vals[b] + " < " + vals[a]);
                }
            }
        }
    }

    // ------------------------------------------------------------------ type assertions, star, unary

    void typeAssert(Operand x, Ast.TypeAssertExpr e) {
        expr(x, e.x());
        if (x.invalid()) return;
        if (e.type() == null) {
            error(e.pos(), "invalid syntax tree: use of .(type) outside type switch");
            x.invalidate();
            return;
        }
        if (x.type instanceof TypeParam) {
            error(x, "invalid operation: cannot use type assertion on type parameter value " + e(e.x()));
            x.invalidate();
            return;
        }
        if (!(x.type.underlying() instanceof Interface xi)) {
            error(x, "invalid operation: " + e(e.x()) + " (" + describeShort(x) + ") is not an interface");
            x.invalidate();
            return;
        }
        Type T = varType(e.type());
        if (T == Basic.INVALID) {
            x.invalidate();
            return;
        }
        checkTypeAssert(e.pos(), x, xi, T, false, e);
        x.mode = Mode.COMMAOK;
        x.type = T;
    }

    /** Reports an impossible assertion of x (interface xi) to T. */
    void checkTypeAssert(Ast.Pos pos, Operand x, Interface xi, Type T, boolean typeSwitch, Ast.Expr e) {
        // an interface T, and a type parameter T (whose underlying type is an interface, as in
        // go/types' IsInterface), need no static check: each instance asserts at run time
        if (Types.isInterface(T) || T instanceof TypeParam) return;
        Types.Missing mm = Types.missingMethod(T, xi);
        if (mm == null) return;
        if (typeSwitch) {
            error(pos, "impossible type switch case: " + e(e) + "\n\t" + d(x) + " cannot have dynamic type "
                    + t(T) + " " + missingReason(T, x.type, mm));
        } else {
            error(pos, "impossible type assertion: " + e(e) + "\n\t" + t(T) + " does not implement " + t(x.type) + " "
                    + missingReason(T, x.type, mm));
        }
    }

    void star(Operand x, Ast.StarExpr e) {
        exprOrType(x, e.x(), false);
        switch (x.mode) {
            case INVALID -> {}
            case TYPEXPR -> x.type = new Pointer(x.type);
            default -> {
                if (x.type instanceof Basic b && b.kind() == BasicKind.UNTYPED_NIL) {
                    error(x, "invalid operation: cannot indirect nil");
                    x.invalidate();
                    return;
                }
                Type u = Types.coreType(x.type);
                if (!(u instanceof Pointer p)) {
                    error(x, "invalid operation: cannot indirect " + d(x));
                    x.invalidate();
                    return;
                }
                x.mode = Mode.VARIABLE;
                x.type = p.elem();
                x.val = null;
            }
        }
    }

    void unary(Operand x, Ast.UnaryExpr e) {
        String op = e.op();
        if (op.equals("&")) {
            Ast.Expr inner = unparen(e.x());
            if (inner instanceof Ast.CompositeLit) {
                rawExpr(x, e.x(), null, false);
                exclude(x, true, true);
                singleValue(x);
            } else expr(x, e.x());
            if (x.invalid()) return;
            if (!(inner instanceof Ast.CompositeLit) && x.mode != Mode.VARIABLE) {
                error(x, "invalid operation: cannot take address of " + d(x));
                x.invalidate();
                return;
            }
            x.mode = Mode.VALUE;
            x.type = new Pointer(x.type);
            x.val = null;
            return;
        }
        if (op.equals("<-")) {
            expr(x, e.x());
            if (x.invalid()) return;
            Type u = Types.coreType(x.type);
            if (!(u instanceof Chan ch)) {
                error(x, "invalid operation: cannot receive from non-channel " + d(x));
                x.invalidate();
                return;
            }
            if (ch.dir() == Chan.Dir.SEND) {
                error(x, "invalid operation: cannot receive from send-only channel " + d(x));
                x.invalidate();
                return;
            }
            x.mode = Mode.COMMAOK;
            x.type = ch.elem();
            x.val = null;
            return;
        }
        if (op.equals("~")) {
            error(e.pos(), "cannot use ~ outside of interface or type constraint");
            expr(x, e.x());
            x.invalidate();
            return;
        }
        expr(x, e.x());
        if (x.invalid()) return;
        boolean ok = switch (op) {
            case "+", "-" -> allNumeric(x.type);
            case "^" -> allInteger(x.type);
            case "!" -> allBoolean(x.type);
            default -> false;
        };
        if (!ok) {
            error(x, "invalid operation: operator " + op + " not defined on " + d(x));
            x.invalidate();
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            int bits = 0;
            if (op.equals("^") && Types.isUnsigned(x.type)) bits = bitsOf(((Basic) x.type.underlying()).kind());
            x.val = Constant.unaryOp(op, x.val, bits);
            x.expr = e;
            overflow(x, e.pos());
            return;
        }
        x.mode = Mode.VALUE;
    }

    static Ast.Expr unparen(Ast.Expr e) {
        while (e instanceof Ast.ParenExpr p) e = p.x();
        return e;
    }

    static boolean allNumeric(Type t) {
        if (t instanceof TypeParam tp) return allTerms(tp, Types::isNumeric);
        return Types.isNumeric(t);
    }

    static boolean allInteger(Type t) {
        if (t instanceof TypeParam tp) return allTerms(tp, Types::isInteger);
        return Types.isInteger(t);
    }

    static boolean allBoolean(Type t) {
        if (t instanceof TypeParam tp) return allTerms(tp, Types::isBoolean);
        return Types.isBoolean(t);
    }

    static boolean allString(Type t) {
        if (t instanceof TypeParam tp) return allTerms(tp, Types::isString);
        return Types.isString(t);
    }

    static boolean allOrdered(Type t) {
        if (t instanceof TypeParam tp) return allTerms(tp, Types::isOrdered);
        return Types.isOrdered(t);
    }

    static boolean allNumericOrString(Type t) {
        if (t instanceof TypeParam tp) return allTerms(tp, x -> Types.isNumeric(x) || Types.isString(x));
        return Types.isNumeric(t) || Types.isString(t);
    }

    static boolean allTerms(TypeParam tp, java.util.function.Predicate<Type> p) {
        List<Term> ts = tp.iface().terms();
        if (ts == null || ts.isEmpty()) return false;
        for (Term t : ts) if (!p.test(t.type())) return false;
        return true;
    }

    /** A typed constant must be representable in its type; an untyped one must not be absurdly large. */
    void overflow(Operand x, Ast.Pos opPos) {
        if (x.mode != Mode.CONSTANT || x.val == null) return;
        if (Types.isTyped(x.type)) {
            if (x.type.underlying() instanceof Basic b) {
                Fail[] why = new Fail[1];
                Constant v = representable(x.val, b, why);
                if (v == null) {
                    invalidConversion(why[0], x, b);
                    x.invalidate();
                    return;
                }
                x.val = v;
            }
            return;
        }
        if (x.val instanceof Constant.Int i && i.value().bitLength() > 512) {
            error(opPos, "constant " + opName(x.expr) + " overflow");
            x.invalidate();
        }
    }

    static String opName(Ast.Expr e) {
        if (e instanceof Ast.BinaryExpr b) {
            return switch (b.op()) {
                case "+" -> "addition";
                case "-" -> "subtraction";
                case "^" -> "bitwise XOR";
                case "*" -> "multiplication";
                case "<<" -> "shift";
                default -> "operation";
            };
        }
        return "operation";
    }

    void invalidConversion(Fail why, Operand x, Type target) {
        String msg = switch (why) {
            case TRUNCATED -> d(x) + " truncated to " + t(target);
            case OVERFLOW -> d(x) + " overflows " + t(target);
            default -> "cannot convert " + d(x) + " to " + t(target);
        };
        error(x, msg);
    }

    // ------------------------------------------------------------------ binary operations

    void binary(Operand x, Ast.Expr e, Ast.Expr lhs, Ast.Expr rhs, String op, Ast.Pos opPos) {
        Operand y = new Operand();
        expr(x, lhs);
        expr(y, rhs);
        if (x.invalid()) return;
        if (y.invalid()) {
            x.invalidate();
            x.expr = y.expr;
            return;
        }
        if (op.equals("<<") || op.equals(">>")) {
            shift(x, y, e, op);
            return;
        }
        matchTypes(x, y);
        if (x.invalid()) return;
        if (isComparison(op)) {
            comparison(x, y, op, e);
            return;
        }
        if (!Types.identical(x.type, y.type)) {
            if (x.type != Basic.INVALID && y.type != Basic.INVALID) {
                error(x.expr != null ? opPosOr(e, x) : opPos, "invalid operation: " + e(e) + " (mismatched types " + t(x.type) + " and " + t(y.type) + ")");
            }
            x.invalidate();
            return;
        }
        if (!binaryOpOk(op, x.type)) {
            String which = op.equals("&&") || op.equals("||") ? "" : "";
            error(x, "invalid operation: operator " + op + " not defined on " + d(x));
            x.invalidate();
            return;
        }
        if ((op.equals("/") || op.equals("%")) && (x.mode == Mode.CONSTANT || allInteger(x.type))
                && y.mode == Mode.CONSTANT && isZero(y.val)) {
            error(y, "invalid operation: division by zero");
            x.invalidate();
            return;
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            if (x.val instanceof Constant.Str && !op.equals("+") || x.val instanceof Constant.Bool && !(op.equals("&&") || op.equals("||"))) {
                error(x, "invalid operation: operator " + op + " not defined on " + d(x));
                x.invalidate();
                return;
            }
            boolean intDiv = Types.isInteger(x.type);
            if (op.equals("%") && !(Constant.toInt(x.val) != null && Constant.toInt(y.val) != null && (Types.isInteger(x.type)
                    || x.type == Basic.UNTYPED_INT || x.type == Basic.UNTYPED_RUNE))) {
                error(x, "invalid operation: operator % not defined on " + d(x));
                x.invalidate();
                return;
            }
            Constant a = x.val, b = y.val;
            if (intDiv || op.equals("%")) {
                a = Constant.toInt(a);
                b = Constant.toInt(b);
            }
            Constant r = Constant.binaryOp(a, op, b, intDiv);
            if (r == null) {
                error(y, "invalid operation: division by zero");
                x.invalidate();
                return;
            }
            x.val = r;
            x.expr = e;
            overflow(x, opPos);
            return;
        }
        x.mode = Mode.VALUE;
        x.val = null;
    }

    private Ast.Pos opPosOr(Ast.Expr e, Operand x) {
        return x.expr.pos();
    }

    static boolean isZero(Constant c) {
        return switch (c) {
            case Constant.Int i -> i.value().signum() == 0;
            case Constant.Float f -> f.num().signum() == 0;
            case Constant.Complex z -> z.re().num().signum() == 0 && z.im().num().signum() == 0;
            default -> false;
        };
    }

    private boolean binaryOpOk(String op, Type t) {
        return switch (op) {
            case "+" -> allNumericOrString(t);
            case "-", "*", "/" -> allNumeric(t);
            case "%", "&", "|", "^", "&^" -> allInteger(t);
            case "&&", "||" -> allBoolean(t);
            default -> false;
        };
    }

    /** If one operand is untyped, convert it to the other's type (go/types' matchTypes). */
    void matchTypes(Operand x, Operand y) {
        if (mayConvert(x, y)) {
            convertUntyped(x, y.type);
            if (x.invalid()) return;
            convertUntyped(y, x.type);
            if (y.invalid()) x.invalidate();
        }
    }

    private boolean mayConvert(Operand x, Operand y) {
        boolean xt = Types.isTyped(x.type), yt = Types.isTyped(y.type);
        if (xt && yt) return false;
        if (isNonTypeParamInterface(x.type) || isNonTypeParamInterface(y.type)) return true;
        if (allBoolean(x.type) != allBoolean(y.type)) return false;
        if (allString(x.type) != allString(y.type)) return false;
        if (x.isNil) return Types.hasNil(y.type);
        if (y.isNil) return Types.hasNil(x.type);
        if (x.type instanceof Pointer || y.type instanceof Pointer) return false;
        return true;
    }

    static boolean isNonTypeParamInterface(Type t) {
        return !(t instanceof TypeParam) && t.underlying() instanceof Interface;
    }

    static boolean isUntypedNil(Type t) {
        return t instanceof Basic b && b.kind() == BasicKind.UNTYPED_NIL;
    }

    void comparison(Operand x, Operand y, String op, Ast.Expr e) {
        comparison(x, y, op, e, false);
    }

    /** go/types' comparison; for a switch case x is the case value and y the tag. */
    void comparison(Operand x, Operand y, String op, Ast.Expr e, boolean switchCase) {
        if (switchCase) op = "==";
        Operand errOp = x;
        String cause = "";
        boolean ok = assignableReason(x, y.type) == null || assignableReason(y, x.type) == null;
        error:
        {
            if (!ok) {
                errOp = y;
                cause = "mismatched types " + t(x.type) + " and " + t(y.type);
                break error;
            }
            boolean eq = op.equals("==") || op.equals("!=");
            if (eq) {
                if (x.isNil || y.isNil) {
                    Type typ = x.isNil ? y.type : x.type;
                    if (!Types.hasNil(typ)) {
                        errOp = y;
                        break error;
                    }
                } else if (!Types.comparable(x.type)) {
                    errOp = x;
                    cause = incomparableCause(x.type);
                    break error;
                } else if (!Types.comparable(y.type)) {
                    errOp = y;
                    cause = incomparableCause(y.type);
                    break error;
                }
            } else {
                if (!allOrdered(x.type)) {
                    errOp = x;
                    break error;
                }
                if (!allOrdered(y.type)) {
                    errOp = y;
                    break error;
                }
            }
            if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
                x.val = Constant.of(Constant.compare(x.val, op, y.val));
            } else {
                x.mode = Mode.VALUE;
                x.val = null;
                updateExprType(x.expr, Types.defaultType(x.type), true);
                updateExprType(y.expr, Types.defaultType(y.type), true);
            }
            x.type = Basic.UNTYPED_BOOL;
            x.isNil = false; // nil == i is a bool, whatever its left operand was
            if (e != null) x.expr = e;
            return;
        }
        if (cause.isEmpty()) {
            if (x.type instanceof TypeParam || y.type instanceof TypeParam) {
                if (!(x.type instanceof TypeParam)) errOp = y;
                cause = "type parameter " + t(errOp.type) + " is not comparable with " + op;
            } else cause = "operator " + op + " not defined on " + kindString(errOp.type);
        }
        if (switchCase) {
            error(x, "invalid case " + e(x.expr) + " in switch on " + e(y.expr) + " (" + cause + ")");
        } else {
            error(errOp, "invalid operation: " + e(x.expr) + " " + op + " " + e(y.expr) + " (" + cause + ")");
        }
        x.invalidate();
    }

    String kindString(Type t) {
        Type u = t.underlying();
        return switch (u) {
            case Array a -> "array";
            case Slice s -> "slice";
            case Struct s -> "struct";
            case Pointer p -> "pointer";
            case Signature s -> "func";
            case Interface i -> t instanceof TypeParam ? "type parameter " + t(t) : "interface";
            case MapType m -> "map";
            case Chan c -> "chan";
            default -> t(t);
        };
    }

    private String incomparableCause(Type t) {
        Type u = t.underlying();
        if (u instanceof Slice || u instanceof Signature || u instanceof MapType) return kindString(t) + " can only be compared to nil";
        if (t instanceof TypeParam) return "incomparable types in type set";
        if (u instanceof Struct s) {
            for (Var f : s.fields()) if (!Types.comparable(f.type())) return "struct containing " + t(f.type()) + " cannot be compared";
        }
        if (u instanceof Array a) return t(t) + " cannot be compared";
        return "";
    }

    private String incomparableField(Struct s) {
        for (Var f : s.fields()) if (!Types.comparable(f.type())) return t(f.type());
        return "?";
    }

    void shift(Operand x, Operand y, Ast.Expr e, String op) {
        // The lhs must be an integer (or an untyped constant representable as one).
        Constant xval = null;
        if (x.mode == Mode.CONSTANT) xval = Constant.toInt(x.val);
        if (allInteger(x.type) || Types.isUntyped(x.type) && xval != null) {
            // ok
        } else {
            error(x, "invalid operation: shifted operand " + d(x) + " must be integer");
            x.invalidate();
            return;
        }
        // The rhs must be an integer or an untyped constant representable as uint.
        Constant yval = null;
        if (y.mode == Mode.CONSTANT) {
            yval = Constant.toInt(y.val);
            if (yval != null && ((Constant.Int) yval).value().signum() < 0) {
                error(y, "invalid operation: negative shift count " + d(y));
                x.invalidate();
                return;
            }
            if (Types.isUntyped(y.type)) {
                if (yval == null) {
                    error(y, "invalid operation: shift count " + d(y) + " must be integer");
                    x.invalidate();
                    return;
                }
                convertUntyped(y, Basic.UINT);
                if (y.invalid()) {
                    x.invalidate();
                    return;
                }
            }
        } else if (Types.isUntyped(y.type)) {
            convertUntyped(y, Basic.UINT);
            if (y.invalid()) {
                x.invalidate();
                return;
            }
        }
        if (!allInteger(y.type)) {
            error(y, "invalid operation: shift count " + d(y) + " must be integer");
            x.invalidate();
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            if (y.mode == Mode.CONSTANT) {
                if (x.val == null || y.val == null) {
                    x.invalidate();
                    return;
                }
                if (Types.isUntyped(x.type) && x.type != Basic.UNTYPED_INT && x.type != Basic.UNTYPED_RUNE) x.type = Basic.UNTYPED_INT;
                BigInteger s = ((Constant.Int) yval).value();
                if (s.compareTo(BigInteger.valueOf(1023 - 1 + 52)) > 0) {
                    error(y, "invalid shift count " + d(y));
                    x.invalidate();
                    return;
                }
                x.val = Constant.shift(xval, op, s.intValue());
                x.expr = e;
                overflow(x, e instanceof Ast.BinaryExpr be ? be.opPos() : e.pos());
                return;
            }
            if (Types.isUntyped(x.type)) {
                // Non-constant shift with untyped lhs: its type is decided by the context (delayed).
                Untyped u = untyped.get(x.expr);
                if (u != null) u.isLhs = true;
                x.mode = Mode.VALUE;
                x.val = null;
                return;
            }
        }
        x.mode = Mode.VALUE;
        x.val = null;
    }

    // ------------------------------------------------------------------ untyped conversion

    /** Converts an untyped operand to target (go/types' convertUntyped / implicitTypeAndValue). */
    void convertUntyped(Operand x, Type target) {
        if (x.invalid() || !Types.isUntyped(x.type) || target == Basic.INVALID) return;
        Fail[] why = new Fail[1];
        Object[] res = implicitTypeAndValue(x, target, why);
        if (res == null) {
            Type tt = target instanceof TypeParam ? target : target.underlying();
            if (why[0] == Fail.INVALID && Types.isUntyped(target)) {
                x.invalidate();
                error(x, "invalid operation: mismatched types " + t(x.type) + " and " + t(target));
                return;
            }
            invalidConversion(why[0], x, tt);
            x.invalidate();
            return;
        }
        Type nt = (Type) res[0];
        Constant nv = (Constant) res[1];
        if (nv != null) {
            x.val = nv;
            updateExprVal(x.expr, nv);
        }
        if (nt != x.type) {
            x.type = nt;
            updateExprType(x.expr, nt, false);
        }
    }

    /** {newType, newVal} or null with why[0] set (types2's implicitTypeAndValue). */
    Object[] implicitTypeAndValue(Operand x, Type target, Fail[] why) {
        why[0] = Fail.INVALID;
        if (x.invalid() || Types.isTyped(x.type) || target == Basic.INVALID) return new Object[] {x.type, null};
        if (Types.isUntyped(target)) {
            Basic xb = (Basic) x.type, tb = (Basic) target;
            if (xb.isNumeric() && tb.isNumeric()) {
                if (xb.kind().ordinal() < tb.kind().ordinal()) return new Object[] {target, null};
            } else if (xb.kind() != tb.kind()) return null;
            return new Object[] {x.type, null};
        }
        if (x.isNil) {
            return Types.hasNil(target) ? new Object[] {target, null} : null;
        }
        Type u = target.underlying();
        if (target instanceof TypeParam tp) {
            List<Term> ts = tp.iface().terms();
            if (ts == null || ts.isEmpty()) return null;
            for (Term term : ts) {
                Fail[] w = new Fail[1];
                if (implicitTypeAndValue(x, term.type().underlying(), w) == null) return null;
            }
            return new Object[] {target, null};
        }
        switch (u) {
            case Basic b -> {
                if (x.mode == Mode.CONSTANT) {
                    Constant v = representable(x.val, b, why);
                    if (v == null) return null;
                    return new Object[] {target, v};
                }
                Basic xb = (Basic) x.type;
                switch (xb.kind()) {
                    case UNTYPED_BOOL -> {
                        if (!b.isBoolean()) return null;
                    }
                    case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX -> {
                        if (!b.isNumeric()) return null;
                    }
                    case UNTYPED_STRING -> {
                        if (!b.isString()) return null;
                    }
                    default -> {
                        return null;
                    }
                }
                return new Object[] {target, null};
            }
            case Interface it -> {
                if (!it.isEmpty()) return null;
                return new Object[] {Types.defaultType(x.type), null};
            }
            default -> {
                return null;
            }
        }
    }

    // ------------------------------------------------------------------ assignment

    /**
     * Checks that x can be assigned to a variable of type T (T null: to the blank identifier) in the
     * given context ("assignment", "argument to f", "return statement", ...), converting untyped x.
     */
    void assignment(Operand x, Type T, String context) {
        singleValue(x);
        switch (x.mode) {
            case INVALID:
                return;
            case CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK:
                break;
            default:
                error(x, "cannot assign " + d(x) + " to " + (T == null ? "_" : t(T)) + " in " + context);
                x.invalidate();
                return;
        }
        if (Types.isUntyped(x.type)) {
            Type target = T;
            if (T == null || Types.isInterface(T)) {
                if (T == null && x.isNil) {
                    error(x, "use of untyped nil in " + context);
                    x.invalidate();
                    return;
                }
                target = Types.defaultType(x.type);
            }
            Fail[] why = new Fail[1];
            Object[] r = implicitTypeAndValue(x, target, why);
            if (r == null) {
                String msg = "cannot use " + d(x) + " as " + t(target) + " value in " + context;
                if (why[0] == Fail.TRUNCATED) msg += " (truncated)";
                else if (why[0] == Fail.OVERFLOW) msg += " (overflows)";
                error(x, msg);
                x.invalidate();
                return;
            }
            if (r[1] != null) {
                x.val = (Constant) r[1];
                updateExprVal(x.expr, x.val);
            }
            if (r[0] != x.type) {
                x.type = (Type) r[0];
                updateExprType(x.expr, x.type, false);
            }
        }
        if (x.type instanceof Signature sig && !sig.typeParams().isEmpty()) {
            error(x, "cannot use generic function " + e(x.expr) + " without instantiation in " + context);
            x.invalidate();
            return;
        }
        if (T == null) return;
        String reason = assignableReason(x, T);
        if (reason != null) {
            if (reason.isEmpty()) error(x, "cannot use " + d(x) + " as type " + t(T) + " in " + context);
            else error(x, "cannot use " + d(x) + " as type " + t(T) + " in " + context + ":\n\t" + reason);
            x.invalidate();
        }
    }

    /** Null if x is assignable to T; otherwise "" or the reason (compiler wording). */
    String assignableReason(Operand x, Type T) {
        Type V = x.type;
        if (V == Basic.INVALID || T == Basic.INVALID) return null;
        if (Types.assignableTo(V, T)) return null;
        Type Vu = V.underlying(), Tu = T.underlying();
        if (Tu instanceof Interface ti && !(T instanceof TypeParam)) {
            Types.Missing mm = Types.missingMethod(V, ti);
            if (mm != null) return t(V) + " does not implement " + t(T) + " " + missingReason(V, T, mm);
            return "";
        }
        if (Vu instanceof Interface && !(V instanceof TypeParam) && !(Tu instanceof Interface)) {
            return "need type assertion";
        }
        return "";
    }
}
