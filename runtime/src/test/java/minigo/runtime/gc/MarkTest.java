package minigo.runtime.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reachability from precise roots, and the hybrid barrier against a scripted mutator. */
class MarkTest {

    @Test
    void freesExactlyWhatNoRootReaches() {
        World w = new World(Map.of());
        Obj a = w.alloc("a", 2, 32);
        Obj b = w.alloc("b", 2, 32);
        Obj c = w.alloc("c", 1, 32);
        Obj d = w.alloc("d", 1, 32); // d <-> e: a cycle nobody reaches
        Obj e = w.alloc("e", 1, 32);
        Obj f = w.alloc("f", 0, 48); // noscan, reached only through a stack object without an address
        Obj big = w.alloc("big", 1, 100_000); // a large object reached from a global
        a.set(0, b);
        b.set(1, c);
        d.set(0, e);
        e.set(0, d);
        w.globals.add(a);
        w.globals.add(big);
        big.set(0, new Object[] {null}); // an addressless value inside a heap object
        w.g.slots.add(new Object[] {f}); // a stack box (addr 0) pointing into the heap
        w.gc.gc();
        assertFalse(a.freed() || b.freed() || c.freed() || f.freed() || big.freed());
        assertTrue(d.freed() && e.freed(), "the unreachable cycle is freed");
        assertEquals(1, w.gc.numGC());
        var m = w.heap.readMemStats();
        assertEquals(1, m.numForcedGC);
        assertEquals(5, m.heapObjects, "a b c f big");
        w.globals.remove(big);
        w.gc.gc();
        assertTrue(big.freed());
        assertEquals(2, w.heap.readMemStats().numGC);
    }

    /** The script: a black stack loads b out of a, then a's pointer to b is deleted during the mark. */
    private static Obj[] hideBehindBlackStack(World w) {
        Obj a = w.alloc("a", 1, 16);
        Obj b = w.alloc("b", 1, 16);
        Obj c = w.alloc("c", 0, 64);
        a.set(0, b);
        b.set(0, c);
        w.g.slots.add(a);
        w.gc.startMark(); // the goroutine's stack is scanned now: a is grey, the stack black
        assertSame(GcPhase.MARK, w.gc.phase());
        assertTrue(w.gc.writeBarrier);
        Obj loaded = (Obj) a.get(0); // b now lives in a frame slot: no barrier on stack writes
        w.g.slots.add(loaded);
        w.store(a, 0, null); // the only heap pointer to b is deleted
        w.gc.finishMark();
        return new Obj[] {a, b, c};
    }

    @Test
    void hybridBarrierKeepsWhatABlackStackLoaded() {
        World w = new World(Map.of("GODEBUG", "gccheckmark=1"));
        Obj[] abc = hideBehindBlackStack(w);
        assertSame(GcPhase.OFF, w.gc.phase());
        w.heap.sweeper().sweepAll();
        for (Obj o : abc) {
            assertFalse(o.freed(), o + " must survive");
        }
        w.gc.gc();
        assertFalse(abc[1].freed(), "still in a frame slot");
        w.g.slots.clear();
        w.gc.gc();
        assertTrue(abc[0].freed() && abc[1].freed() && abc[2].freed());
    }

    @Test
    void withoutTheBarrierCheckmarkCatchesTheLostObject() {
        World w = new World(Map.of("GODEBUG", "gccheckmark=1"));
        w.gc.debugDisableWriteBarrier(true);
        GcFatalError e = assertThrows(GcFatalError.class, () -> hideBehindBlackStack(w));
        assertTrue(e.getMessage().startsWith("runtime: checkmarks found unexpected unmarked object obj=0xc0000"), e.getMessage());
        assertTrue(e.getMessage().endsWith("fatal error: checkmark found unmarked object"), e.getMessage());
    }

    @Test
    void withoutTheBarrierOrCheckmarkTheLostObjectIsFreedAndPoisoned() {
        World w = new World(Map.of("GODEBUG", "clobberfree=1"));
        w.gc.debugDisableWriteBarrier(true);
        Obj[] abc = hideBehindBlackStack(w);
        w.heap.sweeper().sweepAll();
        Obj b = (Obj) w.g.slots.get(1);
        assertTrue(b.freed(), "the collector lost b: this is what the barrier prevents");
        GcFatalError e = assertThrows(GcFatalError.class, () -> b.get(0));
        assertEquals(String.format("runtime: object 0x%x (*b) used after GC cycle 1 freed it%nfatal error: found pointer to free object", b.addr),
                e.getMessage());
        assertFalse(abc[0].freed());
    }

    @Test
    void newObjectsAreAllocatedBlackAndShadedWhenStored() {
        World w = new World(Map.of("GODEBUG", "gccheckmark=1"));
        Obj root = w.alloc("root", 1, 16);
        w.globals.add(root);
        w.gc.startMark();
        Obj n = w.alloc("new", 1, 16); // black: survives though nothing points to it yet
        Obj m = w.alloc("m", 0, 16);
        w.store(n, 0, m);
        w.store(root, 0, n);
        w.gc.finishMark();
        w.heap.sweeper().sweepAll();
        assertFalse(n.freed() || m.freed());
        Obj lost = w.alloc("lost", 0, 16);
        w.gc.gc();
        assertTrue(lost.freed());
        assertFalse(n.freed() || m.freed());
    }

    @Test
    void stopTheWorldModeMarksEverythingAtOnce() {
        World w = new World(Map.of("GODEBUG", "gcstoptheworld=2,gccheckmark=1"));
        Obj a = w.alloc("a", 1, 16);
        Obj garbage = w.alloc("g", 1, 16);
        w.globals.add(a);
        w.gc.startMark();
        assertSame(GcPhase.OFF, w.gc.phase(), "the whole cycle ran with the world stopped");
        assertTrue(garbage.freed(), "gcstoptheworld=2 sweeps with the world stopped too");
        assertFalse(a.freed());
    }

    @Test
    void finalizerResurrectsForOneCycleThenTheObjectIsFreed() {
        World w = new World(Map.of());
        Obj o = w.alloc("o", 1, 32);
        Obj child = w.alloc("child", 0, 16);
        o.set(0, child);
        Object fn = "finalizer func";
        assertEquals(null, w.gc.setFinalizer(o, fn));
        assertEquals("fatal error: runtime.SetFinalizer: finalizer already set", w.gc.setFinalizer(o, fn));
        w.gc.gc();
        assertFalse(o.freed() || child.freed(), "unreachable with a finalizer: resurrected");
        Finalizers.Pending p = w.gc.finalizers().poll();
        assertSame(o, p.obj());
        assertSame(fn, p.fn());
        assertEquals(null, w.gc.finalizers().poll());
        w.gc.gc();
        assertTrue(o.freed() && child.freed(), "the finalizer ran: the next cycle frees it");
    }

    @Test
    void finalizerQueueIsARoot() {
        World w = new World(Map.of());
        Obj o = w.alloc("o", 0, 32);
        w.gc.setFinalizer(o, "fn");
        w.gc.gc();
        w.gc.gc(); // not yet taken by the finalizer goroutine: still alive
        assertFalse(o.freed());
        assertEquals(1, w.gc.finalizers().queued());
    }

    @Test
    void poolCleanupRunsAtEachCycleStart() {
        World w = new World(Map.of());
        int[] n = {0};
        w.gc.addPoolCleanup(() -> n[0]++);
        w.gc.gc();
        w.gc.gc();
        assertEquals(2, n[0]);
    }
}
