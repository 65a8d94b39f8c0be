package minigo.interp.translate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import minigo.ast.Ast;
import minigo.interp.nodes.ExprNode;
import minigo.interp.nodes.Locals;
import minigo.interp.nodes.Locals.SlotKind;
import minigo.interp.nodes.StmtNode;
import minigo.types.Array;
import minigo.types.Basic;
import minigo.types.BasicKind;
import minigo.types.Builtin;
import minigo.types.Interface;
import minigo.types.Selection;
import minigo.types.Signature;
import minigo.types.Sizes;
import minigo.types.Struct;
import minigo.types.Tuple;
import minigo.types.Type;
import minigo.types.TypeAndValue;
import minigo.types.Types;
import minigo.types.Var;

/**
 * The order in which one statement evaluates its operands, as Go's compiler orders it
 * (cmd/compile/internal/walk/order.go). The spec fixes only the order of calls, method calls,
 * receives and the logical operators; gc goes further, and since real Go is the judge, so do we:
 *
 * <ul>
 *   <li>A <em>copy</em> is evaluated where it stands, left to right and inner first, into a
 *       temporary: a call (of a function, method or func value, and the builtins len, cap, make,
 *       new, append, copy, complex, real, imag, recover), a receive, a slice expression, a
 *       conversion of a string to []byte or []rune, a type assertion to a type that is not
 *       pointer-shaped, a whole {@code &&} or {@code ||}, and the operand of a conversion to an
 *       interface when the runtime takes that operand by address and it is not already addressable
 *       (a local variable, a string's byte, a comparison's bool).</li>
 *   <li>Everything else (a variable, a field, an element, {@code *p}, a map element, arithmetic)
 *       is read after all the copies, when the statement itself runs.</li>
 * </ul>
 *
 * So {@code fmt.Println(n, inc(), n)} prints the n that inc left, twice, and in {@code p.x + f()}
 * with a nil p, f runs before the dereference fails. Our nodes evaluate strictly left to right;
 * the two orders differ only when a <em>hazard</em> (a read that a call could change, or that
 * could fail) comes before a copy that has an effect (a call, a receive, an append, or one that
 * can fail). Only then does a statement get temporaries: its copies run first (the prep this
 * class returns), and the translator reads each copy's temporary where the copy stood
 * ({@link FuncTranslator#hoisted}). Most statements, and every {@code fib(n-1) + fib(n-2)}, have
 * no such hazard and translate as before. A closure's body is another function: not looked into.
 */
final class Order {
    private final FuncTranslator ft;
    /** The copies in the order gc evaluates them (inner first), with whether each is a fresh copy of a composite. */
    private final List<Ast.Expr> copies = new ArrayList<>();
    private final IdentityHashMap<Ast.Expr, Boolean> copyOfComposite = new IdentityHashMap<>();
    /** Whether a hazard has been read, since the start or the innermost copy being walked began. */
    private boolean hazard;
    /** Whether the two orders differ for this statement. */
    private boolean differs;

    private Order(FuncTranslator ft) {
        this.ft = ft;
    }

    /**
     * Orders one statement's expressions (in the order the statement evaluates them, each with the
     * type it is assigned to, or null): returns the statements that evaluate its copies, empty when
     * left-to-right evaluation already agrees with gc. A lone expression is not itself a copy: it
     * is what the statement evaluates last anyway.
     */
    static List<StmtNode> prepare(FuncTranslator ft, List<Ast.Expr> exprs, List<Type> targets) {
        Order o = new Order(ft);
        boolean lone = exprs.size() == 1;
        for (int i = 0; i < exprs.size(); i++) {
            Ast.Expr e = exprs.get(i);
            if (e == null) continue;
            Type target = targets == null ? null : targets.get(i);
            if (lone) o.walkInside(FuncTranslator.unparen(e), target);
            else o.walk(e, target);
        }
        if (!o.differs) return List.of();
        List<StmtNode> prep = new ArrayList<>();
        for (Ast.Expr c : o.copies) prep.add(o.hoist(c));
        return prep;
    }

    /** The left side of an assignment: a location's operands are read like any other operand. */
    static List<Ast.Expr> operandsOf(Ast.Expr lhs) {
        Ast.Expr l = FuncTranslator.unparen(lhs);
        return switch (l) {
            case Ast.IndexExpr ie -> List.of(ie.x(), ie.index());
            case Ast.SelectorExpr se -> List.of(se.x());
            case Ast.StarExpr se -> List.of(se.x());
            default -> List.of();
        };
    }

