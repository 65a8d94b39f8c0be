package minigo.interp.values;

import java.util.function.Function;

/**
 * What the value model needs to know about an interface's dynamic type: identity, its layout (kind,
 * comparability) and its %T spelling. The interpreter installs a {@link Function} from checker
 * types to layouts ({@link #install}); until then (unit tests) a type may itself be a Layout.
 */
public final class DynamicTypes {
    private static volatile Function<Object, Layout> layouts = t -> (Layout) t;
    private static volatile java.util.function.BiPredicate<Object, Object> identical = (a, b) -> a == b;

    private DynamicTypes() {
    }

    public static void install(Function<Object, Layout> layoutOf, java.util.function.BiPredicate<Object, Object> identicalTypes) {
        layouts = layoutOf;
        identical = identicalTypes;
    }

    public static boolean identical(Object a, Object b) {
        return a == b || identical.test(a, b);
    }

    public static Layout layout(Object type) {
        return layouts.apply(type);
    }

    public static String typeString(Object type) {
        return String.valueOf(type);
    }
}
