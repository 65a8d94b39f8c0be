package minigo.stdlib.reflect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import minigo.interp.values.BoundsError;
import minigo.interp.values.GoPanic;
import minigo.types.Basic;
import minigo.types.Func;
import minigo.types.Interface;
import minigo.types.Named;
import minigo.types.Obj;
import minigo.types.Signature;
import minigo.types.Struct;
import minigo.types.Tuple;
import minigo.types.Type;
import minigo.types.TypeString;
import minigo.types.Types;
import minigo.types.Var;

/** What reflect.Type tells about a type, read from the checker's types. */
final class TypeInfo {
    private TypeInfo() {}

    /** Type.Name: a defined or predeclared type's name (with type arguments), "" for others. */
    static String name(Type t) {
        if (t instanceof Named n) {
            String s = TypeString.of(n);
            Obj o = n.obj();
            // The runtime's spelling qualifies the name with its package; Name leaves that out.
            return o.pkg() == null ? s : s.substring(o.pkg().name().length() + 1);
        }
        if (t instanceof Basic) {
            return TypeString.of(t);
        }
        return "";
    }

    /** Type.PkgPath: the import path of a defined type's package, "" for predeclared and unnamed types. */
    static String pkgPath(Type t) {
        return t instanceof Named n && n.obj().pkg() != null ? n.obj().pkg().path() : "";
    }

    /** One field of a struct type, as StructField has it. */
    record Field(String name, String pkgPath, Type type, String tag, long offset, boolean embedded) {}

    static Field field(Type t, int i) {
        Struct s = (Struct) t.underlying();
        Var f = s.field(i);
        String pkg = f.exported() || f.pkg() == null ? "" : f.pkg().path();
        return new Field(f.name(), pkg, f.type(), s.tag(i),
                minigo.types.Sizes.AMD64.offsetof(s, i), f.embedded());
    }

    /** The index path of the field a selector t.name picks, or null when there is none or it is ambiguous. */
    static List<Integer> fieldIndex(Type t, String name) {
        Types.Lookup l = Types.lookupFieldOrMethod(t, false, null, name);
        return l.obj() instanceof Var && !l.ambiguous() ? l.index() : null;
    }

    /**
     * One entry of Type.Method: its name, its package for an unexported name, its func type (with
     * the receiver first, but for an interface) and the type of the method bound to a receiver.
     */
    record Method(String name, String pkgPath, Type type, Signature bound) {}

    private static final ConcurrentHashMap<Type, List<Method>> METHODS = new ConcurrentHashMap<>();

    /**
     * The methods Type.Method numbers. For an interface type all of its methods, exported ones
     * first (the order of Go's runtime), with their signatures. For another type the exported
     * methods of its method set by name, each func type taking the receiver first.
     */
    static List<Method> methods(Type t) {
        return METHODS.computeIfAbsent(t, TypeInfo::computeMethods);
    }

    private static List<Method> computeMethods(Type t) {
        List<Method> out = new ArrayList<>();
        if (t.underlying() instanceof Interface it) {
            for (Func m : it.allMethods()) {
                String pkg = m.exported() || m.pkg() == null ? "" : m.pkg().path();
                Signature sig = withoutReceiver(m.signature());
                out.add(new Method(m.name(), pkg, sig, sig));
            }
            out.sort(Comparator.comparing((Method m) -> !m.pkgPath().isEmpty()).thenComparing(Method::name));
            return List.copyOf(out);
        }
        for (Types.MethodSetEntry e : Types.methodSet(t)) {
            Func m = e.method();
            if (m.exported()) {
                out.add(new Method(m.name(), "", withReceiver(t, m.signature()), withoutReceiver(m.signature())));
            }
        }
        out.sort(Comparator.comparing(Method::name));
        return List.copyOf(out);
    }

    private static Signature withoutReceiver(Signature s) {
        return new Signature(s.params(), s.results(), s.variadic());
    }

    private static Signature withReceiver(Type recv, Signature s) {
        List<Var> params = new ArrayList<>();
        params.add(Var.param("", null, recv, null));
        params.addAll(s.params().vars());
        return new Signature(new Tuple(params), s.results(), s.variadic());
    }

    /** Type.In(i) and Type.Out(i): a parameter's or result's type, with the runtime's bounds panic. */
    static Type tupleAt(Tuple t, long i) {
        if (i < 0 || i >= t.size()) {
            throw GoPanic.of(BoundsError.index(i, t.size()));
        }
        return t.typeAt((int) i);
    }
}