    private StmtNode hoist(Ast.Expr c) {
        Type t = ft.typeOf(c);
        if (t.underlying() instanceof Basic b && b.kind().isUntyped()) t = Types.defaultType(t);
        SlotKind k = TypeUtil.slotKind(t);
        int slot = ft.tempSlot(k);
        ExprNode v = ft.expr(c);
        if (copyOfComposite.containsKey(c)) v = ft.copyNode(v);
        ft.hoisted.put(c, new FuncTranslator.Hoisted(slot, k));
        return Locals.write(k, slot, v);
    }

    // ------------------------------------------------------------------ the walk

    private void walk(Ast.Expr e, Type target) {
        e = FuncTranslator.unparen(e);
        TypeAndValue tv = ft.tv(e);
        if (tv != null && tv.value() != null) return; // a constant reads nothing
        if (isCopy(e)) {
            copy(e, target);
        } else {
            walkInside(e, target);
            if (target != null && toIfaceByAddress(e, target)) addCopy(e, false, TypeUtil.isComposite(ft.typeOf(e)));
        }
    }

    /** A copy: its own operands are read where it stands, so they are no hazard to what follows. */
    private void copy(Ast.Expr e, Type target) {
        boolean before = hazard;
        hazard = false;
        boolean effect;
        if (e instanceof Ast.BinaryExpr) {
            effect = !ft.callFree(e); // && and ||: evaluated whole, the right side only if needed
        } else {
            walkInside(e, target);
            effect = hasEffect(e);
        }
        hazard = before;
        addCopy(e, effect, false);
    }

    private void addCopy(Ast.Expr e, boolean effect, boolean composite) {
        if (effect && hazard) differs = true;
        copies.add(e);
        if (composite) copyOfComposite.put(e, Boolean.TRUE);
    }

    /** Walks e's operands (e itself is not registered). */
    private void walkInside(Ast.Expr e, Type target) {
        switch (e) {
            case Ast.Ident id -> {
                if (ft.info.objectOf(id) instanceof Var v && !FuncTranslator.isBlank(id) && isShared(v)) hazard = true;
            }
            case Ast.BasicLit b -> {}
            case Ast.FuncLit f -> {}
            case Ast.CompositeLit cl -> compositeLit(cl);
            case Ast.SelectorExpr se -> selector(se);
            case Ast.IndexExpr ie -> {
                if (ft.tv(ie.x()) != null && ft.tv(ie.x()).isType() || ft.typeOf(ie.x()).underlying() instanceof Signature) {
                    return; // an instantiation f[T]
                }
                walk(ie.x(), null);
                walk(ie.index(), indexTarget(ie));
                hazard = true; // an element may change, and may not exist
            }
            case Ast.IndexListExpr il -> {}
            case Ast.SliceExpr se -> {
                walk(se.x(), null);
                if (se.low() != null) walk(se.low(), null);
                if (se.high() != null) walk(se.high(), null);
                if (se.max() != null) walk(se.max(), null);
            }
            case Ast.StarExpr se -> {
                walk(se.x(), null);
                hazard = true;
            }
            case Ast.UnaryExpr u -> walk(u.x(), null);
            case Ast.BinaryExpr b when b.op().equals("&&") || b.op().equals("||") -> {
                // a lone condition: its sides are ordered each on its own when translated
            }
            case Ast.BinaryExpr b -> {
                walk(b.x(), null);
                walk(b.y(), null);
                if (mayFail(b)) hazard = true;
            }
            case Ast.TypeAssertExpr ta -> {
                walk(ta.x(), null);
                hazard = true; // pointer-shaped: not a copy, but it may fail
            }
            case Ast.CallExpr c -> call(c);
            case Ast.KeyValueExpr kv -> {
                walk(kv.key(), null);
                walk(kv.value(), target);
            }
            default -> hazard = true;
        }
    }

    private void selector(Ast.SelectorExpr se) {
        Selection sel = ft.info.selections.get(se);
        if (sel == null) { // a qualified identifier: a package's variable is shared
            if (ft.info.objectOf(se.sel()) instanceof Var v && isShared(v)) hazard = true;
            return;
        }
        if (sel.kind() == Selection.Kind.METHOD_EXPR) return;
        walk(se.x(), null);
        // a field through a pointer (or a method value's receiver) may change and may be nil;
        // a field of a value is as shared as the value
        if (sel.kind() == Selection.Kind.METHOD_VAL || sel.indirect() || ft.typeOf(se.x()).underlying() instanceof minigo.types.Pointer) {
            hazard = true;
        }
    }

