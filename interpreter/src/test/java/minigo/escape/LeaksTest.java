package minigo.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Leak tags keep the fewest derefs per sink, drop results dominated by the heap, and round-trip. */
class LeaksTest {
    @Test
    void keepsFewestDerefs() {
        Leaks l = new Leaks();
        l.addHeap(2);
        l.addHeap(1);
        l.addHeap(3);
        assertEquals(1, l.heap());
    }

    @Test
    void heapDominatesLongerResultPaths() {
        Leaks l = new Leaks();
        l.addHeap(1);
        l.addResult(0, 1);
        l.addResult(1, 0);
        l.optimize();
        assertEquals(-1, l.result(0));
        assertEquals(0, l.result(1));
    }

    @Test
    void encodingRoundTrips() {
        Leaks l = new Leaks();
        l.addResult(2, 1);
        String tag = l.encode();
        assertTrue(tag.startsWith("esc:"));
        assertEquals(l, Leaks.decode(tag));
        assertEquals("", Leaks.heap(0).encode(), "leaking to the heap directly is the empty (default) tag");
        assertEquals(0, Leaks.decode("").heap(), "an unknown function's parameter leaks");
    }
}
