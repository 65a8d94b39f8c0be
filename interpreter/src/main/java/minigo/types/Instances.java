package minigo.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instances of generic named types, one Named per (origin, identical type arguments) so that
 * instances compare fast; their underlying type and methods are expanded lazily, because the origin's
 * methods may be declared after the instance is first used.
 */
final class Instances {
    private Instances() {}

    private static final Map<Named, List<Named>> CACHE = new IdentityHashMap<>();

    static synchronized Named of(Named origin, List<Type> args) {
        List<Named> list = CACHE.computeIfAbsent(origin, k -> new ArrayList<>());
        outer:
        for (Named n : list) {
            for (int i = 0; i < args.size(); i++) if (!Types.identical(n.typeArgs().get(i), args.get(i))) continue outer;
            return n;
        }
        Named n = new Named(origin, args);
        list.add(n);
        return n;
    }

    static Map<TypeParam, Type> substMap(Named inst) {
        Map<TypeParam, Type> m = new IdentityHashMap<>();
        List<TypeParam> tps = inst.origin().typeParams();
        for (int i = 0; i < tps.size() && i < inst.typeArgs().size(); i++) m.put(tps.get(i), inst.typeArgs().get(i));
        return m;
    }

    /** Expands inst's underlying type from its origin's (null while the origin is unresolved). */
    static Type expandUnderlying(Named inst) {
        Type ou = inst.origin().rawUnderlying();
        if (ou == null) return null;
        return Types.subst(ou, substMap(inst));
    }

    /** The instantiated copy of the origin's method m for inst. */
    static Func expandMethod(Named inst, Func m) {
        Signature s = m.signature();
        Map<TypeParam, Type> map = new IdentityHashMap<>();
        List<TypeParam> rtps = s.recvTypeParams().isEmpty() ? inst.origin().typeParams() : s.recvTypeParams();
        for (int i = 0; i < rtps.size() && i < inst.typeArgs().size(); i++) map.put(rtps.get(i), inst.typeArgs().get(i));
        Signature ns = (Signature) Types.subst(new Signature(null, List.of(), s.params(), s.results(), s.variadic()), map);
        Var recv = s.recv();
        Type rt = recv == null ? inst : (recv.type() instanceof Pointer ? new Pointer(inst) : inst);
        Var nrecv = Var.param(recv == null ? "" : recv.name(), recv == null ? m.pos() : recv.pos(), rt, m.pkg());
        Signature full = new Signature(nrecv, List.of(), ns.params(), ns.results(), ns.variadic());
        Func f = new Func(m.name(), m.pos(), full, m.pkg(), m.decl());
        f.setOrigin(m);
        f.setPtrRecv(m.hasPtrRecv());
        return f;
    }
}
