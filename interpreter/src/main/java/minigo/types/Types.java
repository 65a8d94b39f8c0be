package minigo.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/** Predicates and operations on types (go/types' predicates.go, lookup.go, subst.go, ...). */
public final class Types {
    private Types() {}

    // ------------------------------------------------------------------ classification

    private static Basic basic(Type t) {
        return t != null && t.underlying() instanceof Basic b ? b : null;
    }

    public static boolean isBoolean(Type t) { Basic b = basic(t); return b != null && b.isBoolean(); }
    public static boolean isInteger(Type t) { Basic b = basic(t); return b != null && b.isInteger(); }
    public static boolean isUnsigned(Type t) { Basic b = basic(t); return b != null && b.isUnsigned(); }
    public static boolean isFloat(Type t) { Basic b = basic(t); return b != null && b.isFloat(); }
    public static boolean isComplex(Type t) { Basic b = basic(t); return b != null && b.isComplex(); }
    public static boolean isNumeric(Type t) { Basic b = basic(t); return b != null && b.isNumeric(); }
    public static boolean isString(Type t) { Basic b = basic(t); return b != null && b.isString(); }
    public static boolean isOrdered(Type t) { Basic b = basic(t); return b != null && b.isOrdered(); }
    public static boolean isConstType(Type t) { Basic b = basic(t); return b != null && b.isConstType(); }
    public static boolean isUntyped(Type t) { return t instanceof Basic b && b.isUntyped(); }
    public static boolean isTyped(Type t) { return !isUntyped(t); }
    public static boolean isInterface(Type t) { return !(t instanceof TypeParam) && t != null && t.underlying() instanceof Interface; }
    public static boolean isNamed(Type t) { return t instanceof Named || t instanceof Basic || t instanceof TypeParam; }

