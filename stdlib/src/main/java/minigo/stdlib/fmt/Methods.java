package minigo.stdlib.fmt;

import java.util.concurrent.ConcurrentHashMap;
import minigo.interp.natives.GoEnv;
import minigo.interp.values.Iface;
import minigo.types.Basic;
import minigo.types.BasicKind;
import minigo.types.Func;
import minigo.types.Interface;
import minigo.types.Named;
import minigo.types.Signature;
import minigo.types.Type;
import minigo.types.Types;

/**
 * Which of fmt's interfaces an operand implements: a method of the right name AND signature in the
 * method set of its dynamic type (a String method returning a named string type is no Stringer, a
 * pointer-receiver String is not in the method set of the value type). The answer depends on the
 * type only and is cached; the bound method value comes from the interpreter.
 */
final class Methods {
    private Methods() {}

    /** A method signature fmt accepts. */
    interface Shape {
        boolean matches(Signature s);
    }

    /** String() string, Error() string, GoString() string. */
    static final Shape STRING_RESULT = s -> !s.variadic() && s.params().size() == 0 && s.results().size() == 1
            && Types.identical(s.results().typeAt(0), Basic.STRING);

    /** Format(f fmt.State, verb rune). */
    static final Shape FORMAT = s -> !s.variadic() && s.params().size() == 2 && s.results().size() == 0
            && isFmtState(s.params().typeAt(0))
            && s.params().typeAt(1) instanceof Basic b && b.kind() == BasicKind.INT32;

    private static boolean isFmtState(Type t) {
        return t instanceof Named n && n.obj().name().equals("State") && n.obj().pkg() != null
                && n.obj().pkg().path().equals("fmt") && n.underlying() instanceof Interface;
    }

    private record Key(Type type, String name) {}

    private static final ConcurrentHashMap<Key, Boolean> HAS = new ConcurrentHashMap<>();

    /** Whether the method set of t has name with the given shape. */
    static boolean has(Type t, String name, Shape shape) {
        return HAS.computeIfAbsent(new Key(t, name), k -> {
            Types.Lookup l = Types.lookupFieldOrMethod(t, false, null, name);
            return l != null && l.obj() instanceof Func f && !l.ambiguous() && !l.ptrRecvOnValue()
                    && shape.matches(f.signature());
        });
    }

    /** The method bound to the operand, or null when its type does not have it with that shape. */
    static Object find(Iface a, String name, Shape shape) {
        if (!has((Type) a.type, name, shape)) {
            return null;
        }
        return GoEnv.current().findMethod(a, name);
    }
}
