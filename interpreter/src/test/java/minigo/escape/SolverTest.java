package minigo.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import org.junit.jupiter.api.Test;

/** The solver on hand-built graphs: derefs arithmetic, outlives rules, parameter leak tags. */
class SolverTest {
    private final List<Location> all = new ArrayList<>();
    private final Location heap = new Location(Location.What.HEAP, null, null, "{heap}", Ast.Pos.NONE, null, 0, false,
            null);
    private final Resolver.Fn fn = new Resolver.Fn(null, null, null);

    SolverTest() {
        heap.escapes = true;
    }

    private Location var(String name, int loopDepth) {
        Resolver.Obj o = new Resolver.Obj(Resolver.Kind.VAR, name, null, Ast.Pos.NONE);
        o.cls = Resolver.VarClass.AUTO;
        Location l = new Location(Location.What.VAR, o, null, name, Ast.Pos.NONE, fn, loopDepth, false, null);
        all.add(l);
        return l;
    }

    private Location param(String name) {
        Location l = var(name, 1);
        l.var.cls = Resolver.VarClass.PARAM;
        l.isParam = true;
        return l;
    }

    private Location result(String name, int index) {
        Location l = var(name, 1);
        l.var.cls = Resolver.VarClass.RESULT;
        l.resultIndex = index;
        return l;
    }

    private static void edge(Location dst, Location src, int derefs) {
        dst.edges.add(new Location.Edge(src, derefs, null));
    }

    private void solve() {
        new Solver(heap, all, null).walkAll();
    }

    @Test
    void addressStoredInHeapEscapes() {
        Location x = var("x", 1);
        Location p = var("p", 1);
        edge(p, x, -1); // p = &x
        edge(heap, p, 0); // global = p
        solve();
        assertTrue(x.escapes);
        assertFalse(p.escapes, "p's value flows to the heap, not its address");
    }

    @Test
    void dereferenceStopsTheAddress() {
        Location x = var("x", 1);
        Location p = var("p", 1);
        Location q = var("q", 1);
        edge(p, x, -1); // p = &x
        edge(q, p, 1); // q = *p   (the value of x)
        edge(heap, q, 0);
        solve();
        assertFalse(x.escapes);
    }

    @Test
    void innerLoopAddressInOuterVariableEscapes() {
        Location outer = var("l", 1);
        Location inner = var("v", 2);
        edge(outer, inner, -1); // for { l = &v }
        solve();
        assertTrue(inner.escapes);
    }

    @Test
    void sameLoopDepthStaysOnStack() {
        Location a = var("a", 2);
        Location b = var("b", 2);
        edge(a, b, -1);
        solve();
        assertFalse(b.escapes);
    }

    @Test
    void returnedAddressEscapesAndParameterLeaksToResult() {
        Location x = var("x", 1);
        Location r0 = result("~r0", 1);
        edge(r0, x, -1); // return &x
        Location pp = param("pp");
        edge(r0, pp, 1); // return *pp
        solve();
        assertTrue(x.escapes);
        assertEquals(1, pp.paramEsc.result(0));
        assertEquals(-1, pp.paramEsc.heap());
    }

    @Test
    void parameterContentToHeap() {
        Location ps = param("ps");
        Location tmp = var("t", 1);
        edge(tmp, ps, 1);
        edge(heap, tmp, 0);
        solve();
        assertEquals(1, ps.paramEsc.heap());
    }
}
