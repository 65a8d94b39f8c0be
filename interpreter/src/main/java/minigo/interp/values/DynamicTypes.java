package minigo.interp.values;

import java.util.function.BiPredicate;
import java.util.function.Function;
import minigo.types.Type;
import minigo.types.Types;

/**
 * What the value model needs to know about an interface's dynamic type: identity
 * ({@link Types#identical}), its {@link Layout} (kind, comparability, for == and hashing) and its
 * %T spelling. The interpreter installs its type-to-layout mapping ({@link #install}) so that
 * every part shares one Layout per type.
 */
public final class DynamicTypes {
    private static volatile Function<Type, Layout> layouts = t -> {
        throw new IllegalStateException("no layout mapping installed for dynamic type " + t);
    };
    private static volatile BiPredicate<Type, Type> identical = Types::identical;

    private DynamicTypes() {
    }

    public static void install(Function<Type, Layout> layoutOf, BiPredicate<Type, Type> identicalTypes) {
        layouts = layoutOf;
        identical = identicalTypes;
    }

    public static void install(Function<Type, Layout> layoutOf) {
        install(layoutOf, Types::identical);
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
