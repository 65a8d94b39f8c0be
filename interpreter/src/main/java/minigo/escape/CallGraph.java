package minigo.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import minigo.ast.Ast;
import minigo.escape.Resolver.Fn;

/**
 * Go's VisitFuncsBottomUp: strongly connected components of the reference graph between the
 * package's functions, callees before callers, each list holding a function followed by the
 * function literals it contains (they are analysed together with it).
 */
final class CallGraph {
    private CallGraph() {}

    /** Functions of the package that fn's body (and its literals' bodies) refer to, in source order. */
    static List<Fn> references(Resolver r, Fn fn, boolean intoClosures) {
        Set<Fn> out = new LinkedHashSet<>();
        new AstWalk() {
            @Override
            boolean visit(Ast.Node n) {
                switch (n) {
                    case Ast.Ident id -> {
                        Resolver.Obj o = r.uses.get(id);
                        if (o != null && o.kind == Resolver.Kind.FUNC && o.func != null && r.decls.get(o.func) != null) {
                            out.add(r.decls.get(o.func));
                        }
                    }
                    case Ast.SelectorExpr se -> {
                        Resolver.Selection sel = r.selections.get(se);
                        if (sel != null && sel.method() != null && r.decls.get(sel.method()) != null) {
                            out.add(r.decls.get(sel.method()));
                        }
                    }
                    case Ast.FuncLit fl -> {
                        if (!intoClosures) {
                            return false;
                        }
                    }
                    case Ast.CallExpr c when c.args().size() == 1 && Resolver.unparen(c.args().get(0)) instanceof Ast.CallExpr g
                            && r.typeOf(g) instanceof TypeModel.Tuple t && t.types().size() > 1 -> {
                        // f(g()): Go's typecheck moves t1, ..., tn := g() into the call's init,
                        // which its walk visits before the function
                        walk(g);
                        walk(c.fun());
                        return false;
                    }
                    default -> {}
                }
                return true;
            }
        }.walk(fn.body());
        return new ArrayList<>(out);
    }

    /** Tarjan's algorithm over top-level functions in declaration order, as Go's bottomUpVisitor. */
    static List<List<Fn>> bottomUp(List<Fn> funcs, Function<Fn, List<Fn>> refs) {
        List<List<Fn>> result = new ArrayList<>();
        Map<Fn, Integer> nodeID = new HashMap<>();
        List<Fn> stack = new ArrayList<>();
        int[] visitgen = {0};
        Function<Fn, Integer>[] visit = new Function[1];
        visit[0] = n -> {
            Integer id = nodeID.get(n);
            if (id != null) {
                return id; // already visited, or on the stack
            }
            visitgen[0]++;
            int my = visitgen[0];
            nodeID.put(n, my);
            stack.add(n);
            int min = my;
            for (Fn m : refs.apply(n)) {
                int x = visit[0].apply(m);
                if (x < min) {
                    min = x;
                }
            }
            if (min == my) {
                int i = stack.indexOf(n);
                List<Fn> block = new ArrayList<>(stack.subList(i, stack.size()));
                stack.subList(i, stack.size()).clear();
                for (Fn f : block) {
                    nodeID.put(f, Integer.MAX_VALUE);
                }
                List<Fn> withClosures = new ArrayList<>();
                for (Fn f : block) {
                    withClosures.add(f);
                    addClosures(f, withClosures);
                }
                result.add(withClosures);
                return Integer.MAX_VALUE;
            }
            return min;
        };
        for (Fn f : funcs) {
            if (f.outer == null && f.body() != null) {
                visit[0].apply(f);
            }
        }
        return result;
    }

    private static void addClosures(Fn f, List<Fn> out) {
        for (Fn c : f.closures) {
            out.add(c);
            addClosures(c, out);
        }
    }
}
