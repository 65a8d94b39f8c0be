package minigo.stdlib.reflect;

import minigo.interp.natives.GoEnv;
import minigo.interp.values.DynamicTypes;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoSlice;
import minigo.interp.values.Iface;
import minigo.interp.values.Layout;
import minigo.interp.values.ValueKind;
import minigo.types.Signature;
import minigo.types.Slice;
import minigo.types.Tuple;
import minigo.types.Type;
import minigo.types.TypeString;

/**
 * Calling through reflection: Value.Call and CallSlice once call.go has checked the arguments, and
 * the func values that Value.Method and Method.Func hand out. A call goes through
 * {@link GoEnv#callFunc}, as fmt's calls of String methods do, so a panic in the callee unwinds
 * through the native to the caller's deferred functions unchanged.
 */
final class Calls {
    private Calls() {}

    private static final Layout ANY = Layout.of(ValueKind.INTERFACE);

    /**
     * Calls the func at fnRef (not nil) with the values at the references in argRefs. With pack,
     * the function is variadic and the arguments from its last parameter on become one new slice,
     * as a call f(a, b, c) makes; otherwise there is one argument per parameter. Returns references
     * to new locations holding the results.
     */
    static GoSlice call(Object fnRef, GoSlice argRefs, boolean pack) {
        Signature sig = (Signature) Refs.type(fnRef).underlying();
        Tuple params = sig.params();
        int n = params.size();
        int fixed = pack ? n - 1 : n;
        Object[] args = new Object[n];
        for (int i = 0; i < fixed; i++) {
            args[i] = argument(params.typeAt(i), argRefs.array.load(argRefs.off + i));
        }
        if (pack) {
            args[n - 1] = pack(params.typeAt(n - 1), argRefs, fixed);
        }
        Object fn = Locations.read(Refs.type(fnRef), Refs.location(fnRef));
        return results(sig.results(), GoEnv.current().callFunc(fn, args));
    }

    /** The value at ref passed as a parameter of type t: converted to an interface if t is one, and copied. */
    private static Object argument(Type t, Object ref) {
        return DynamicTypes.layout(t).copyValue(Locations.convertedFor(t, ref));
    }

    /** A new slice of type sliceType holding the arguments from index from on (never nil, as Go's). */
    private static GoSlice pack(Type sliceType, GoSlice argRefs, int from) {
        Type elem = ((Slice) sliceType.underlying()).elem();
        int m = GoSlice.len(argRefs) - from;
        GoSlice s = Makes.slice(sliceType, m, m);
        for (int j = 0; j < m; j++) {
            s.array.store(s.off + j, Locations.convertedFor(elem, argRefs.array.load(argRefs.off + from + j)));
        }
        return s;
    }

    /** The call's results (none, one value, or an Object[]) as references to new locations. */
    private static GoSlice results(Tuple types, Object r) {
        int n = types.size();
        Object[] refs = new Object[n];
        for (int i = 0; i < n; i++) {
            Object v = n == 1 ? r : ((Object[]) r)[i];
            Type t = types.typeAt(i);
            refs[i] = Refs.at(t, Locations.fresh(t, v));
        }
        return GoSlice.of(GoArray.ofRefs(ANY, refs));
    }

    /**
     * Value.Method(i): a func calling the i'th method of the value at ref. As in Go, the receiver
     * is read when the func is called, not now: a method of an addressable value sees the
     * variable's current contents. It is copied (what an interface holds, for an interface, which
     * call.go has found not nil), as passing a receiver copies it.
     */
    static Iface method(Object ref, int i) {
        Type t = Refs.type(ref);
        TypeInfo.Method m = TypeInfo.methods(t).get(i);
        String name = TypeString.of(t) + "." + m.name() + "-fm";
        Object f = GoEnv.current().nativeFunc(name, args -> {
            GoEnv env = GoEnv.current();
            return env.callFunc(env.findMethod(receiver(t, ref), m.name()), args);
        });
        return Refs.at(m.bound(), Locations.fresh(m.bound(), f));
    }

    /** The receiver at ref as an interface value of its own (null for a nil interface). */
    private static Object receiver(Type t, Object ref) {
        if (Kind.of(t) != Kind.INTERFACE) {
            return Locations.asInterface(ref);
        }
        Iface x = (Iface) Locations.read(t, Refs.location(ref));
        return x == null ? null : new Iface(x.type, DynamicTypes.layout((Type) x.type).copyValue(x.value));
    }

    /** Method(i).Func of a type that is not an interface: the method expression T.M, or null for an interface. */
    static Iface methodFunc(Object key, int i) {
        Type t = Refs.type(key);
        if (Kind.of(t) == Kind.INTERFACE) {
            return null;
        }
        TypeInfo.Method m = TypeInfo.methods(t).get(i);
        Object f = GoEnv.current().methodExpr(DynamicTypes.canonical(t), m.name());
        return Refs.at(m.type(), Locations.fresh(m.type(), f));
    }
}
