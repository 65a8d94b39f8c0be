package minigo.interp.values;

import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import minigo.types.Type;
import minigo.types.Types;

/**
 * What the value model needs to know about an interface's dynamic type: identity
 * ({@link Types#identical}), its {@link Layout} (kind, comparability, for == and hashing), its
 * canonical representative and its %T spelling. The interpreter installs its type-to-layout mapping
 * and its canonical types ({@link #install}) so that every part shares one Layout per type, and so
 * that code outside the interpreter (natives) can make interface values whose dynamic types
 * compare with ==, as the interpreter's type assertions and method caches expect.
 */
public final class DynamicTypes {
    private static volatile Function<Type, Layout> layouts = t -> {
        throw new IllegalStateException("no layout mapping installed for dynamic type " + t);
    };
    private static volatile BiPredicate<Type, Type> identical = Types::identical;
    private static volatile UnaryOperator<Type> canonical = UnaryOperator.identity();

    private DynamicTypes() {
    }

    public static void install(Function<Type, Layout> layoutOf, BiPredicate<Type, Type> identicalTypes,
            UnaryOperator<Type> canonicalTypes) {
        layouts = layoutOf;
        identical = identicalTypes;
        canonical = canonicalTypes;
    }

    public static void install(Function<Type, Layout> layoutOf) {
        install(layoutOf, Types::identical, UnaryOperator.identity());
    }

    /**
     * The one object that stands for t and every type identical to it: the type an interface value
     * made outside the interpreter must carry.
     */
    public static Type canonical(Type t) {
        return canonical.apply(t);
    }

    public static boolean identical(Type a, Type b) {
        return a == b || identical.test(a, b);
    }

    public static Layout layout(Type type) {
        return layouts.apply(type);
    }

    /** The type as %T and Go's runtime messages print it ({@code []int}, {@code main.T}). */
    public static String typeString(Type type) {
        return String.valueOf(type);
    }
}