    private void compositeLit(Ast.CompositeLit cl) {
        Type u = ft.typeOf(cl).underlying();
        if (u instanceof minigo.types.Pointer p) u = p.elem().underlying();
        for (int i = 0; i < cl.elts().size(); i++) {
            Ast.Expr el = cl.elts().get(i);
            Type et = switch (u) {
                case Array a -> a.elem();
                case minigo.types.Slice s -> s.elem();
                case minigo.types.MapType m -> m.elem();
                case Struct s -> el instanceof Ast.KeyValueExpr kv && kv.key() instanceof Ast.Ident id ? fieldType(s, id.name())
                        : i < s.numFields() ? s.field(i).type() : null;
                default -> null;
            };
            if (el instanceof Ast.KeyValueExpr kv) {
                if (!(u instanceof Struct)) walk(kv.key(), u instanceof minigo.types.MapType m ? m.key() : null);
                walk(kv.value(), et);
            } else {
                walk(el, et);
            }
        }
    }

    private static Type fieldType(Struct s, String name) {
        for (Var f : s.fields()) {
            if (f.name().equals(name)) return f.type();
        }
        return null;
    }

    private Type indexTarget(Ast.IndexExpr ie) {
        return ft.typeOf(ie.x()).underlying() instanceof minigo.types.MapType m ? m.key() : null;
    }

    private void call(Ast.CallExpr c) {
        Ast.Expr fun = FuncTranslator.unparen(c.fun());
        TypeAndValue ftv = ft.tv(fun);
        if (ftv != null && ftv.isType()) { // a conversion
            if (!c.args().isEmpty()) walk(c.args().get(0), ft.typeOf(fun));
            return;
        }
        if (ft.calleeObj(fun) instanceof Builtin) {
            for (Ast.Expr a : c.args()) walk(a, null);
            return;
        }
        if (fun instanceof Ast.SelectorExpr se && ft.info.selections.get(se) instanceof Selection sel
                && sel.kind() == Selection.Kind.METHOD_VAL) {
            walk(se.x(), null); // the receiver, read when the method is called
        } else if (ft.calleeObj(fun) == null) {
            walk(fun, null); // a func value
        }
        Signature sig = (Signature) ft.typeOf(fun).underlying();
        List<Ast.Expr> as = c.args();
        if (as.size() == 1 && ft.typeOf(as.get(0)) instanceof Tuple tt && tt.size() != 1) {
            // f(g()): g's results go straight to f; g is part of f's copy
            Ast.Expr g = FuncTranslator.unparen(as.get(0));
            walkInside(g, null);
            return;
        }
        Tuple ps = sig.params();
        int np = ps.size();
        for (int i = 0; i < as.size(); i++) {
            Type pt;
            if (sig.variadic() && i >= np - 1) {
                pt = c.hasEllipsis() ? ps.typeAt(np - 1) : ((minigo.types.Slice) ps.typeAt(np - 1).underlying()).elem();
            } else {
                pt = ps.typeAt(i);
            }
            walk(as.get(i), ft.type(pt));
        }
    }

    // ------------------------------------------------------------------ classification

    /**
     * A variable a call could change: a package's, or a local one that is captured or has its
     * address taken (boxed; a struct or array local is never boxed, its object being the shared
     * location, so any of those counts).
     */
    private boolean isShared(Var v) {
        return v.isPackageLevel() || ft.tr.isBoxed(v) || TypeUtil.isComposite(v.type());
    }

    /** Whether gc evaluates e where it stands (order.go's copyExpr). */
    private boolean isCopy(Ast.Expr e) {
        return switch (e) {
            case Ast.CallExpr c -> {
                Ast.Expr fun = FuncTranslator.unparen(c.fun());
                TypeAndValue ftv = ft.tv(fun);
                if (ftv != null && ftv.isType()) {
                    // string to []byte or []rune; any other conversion is an operation
                    Type to = ft.typeOf(fun).underlying();
                    yield to instanceof minigo.types.Slice && !c.args().isEmpty() && TypeUtil.isString(ft.typeOf(c.args().get(0)));
                }
                if (ft.typeOf(c) instanceof Tuple tt && tt.size() != 1) yield false; // f(g()): part of f
                yield true; // a call, or a builtin that returns a value
            }
            case Ast.UnaryExpr u -> u.op().equals("<-");
            case Ast.SliceExpr s -> true;
            case Ast.BinaryExpr b -> b.op().equals("&&") || b.op().equals("||");
            case Ast.TypeAssertExpr ta -> !isDirectIface(ft.typeOf(ta));
            default -> false;
        };
    }

    /** Whether evaluating copy e can change what a hazard reads, or fail. */
    private boolean hasEffect(Ast.Expr e) {
        if (e instanceof Ast.CallExpr c) {
            if (ft.calleeObj(FuncTranslator.unparen(c.fun())) instanceof Builtin b) {
                return switch (b.name()) {
                    case "len", "cap", "complex", "real", "imag", "new" -> false;
                    default -> true; // append and copy write, make and recover can fail or observe
                };
            }
            TypeAndValue ftv = ft.tv(FuncTranslator.unparen(c.fun()));
            return ftv == null || !ftv.isType();
        }
        return true; // a receive lets other goroutines run; a slice expression or an assertion can fail
    }