    /** The type of an untyped constant's default (int for untyped int, ...); t itself otherwise. */
    public static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> Basic.BOOL;
                case UNTYPED_INT -> Basic.INT;
                case UNTYPED_RUNE -> Basic.RUNE;
                case UNTYPED_FLOAT -> Basic.FLOAT64;
                case UNTYPED_COMPLEX -> Basic.COMPLEX128;
                case UNTYPED_STRING -> Basic.STRING;
                default -> t;
            };
        }
        return t;
    }

    /**
     * The core type: the underlying type, or for a type parameter the single underlying type of all
     * types in its type set (null if there is none).
     */
    public static Type coreType(Type t) {
        if (t instanceof TypeParam tp) {
            List<Term> terms = tp.iface().terms();
            if (terms == null || terms.isEmpty()) return null;
            Type u = null;
            for (Term term : terms) {
                Type tu = term.type().underlying();
                u = u == null ? tu : match(u, tu);
                if (u == null) return null;
            }
            return u;
        }
        return t == null ? null : t.underlying();
    }

    /**
     * go/types' match: x if x and y are identical; for channels differing only in direction, the
     * restricted one when the other is bidirectional; else null.
     */
    static Type match(Type x, Type y) {
        if (identical(x, y)) return x;
        if (x instanceof Chan cx && y instanceof Chan cy && identical(cx.elem(), cy.elem())) {
            if (cx.dir() == Chan.Dir.SEND_RECV) return y;
            if (cy.dir() == Chan.Dir.SEND_RECV) return x;
        }
        return null;
    }

    // ------------------------------------------------------------------ identity

    public static boolean identical(Type x, Type y) {
        return identical(x, y, null);
    }

    private record Pair(Type a, Type b) {}

    private static boolean identical(Type x, Type y, List<Pair> seen) {
        if (x == y) return true;
        if (x == null || y == null) return false;
        switch (x) {
            case Basic a:
                return y instanceof Basic b && a.kind() == b.kind();
            case Named a: {
                if (!(y instanceof Named b)) return false;
                if (a.origin() != b.origin()) return false;
                if (a.typeArgs().size() != b.typeArgs().size()) return false;
                for (int i = 0; i < a.typeArgs().size(); i++)
                    if (!identical(a.typeArgs().get(i), b.typeArgs().get(i), seen)) return false;
                return !a.typeArgs().isEmpty() || a == b;
            }
            case Pointer a:
                return y instanceof Pointer b && identical(a.elem(), b.elem(), seen);
            case Slice a:
                return y instanceof Slice b && identical(a.elem(), b.elem(), seen);
            case Array a:
                return y instanceof Array b && a.len() == b.len() && identical(a.elem(), b.elem(), seen);
            case MapType a:
                return y instanceof MapType b && identical(a.key(), b.key(), seen) && identical(a.elem(), b.elem(), seen);
            case Chan a:
                return y instanceof Chan b && a.dir() == b.dir() && identical(a.elem(), b.elem(), seen);
            case Struct a: {
                if (!(y instanceof Struct b) || a.numFields() != b.numFields()) return false;
                for (int i = 0; i < a.numFields(); i++) {
                    Var f = a.field(i), g = b.field(i);
                    if (f.embedded() != g.embedded() || !a.tag(i).equals(b.tag(i)) || !sameId(f, g.name(), g.pkg())
                            || !identical(f.type(), g.type(), seen)) return false;
                }
                return true;
            }
            case Tuple a: {
                if (!(y instanceof Tuple b) || a.size() != b.size()) return false;
                for (int i = 0; i < a.size(); i++) if (!identical(a.typeAt(i), b.typeAt(i), seen)) return false;
                return true;
            }
            case Signature a: {
                if (!(y instanceof Signature b)) return false;
                if (a.variadic() != b.variadic() || a.typeParams().size() != b.typeParams().size()) return false;
                if (!a.typeParams().isEmpty()) {
                    // Identical modulo renaming of type parameters.
                    Map<TypeParam, Type> m = new IdentityHashMap<>();
                    for (int i = 0; i < a.typeParams().size(); i++) m.put(b.typeParams().get(i), a.typeParams().get(i));
                    Signature bs = (Signature) subst(new Signature(b.params(), b.results(), b.variadic()), m);
                    return identical(a.params(), bs.params(), seen) && identical(a.results(), bs.results(), seen);
                }
                return identical(a.params(), b.params(), seen) && identical(a.results(), b.results(), seen);
            }
            case Interface a: {
                if (!(y instanceof Interface b)) return false;
                if (a.isComparable() != b.isComparable()) return false;
                List<Term> ta = a.terms(), tb = b.terms();
                if ((ta == null) != (tb == null)) return false;
                if (ta != null) {
                    if (ta.size() != tb.size()) return false;
                    for (Term t : ta) {
                        boolean found = false;
                        for (Term u : tb) if (t.tilde() == u.tilde() && identical(t.type(), u.type(), seen)) found = true;
                        if (!found) return false;
                    }
                }
                List<Func> ma = a.allMethods(), mb = b.allMethods();
                if (ma.size() != mb.size()) return false;
                if (seen == null) seen = new ArrayList<>();
                for (Pair p : seen) if ((p.a == x && p.b == y) || (p.a == y && p.b == x)) return true;
                seen.add(new Pair(x, y));
                for (int i = 0; i < ma.size(); i++) {
                    Func f = ma.get(i), g = mb.get(i);
                    if (!sameId(f, g.name(), g.pkg()) || !identical(f.type(), g.type(), seen)) return false;
                }
                return true;
            }
            case TypeParam a:
                return false;
        }
    }

    /** Same name, and for unexported names the same package. */
    static boolean sameId(Obj o, String name, Package pkg) {
        if (!o.name().equals(name)) return false;
        if (o.exported()) return true;
        Package a = o.pkg(), b = pkg;
        if (a == null || b == null) return true;
        return a == b || a.path().equals(b.path());
    }

    // ------------------------------------------------------------------ comparability

    /** Values of t can be compared with == (a type parameter: if its type set is comparable). */
    public static boolean comparable(Type t) {
        return comparable(t, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean comparable(Type t, Set<Type> seen) {
        if (!seen.add(t)) return true;
        if (t instanceof TypeParam tp) {
            Interface i = tp.iface();
            if (i.isComparable()) return true;
            List<Term> terms = i.terms();
            if (terms == null || terms.isEmpty()) return false;
            for (Term term : terms) if (!comparable(term.type(), seen)) return false;
            return true;
        }
        Type u = t.underlying();
        return switch (u) {
            case Basic b -> b.kind() != BasicKind.UNTYPED_NIL;
            case Pointer p -> true;
            case Chan c -> true;
            case Interface i -> true;
            case Struct s -> {
                for (Var f : s.fields()) if (!comparable(f.type(), seen)) yield false;
                yield true;
            }
            case Array a -> comparable(a.elem(), seen);
            default -> false;
        };
    }

    /** Strictly comparable: comparable and no interfaces inside (for the comparable constraint in Go 1.19). */
    public static boolean strictlyComparable(Type t) {
        if (t instanceof TypeParam) return comparable(t);
        Type u = t.underlying();
        return switch (u) {
            case Interface i -> false;
            case Struct s -> {
                for (Var f : s.fields()) if (!strictlyComparable(f.type())) yield false;
                yield true;
            }
            case Array a -> strictlyComparable(a.elem());
            default -> comparable(t);
        };
    }

    public static boolean hasNil(Type t) {
        // a type parameter has nil if every type in its type set has (go/types' hasNil)
        if (t instanceof TypeParam tp) return allTerms(tp, Types::hasNil);
        Type u = t.underlying();
        return switch (u) {
            case Basic b -> b.kind() == BasicKind.UNSAFE_POINTER;
            case Pointer p -> true;
            case Slice s -> true;
            case MapType m -> true;
            case Chan c -> true;
            case Signature s -> true;
            case Interface i -> true;
            default -> false;
        };
    }

    // ------------------------------------------------------------------ assignability and conversion

    /**
     * A value of (typed) type v is assignable to t, per the spec (untyped constants are the checker's
     * business; an untyped nil v is assignable to every type that has nil).
     */
    public static boolean assignableTo(Type v, Type t) {
        if (identical(v, t)) return true;
        if (v instanceof Basic b && b.kind() == BasicKind.UNTYPED_NIL) return hasNil(t);
        if (isUntyped(v)) {
            Type tu = t.underlying();
            if (t instanceof TypeParam) return false;
            if (tu instanceof Basic tb) {
                Basic vb = (Basic) v;
                if (vb.isBoolean()) return tb.isBoolean();
                if (vb.isString()) return tb.isString();
                if (vb.isNumeric()) return tb.isNumeric();
                return false;
            }
            return tu instanceof Interface it && it.isMethodSet() && it.numMethods() == 0;
        }
        Type vu = v.underlying(), tu = t.underlying();
        if (identical(vu, tu) && (!isNamed(v) || !isNamed(t)) && !(v instanceof TypeParam) && !(t instanceof TypeParam))
            return true;
        if (tu instanceof Interface && !(t instanceof TypeParam)) return implementsIface(v, (Interface) tu);
        if (vu instanceof Chan vc && vc.dir() == Chan.Dir.SEND_RECV && tu instanceof Chan tc
                && identical(vc.elem(), tc.elem()) && (!isNamed(v) || !isNamed(t)))
            return true;
        // an unnamed v to a type parameter t: assignable to each specific type in t's type set;
        // a type parameter v to an unnamed t: each specific type in v's type set is assignable to t
        if (!isNamed(v) && t instanceof TypeParam tp) return allTerms(tp, term -> assignableTo(v, term));
        if (v instanceof TypeParam vp && !isNamed(t)) return allTerms(vp, term -> assignableTo(term, t));
        return false;
    }

    /** Whether p has specific types (terms) and f holds for each term's type. */
    static boolean allTerms(TypeParam p, java.util.function.Predicate<Type> f) {
        List<Term> terms = p.iface().terms();
        if (terms == null || terms.isEmpty()) return false;
        for (Term term : terms) if (!f.test(term.type())) return false;
        return true;
    }

    /** A non-constant value of type v can be converted to t. */
    public static boolean convertibleTo(Type v, Type t) {
        if (assignableTo(v, t)) return true;
        if (v instanceof TypeParam || t instanceof TypeParam) {
            // Every type in the type sets must be convertible.
            List<Type> vs = typeSetTypes(v), ts = typeSetTypes(t);
            if (vs == null || ts == null) return false;
            for (Type a : vs) for (Type b : ts) if (!convertibleTo(a, b)) return false;
            return true;
        }
        Type vu = v.underlying(), tu = t.underlying();
        if (identicalIgnoreTags(vu, tu)) return true;
        if (v instanceof Pointer vp && t instanceof Pointer tp && identicalIgnoreTags(vp.elem().underlying(), tp.elem().underlying()))
            return true;
        if ((isInteger(vu) || isFloat(vu)) && (isInteger(tu) || isFloat(tu))) return true;
        if (isComplex(vu) && isComplex(tu)) return true;
        if ((isInteger(vu) || isBytesOrRunes(vu)) && isString(tu)) return true;
        if (isString(vu) && isBytesOrRunes(tu)) return true;
        if (vu instanceof Basic vb && vb.kind() == BasicKind.UNSAFE_POINTER && (tu instanceof Pointer || isUintptr(tu))) return true;
        if (tu instanceof Basic tb && tb.kind() == BasicKind.UNSAFE_POINTER && (vu instanceof Pointer || isUintptr(vu))) return true;
        if (vu instanceof Slice s && tu instanceof Pointer p && p.elem().underlying() instanceof Array a
                && identical(s.elem(), a.elem())) return true;
        return false;
    }

    private static boolean isUintptr(Type t) {
        return t instanceof Basic b && b.kind() == BasicKind.UINTPTR;
    }

    /** The types of a type parameter's type set (its terms' types), or {t} for an ordinary type; null if unbounded. */
    static List<Type> typeSetTypes(Type t) {
        if (t instanceof TypeParam tp) {
            List<Term> terms = tp.iface().terms();
            if (terms == null) return null;
            List<Type> out = new ArrayList<>();
            for (Term term : terms) out.add(term.type());
            return out;
        }
        return List.of(t);
    }

    static boolean isBytesOrRunes(Type t) {
        if (t.underlying() instanceof Slice s && s.elem().underlying() instanceof Basic b)
            return b.kind() == BasicKind.UINT8 || b.kind() == BasicKind.INT32;
        return false;
    }

    static boolean identicalIgnoreTags(Type x, Type y) {
        if (x instanceof Struct a && y instanceof Struct b) {
            if (a.numFields() != b.numFields()) return false;
            for (int i = 0; i < a.numFields(); i++) {
                Var f = a.field(i), g = b.field(i);
                if (f.embedded() != g.embedded() || !sameId(f, g.name(), g.pkg()) || !identical(f.type(), g.type()))
                    return false;
            }
            return true;
        }
        return identical(x, y);
    }

    // ------------------------------------------------------------------ lookup

    /**
     * Result of {@link #lookupFieldOrMethod}: obj null when not found. ambiguous when several
     * candidates at the shallowest depth. indirect when a pointer was crossed. notAddressable marks a
     * pointer-receiver method found on a non-addressable, non-pointer operand.
     */
    public record Lookup(Obj obj, List<Integer> index, boolean indirect, boolean ambiguous, boolean ptrRecvOnValue) {
        static final Lookup NONE = new Lookup(null, List.of(), false, false, false);
    }

    private record Embedded(Type typ, List<Integer> index, boolean indirect, boolean multiples) {}

    /**
     * Looks up a field or method name in t (which may be a pointer to a named type) the way the spec
     * describes selectors: shallowest depth wins; two at the same depth are ambiguous. pkg decides
     * whether unexported names are visible (the package doing the lookup).
     */
    public static Lookup lookupFieldOrMethod(Type t, boolean addressable, Package pkg, String name) {
        if (name.equals("_")) return Lookup.NONE;
        boolean isPtr = false;
        Type typ = t;
        if (t instanceof Pointer p) {
            // A pointer to a named pointer type has no methods.
            typ = p.elem();
            isPtr = true;
            if (typ instanceof Named n && n.underlying() instanceof Pointer) return Lookup.NONE;
            // A pointer to an interface has no methods.
            if (!(typ instanceof TypeParam) && typ.underlying() instanceof Interface) return Lookup.NONE;
        }
        if (t instanceof Named n && n.underlying() instanceof Pointer p0 && !isPtr) {
            // Fields of *struct are reachable through a named pointer type, methods are not.
            Lookup l = lookupFieldOrMethod(p0, addressable, pkg, name);
            if (l.obj instanceof Var) return l;
            return Lookup.NONE;
        }
        List<Embedded> current = new ArrayList<>();
        current.add(new Embedded(typ, List.of(), isPtr, false));
        Set<Named> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!current.isEmpty()) {
            List<Embedded> next = new ArrayList<>();
            Obj found = null;
            List<Integer> foundIndex = null;
            boolean foundIndirect = false;
            int count = 0;
            for (Embedded e : current) {
                Type et = e.typ;
                if (et instanceof Named n) {
                    if (!seen.add(n)) continue;
                    List<Func> ms = n.methods();
                    boolean hit = false;
                    for (int i = 0; i < ms.size(); i++) {
                        if (sameId(ms.get(i), name, pkg)) {
                            count += e.multiples ? 2 : 1;
                            found = ms.get(i);
                            foundIndex = append(e.index, i);
                            foundIndirect = e.indirect;
                            hit = true;
                            break;
                        }
                    }
                    if (hit) continue;
                    et = n.underlying();
                }
                if (et instanceof TypeParam tp) et = tp.iface();
                switch (et) {
                    case Struct s -> {
                        for (int i = 0; i < s.numFields(); i++) {
                            Var f = s.field(i);
                            if (sameId(f, name, pkg)) {
                                count += e.multiples ? 2 : 1;
                                found = f;
                                foundIndex = append(e.index, i);
                                foundIndirect = e.indirect;
                                continue;
                            }
                            if (found == null && f.embedded()) {
                                Type ft = f.type();
                                boolean ptr = false;
                                if (ft instanceof Pointer p) {
                                    ft = p.elem();
                                    ptr = true;
                                }
                                next.add(new Embedded(ft, append(e.index, i), e.indirect || ptr, e.multiples));
                            }
                        }
                    }
                    case Interface it -> {
                        List<Func> ms = it.allMethods();
                        for (int i = 0; i < ms.size(); i++) {
                            if (sameId(ms.get(i), name, pkg)) {
                                count += e.multiples ? 2 : 1;
                                found = ms.get(i);
                                foundIndex = append(e.index, i);
                                foundIndirect = e.indirect;
                            }
                        }
                    }
                    default -> {}
                }
            }
            if (count > 1) return new Lookup(null, foundIndex, false, true, false);
            if (found != null) {
                boolean ptrRecvOnValue = found instanceof Func f && f.hasPtrRecv() && !foundIndirect && !addressable;
                return new Lookup(found, foundIndex, foundIndirect, false, ptrRecvOnValue);
            }
            current = consolidate(next);
        }
        return Lookup.NONE;
    }

    private static List<Embedded> consolidate(List<Embedded> list) {
        List<Embedded> out = new ArrayList<>();
        outer:
        for (Embedded e : list) {
            for (int i = 0; i < out.size(); i++) {
                Embedded o = out.get(i);
                if (identical(o.typ, e.typ)) {
                    out.set(i, new Embedded(o.typ, o.index, o.indirect, true));
                    continue outer;
                }
            }
            out.add(e);
        }
        return out;
    }

    private static List<Integer> append(List<Integer> l, int i) {
        List<Integer> r = new ArrayList<>(l);
        r.add(i);
        return List.copyOf(r);
    }

    // ------------------------------------------------------------------ method sets and interfaces

    /**
     * Why t does not implement iface, or null if it does: {@code missing method M},
     * {@code method M has pointer receiver}, {@code wrong type for method M} (the checker formats the
     * message around it).
     */
    public record Missing(Func method, Func have, boolean ptrRecv, boolean wrongType) {}

    /** Null when t implements iface's methods, else the first missing method (in name order). */
    public static Missing missingMethod(Type t, Interface iface) {
        for (Func m : iface.allMethods()) {
            if (t.underlying() instanceof Interface ti && !(t instanceof TypeParam)) {
                Func have = ti.method(m.name());
                if (have == null) return new Missing(m, null, false, false);
                if (!identical(have.type(), m.type())) return new Missing(m, have, false, true);
                continue;
            }
            Lookup l = lookupFieldOrMethod(t, false, m.pkg(), m.name());
            if (!(l.obj instanceof Func f)) {
                // Same name but different case? (the checker may add a hint)
                return new Missing(m, null, false, false);
            }
            if (!identical(stripRecv(f.signature()), stripRecv(m.signature()))) return new Missing(m, f, false, true);
            if (l.ptrRecvOnValue) return new Missing(m, f, true, false);
        }
        return null;
    }

    private static Signature stripRecv(Signature s) {
        return new Signature(null, List.of(), s.params(), s.results(), s.variadic());
    }

    /** t implements iface (method set only; type sets are checked by {@link #satisfies}). */
    public static boolean implementsIface(Type t, Interface iface) {
        if (t instanceof Basic b && b.kind() == BasicKind.UNTYPED_NIL) return true;
        return missingMethod(t, iface) == null;
    }

    /** t satisfies the constraint iface: implements its methods and is in its type set. */
    public static boolean satisfies(Type t, Interface iface) {
        if (!implementsIface(t, iface)) return false;
        if (iface.isComparable() && !comparable(t)) return false;
        List<Term> terms = iface.terms();
        if (terms == null) return true;
        if (t instanceof TypeParam tp) {
            List<Term> mine = tp.iface().terms();
            if (mine == null) return false;
            for (Term m : mine) if (!inTerms(m.type(), m.tilde(), terms)) return false;
            return true;
        }
        return inTerms(t, false, terms);
    }

    private static boolean inTerms(Type t, boolean tilde, List<Term> terms) {
        for (Term term : terms) {
            if (term.tilde()) {
                if (identical(t.underlying(), term.type().underlying())) return true;
            } else if (!tilde && identical(t, term.type())) return true;
        }
        return false;
    }

    /**
     * The method set of t: for a named type T its value-receiver methods; for *T all of T's methods;
     * for an interface its methods; promoted methods of embedded fields included (for the
     * interpreter's method tables). Each entry: the method and the path of embedded-field indices.
     */
    public record MethodSetEntry(Func method, List<Integer> index, boolean indirect) {}

    public static List<MethodSetEntry> methodSet(Type t) {
        List<MethodSetEntry> out = new ArrayList<>();
        if (t.underlying() instanceof Interface it && !(t instanceof Pointer)) {
            for (int i = 0; i < it.allMethods().size(); i++)
                out.add(new MethodSetEntry(it.allMethods().get(i), List.of(i), false));
            return out;
        }
        // Collect candidate names breadth-first, then resolve each by lookup (handles depth and ambiguity).
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        Map<String, Package> pkgs = new java.util.HashMap<>();
        collectNames(t instanceof Pointer p ? p.elem() : t, names, pkgs, Collections.newSetFromMap(new IdentityHashMap<>()));
        boolean isPtr = t instanceof Pointer;
        for (String n : names) {
            Lookup l = lookupFieldOrMethod(t, false, pkgs.get(n), n);
            if (l.obj instanceof Func f) {
                if (!isPtr && l.ptrRecvOnValue) continue;
                out.add(new MethodSetEntry(f, l.index, l.indirect));
            }
        }
        out.sort((a, b) -> a.method.name().compareTo(b.method.name()));
        return out;
    }

    private static void collectNames(Type t, Set<String> names, Map<String, Package> pkgs, Set<Type> seen) {
        if (!seen.add(t)) return;
        if (t instanceof Named n) for (Func f : n.methods()) {
            names.add(f.name());
            pkgs.putIfAbsent(f.name(), f.pkg());
        }
        Type u = t.underlying();
        if (u instanceof Struct s) {
            for (Var f : s.fields()) if (f.embedded()) {
                Type ft = f.type() instanceof Pointer p ? p.elem() : f.type();
                collectNames(ft, names, pkgs, seen);
            }
        } else if (u instanceof Interface it && t instanceof Named) {
            for (Func f : it.allMethods()) {
                names.add(f.name());
                pkgs.putIfAbsent(f.name(), f.pkg());
            }
        }
    }

    // ------------------------------------------------------------------ substitution

    /** t with every type parameter in m replaced by its mapping (generic types re-instantiated). */
    public static Type subst(Type t, Map<TypeParam, Type> m) {
        if (m.isEmpty() || t == null) return t;
        return new Subst(m).apply(t);
    }

    /** The instance of the generic type origin with the type arguments args (cached per origin). */
    public static Named instantiate(Named origin, List<Type> args) {
        return Instances.of(origin, args);
    }
}
