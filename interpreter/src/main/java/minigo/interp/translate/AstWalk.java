package minigo.interp.translate;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import minigo.ast.Ast;

/** A generic pre-order walk over the AST records (their Node and List-of-Node components). */
final class AstWalk {
    private AstWalk() {}

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    /**
     * Whether n or a node below it satisfies p, function literals aside (their bodies belong to
     * other functions): a goto or a defer of this function, a call in this expression.
     */
    static boolean anyOutsideFuncLits(Object n, Predicate<Ast.Node> p) {
        boolean[] found = {false};
        walk(n, node -> {
            if (found[0] || node instanceof Ast.FuncLit) return false;
            if (p.test(node)) found[0] = true;
            return !found[0];
        });
        return found[0];
    }

    /** Visits n and its descendants; the visitor returns false to skip a node's children. */
    static void walk(Object n, Predicate<Ast.Node> visit) {
        if (n == null) return;
        if (n instanceof List<?> l) {
            for (Object o : l) walk(o, visit);
            return;
        }
        if (!(n instanceof Ast.Node node)) return;
        if (!visit.test(node)) return;
        RecordComponent[] rcs = COMPONENTS.computeIfAbsent(n.getClass(), Class::getRecordComponents);
        for (RecordComponent rc : rcs) {
            Class<?> t = rc.getType();
            if (Ast.Node.class.isAssignableFrom(t) || List.class.isAssignableFrom(t)) {
                try {
                    walk(rc.getAccessor().invoke(n), visit);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