    /** An integer division or remainder by a variable, or a shift by a signed variable count: it can fail. */
    private boolean mayFail(Ast.BinaryExpr b) {
        TypeAndValue ytv = ft.tv(b.y());
        if (ytv != null && ytv.value() != null) return false;
        return switch (b.op()) {
            case "/", "%" -> ft.typeOf(b).underlying() instanceof Basic k && k.isInteger();
            case "<<", ">>" -> ft.typeOf(b.y()).underlying() instanceof Basic k && k.isInteger() && !k.isUnsigned();
            default -> false;
        };
    }

    /**
     * Whether converting e to the interface type target passes e to the runtime by address, from
     * a temporary (order.go's addrTemp after dataWordFuncName): true unless e's type fits the data
     * word's fast paths (a 2-, 4- or 8-byte scalar, a string, a slice), or e is already addressable
     * and not a local variable.
     */
    private boolean toIfaceByAddress(Ast.Expr e, Type target) {
        if (!TypeUtil.isInterface(target)) return false;
        Type from = ft.typeOf(e);
        if (TypeUtil.isInterface(from)) return false;
        if (from.underlying() instanceof Basic b && (b.kind() == BasicKind.UNTYPED_NIL || b.kind().isUntyped())) return false;
        if (!needsAddr(from)) return false;
        return !addrOkay(e);
    }

    private static boolean needsAddr(Type t) {
        Sizes sz = Sizes.AMD64;
        long size = sz.sizeof(t), align = sz.alignof(t);
        boolean ptrs = hasPointers(t);
        if (size == 2 && align == 2) return false;
        if (size == 4 && align == 4 && !ptrs) return false;
        if (size == 8 && align == 8 && !ptrs) return false;
        Type sole = soleComponent(t);
        if (sole != null && (TypeUtil.isString(sole) || sole.underlying() instanceof minigo.types.Slice)) return false;
        return true;
    }

    private static Type soleComponent(Type t) {
        Type u = t.underlying();
        if (u instanceof Struct s) return s.numFields() == 1 ? soleComponent(s.field(0).type()) : null;
        if (u instanceof Array a) return a.len() == 1 ? soleComponent(a.elem()) : null;
        return t;
    }

    private static boolean hasPointers(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.isString() || b.kind() == BasicKind.UNSAFE_POINTER;
        if (u instanceof Array a) return a.len() > 0 && hasPointers(a.elem());
        if (u instanceof Struct s) {
            for (Var f : s.fields()) {
                if (hasPointers(f.type())) return true;
            }
            return false;
        }
        return true; // pointer, slice, map, chan, func, interface
    }

    /** Pointer-shaped: the interface holds the value itself. */
    private static boolean isDirectIface(Type t) {
        Type u = t.underlying();
        if (u instanceof minigo.types.Pointer || u instanceof minigo.types.MapType || u instanceof minigo.types.Chan
                || u instanceof Signature) {
            return true;
        }
        if (u instanceof Basic b) return b.kind() == BasicKind.UNSAFE_POINTER;
        if (u instanceof Struct s) return s.numFields() == 1 && isDirectIface(s.field(0).type());
        if (u instanceof Array a) return a.len() == 1 && isDirectIface(a.elem());
        return false;
    }

    /** order.go's isaddrokay: addressable, and not a local variable (those are copied). */
    private boolean addrOkay(Ast.Expr e) {
        e = FuncTranslator.unparen(e);
        if (e instanceof Ast.Ident id) return ft.info.objectOf(id) instanceof Var v && v.isPackageLevel();
        return addressable(e);
    }

    private boolean addressable(Ast.Expr e) {
        e = FuncTranslator.unparen(e);
        return switch (e) {
            case Ast.Ident id -> ft.info.objectOf(id) instanceof Var;
            case Ast.StarExpr s -> true;
            case Ast.IndexExpr ie -> {
                Type xu = ft.typeOf(ie.x()).underlying();
                if (xu instanceof Array) yield addressable(ie.x());
                yield !(xu instanceof Basic) && !(xu instanceof minigo.types.MapType);
            }
            case Ast.SelectorExpr se -> {
                Selection sel = ft.info.selections.get(se);
                if (sel == null) yield ft.info.objectOf(se.sel()) instanceof Var;
                if (sel.kind() != Selection.Kind.FIELD_VAL) yield false;
                yield sel.indirect() || ft.typeOf(se.x()).underlying() instanceof minigo.types.Pointer || addressable(se.x());
            }
            default -> false;
        };
    }
}
