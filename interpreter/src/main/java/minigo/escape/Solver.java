package minigo.escape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Solves one batch's escape graph, as Go's walkAll/walkOne do: from every root location in turn,
 * a shortest-path walk (in derefs, floored at 0 once an address has been taken) over incoming
 * edges finds every location whose value or address reaches the root. A location whose address
 * reaches a root that outlives it escapes, and becomes a root itself (re-queued); a parameter whose
 * value reaches the heap or a result records a leak for its tag.
 */
final class Solver {
    private final Location heapLoc;
    private final List<Location> allLocs;
    private final Explainer explain;

    /** Receives the -m=2 explanations; null when nobody asked for them. */
    interface Explainer {
        void leak(Location param, Location root, int derefs, List<String> path);

        void escapes(Location l, List<String> path);

        String posOf(Location l);
    }

    Solver(Location heapLoc, List<Location> allLocs, Explainer explain) {
        this.heapLoc = heapLoc;
        this.allLocs = allLocs;
        this.explain = explain;
    }

    void walkAll() {
        List<Location> stack = new ArrayList<>(allLocs.size() + 1);
        for (Location loc : allLocs) {
            enqueue(stack, loc);
        }
        enqueue(stack, heapLoc);
        int walkgen = 0;
        while (!stack.isEmpty()) {
            Location root = stack.remove(stack.size() - 1);
            root.queued = false;
            walkgen++;
            walkOne(root, walkgen, stack);
        }
    }

    private static void enqueue(List<Location> stack, Location loc) {
        if (!loc.queued) {
            stack.add(loc);
            loc.queued = true;
        }
    }

    private void walkOne(Location root, int walkgen, List<Location> queue) {
        root.walkgen = walkgen;
        root.derefs = 0;
        root.dst = null;
        List<Location> todo = new ArrayList<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Location l = todo.remove(todo.size() - 1);
            int derefs = l.derefs;
            boolean addressOf = derefs < 0;
            if (addressOf) {
                // "root = &l; l = x": l's address flows to root, x's does not.
                derefs = 0;
                if (!root.isTransient && l.isTransient) {
                    l.isTransient = false;
                    enqueue(queue, l);
                }
            }
            if (outlives(root, l)) {
                if (l.isParamVar()) {
                    if (explain != null && !l.escapes) {
                        explain.leak(l, root, derefs, path(root, l));
                    }
                    l.leakTo(root, derefs);
                }
                if (addressOf && !l.escapes) {
                    if (explain != null) {
                        explain.escapes(l, path(root, l));
                    }
                    l.escapes = true;
                    enqueue(queue, l);
                    continue;
                }
            }
            for (int i = 0; i < l.edges.size(); i++) {
                Location.Edge edge = l.edges.get(i);
                if (edge.src().escapes) {
                    continue;
                }
                int d = derefs + edge.derefs();
                Location src = edge.src();
                if (src.walkgen != walkgen || src.derefs > d) {
                    src.walkgen = walkgen;
                    src.derefs = d;
                    src.dst = l;
                    src.dstEdgeIdx = i;
                    todo.add(src);
                }
            }
        }
    }

    /** Does l outlive other, so that other's address stored in l must be on the heap? */
    static boolean outlives(Location l, Location other) {
        if (l.escapes) {
            return true;
        }
        if (l.isResult()) {
            // A directly called closure may return what its caller allocated.
            if (containsClosure(other.curfn, l.curfn) && l.curfn.closureCalled) {
                return false;
            }
            return true;
        }
        if (l.curfn == other.curfn && l.loopDepth < other.loopDepth) {
            return true;
        }
        return containsClosure(l.curfn, other.curfn);
    }

    /** Is c a closure nested (at any depth) inside f? */
    static boolean containsClosure(Resolver.Fn f, Resolver.Fn c) {
        if (f == c || c == null) {
            return false;
        }
        for (Resolver.Fn x = c.outer; x != null; x = x.outer) {
            if (x == f) {
                return true;
            }
        }
        return false;
    }

    /** The -m=2 flow explanation from src up to root, as Go's explainPath prints it. */
    private List<String> path(Location root, Location src) {
        List<String> out = new ArrayList<>();
        String pos = explain.posOf(src);
        Set<Location> visited = new HashSet<>();
        while (true) {
            if (!visited.add(src)) {
                out.add(pos + ":   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
                break;
            }
            Location dst = src.dst;
            if (dst == null) {
                break;
            }
            Location.Edge edge = dst.edges.get(src.dstEdgeIdx);
            explainFlow(out, pos, dst, src, edge.derefs(), edge.notes());
            if (dst == root) {
                break;
            }
            src = dst;
        }
        return out;
    }

    static void explainFlow(List<String> out, String pos, Location dst, Location src, int derefs, Location.Note notes) {
        String ops = derefs < 0 ? "&" : "*".repeat(derefs);
        out.add(pos + ":   flow: " + dst + " = " + ops + src + ":");
        List<Location.Note> ns = new ArrayList<>();
        for (Location.Note n = notes; n != null; n = n.next()) {
            ns.add(n);
        }
        for (Location.Note n : ns) {
            out.add(pos + ":     from " + n.where() + " (" + n.why() + ") at " + n.pos());
        }
    }
}
