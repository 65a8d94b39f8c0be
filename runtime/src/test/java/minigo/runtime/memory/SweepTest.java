package minigo.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sweeping on synthetic marks: frees, counts, slot reuse in address order, span release. */
class SweepTest {

    record Freed(Object obj, long addr) {}

    static final int N = 10;

    /** Allocates N 48-byte pointerful objects named o0..o9; returns their addresses. */
    static long[] fill(MHeap h, MCache c) {
        long[] a = new long[N];
        for (int i = 0; i < N; i++) {
            a[i] = Malloc.mallocgc(c, 48, false, "o" + i);
        }
        return a;
    }

    @Test
    void markTwoSweepFreesTheRestAndReusesTheirSlotsInAddressOrder() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        List<Freed> freed = new ArrayList<>();
        h.setFreeListener((obj, addr) -> freed.add(new Freed(obj, addr)));
        long[] a = fill(h, c);
        MSpan s = h.spanOf(a[0]);
        for (int i = 0; i < N; i++) {
            assertEquals(s.base() + 48L * i, a[i], "consecutive slots");
        }

        assertTrue(h.markAddr(a[1]));
        assertTrue(h.markAddr(a[3] + 40)); // an interior pointer marks its object
        assertFalse(h.markAddr(a[3]), "already marked");
        MemStats before = h.readMemStats();
        h.sweeper().startCycle();
        h.sweeper().sweepAll();
        MemStats after = h.readMemStats();

        assertEquals(N - 2, after.frees - before.frees);
        assertEquals(-(N - 2), after.heapObjects - before.heapObjects);
        assertEquals(-(N - 2) * 48L, after.heapAlloc - before.heapAlloc);
        assertEquals(N - 2, after.bySizeFrees[5] - before.bySizeFrees[5]); // class 5 is 48 bytes
        assertEquals(N - 2, freed.size());
        for (Freed f : freed) {
            int i = Integer.parseInt(((String) f.obj()).substring(1));
            assertEquals(a[i], f.addr());
            assertTrue(i != 1 && i != 3);
        }
        assertNull(h.findObject(a[0]), "a freed slot holds no object");
        HeapRef r = h.findObject(a[3] + 17);
        assertNotNull(r);
        assertEquals(3, r.index());
        assertEquals(a[3], r.base());
        assertEquals("o3", r.object());

        // The freed slots come back first, lowest address first, then the untouched ones.
        List<Long> again = new ArrayList<>();
        for (int i = 0; i < N - 1; i++) {
            again.add(Malloc.mallocgc(c, 48, false, "n" + i));
        }
        assertEquals(List.of(a[0], a[2], a[4], a[5], a[6], a[7], a[8], a[9], s.base() + 48L * N), again);
    }

    @Test
    void anEmptySpanGoesBackToTheHeapAndItsPagesAreReused() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        long[] a = fill(h, c);
        MSpan s = h.spanOf(a[0]);
        long inuse = h.readMemStats().heapInuse;
        assertEquals(MHeap.PAGE_SIZE, inuse);
        h.sweeper().startCycle(); // nothing marked
        h.sweeper().sweepAll();
        MemStats m = h.readMemStats();
        assertEquals(0, m.heapInuse);
        assertEquals(0, m.heapObjects);
        assertEquals(SpanState.DEAD, s.state());
        assertNull(h.spanOf(a[0]));
        // The same page serves the next span, of another class.
        long b = Malloc.mallocgc(c, 1000, false, "b");
        assertEquals(a[0], b);
        assertEquals(SizeClasses.sizeToClass(1000), h.spanOf(b).sizeclass());
    }

    @Test
    void aLargeObjectIsFreedWithItsSpan() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        long big = Malloc.mallocgc(c, 100_000, true, "big");
        long kept = Malloc.mallocgc(c, 50_000, false, "kept");
        assertEquals(0, big % MHeap.PAGE_SIZE, "large objects start on a page");
        assertEquals(big + 13L * MHeap.PAGE_SIZE, kept, "100000 bytes take 13 pages; the next span follows");
        HeapRef r = h.findObject(big + 99_999);
        assertEquals("big", r.object());
        assertEquals(0, r.index());
        h.markAddr(kept + 10);
        MemStats before = h.readMemStats();
        h.sweeper().startCycle();
        h.sweeper().sweepAll();
        MemStats after = h.readMemStats();
        assertEquals(1, after.frees - before.frees);
        assertEquals(-13L * MHeap.PAGE_SIZE, after.heapInuse - before.heapInuse);
        assertEquals(-13L * MHeap.PAGE_SIZE, after.heapAlloc - before.heapAlloc);
        assertNull(h.findObject(big));
        assertEquals("kept", h.findObject(kept).object());
        // The freed pages are the lowest free run: a 5-page object goes there.
        assertEquals(big, Malloc.mallocgc(c, 40_000, true, "again"));
    }

    @Test
    void aSpanCachedBeforeTheSweepIsSweptWhenTheMCacheGivesItBack() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        long[] a = fill(h, c);
        MSpan s = h.spanOf(a[0]);
        assertEquals(h.sweepgen() + 3, s.sweepgen(), "cached: h+3");
        h.markAddr(a[9]);
        // The sweep phase starts without flushing the mcache (its P has not reached a safe point).
        synchronized (h) {
            h.sweepgen += 2;
        }
        assertEquals(h.sweepgen() + 1, s.sweepgen(), "cached before the sweep began: h+1");
        assertEquals(0, h.sweeper().sweepAll(), "the background sweeper leaves cached spans alone");
        c.prepareForSweep();
        assertEquals(h.sweepgen(), s.sweepgen(), "swept when given back");
        assertEquals(1, s.allocCount());
        assertEquals(N - 1, h.readMemStats().frees);
    }

    @Test
    void tinyBlocksDieWhole() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        List<Object> freed = new ArrayList<>();
        h.setFreeListener((obj, addr) -> freed.add(obj));
        long x = Malloc.mallocgc(c, 4, true, "x");
        long y = Malloc.mallocgc(c, 4, true, "y");
        long z = Malloc.mallocgc(c, 4, true, "z");
        assertEquals(x + 4, y);
        HeapRef r = h.findObject(y);
        TinyBlock tb = (TinyBlock) r.object();
        assertEquals(3, tb.count());
        assertSame("y", tb.objectAt(4));
        assertSame("z", tb.objectAt(10));
        // A pointer to z alone keeps x and y alive too.
        h.markAddr(z);
        h.sweeper().startCycle();
        h.sweeper().sweepAll();
        assertEquals(List.of(), freed);
        h.sweeper().startCycle();
        h.sweeper().sweepAll();
        assertEquals(List.of("x", "y", "z"), freed);
    }

    @Test
    void objectsAllocatedDuringMarkingAreBlack() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        h.setAllocBlack(true);
        long a = Malloc.mallocgc(c, 64, false, "a");
        long big = Malloc.mallocgc(c, 70_000, false, "big");
        h.setAllocBlack(false);
        h.sweeper().startCycle();
        h.sweeper().sweepAll();
        assertEquals("a", h.findObject(a).object());
        assertEquals("big", h.findObject(big).object());
        assertEquals(0, h.readMemStats().frees);
    }

    @Test
    void onlyAllocatedObjectsCanBeMarked() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        long a = Malloc.mallocgc(c, 48, false, "a");
        assertFalse(h.markAddr(a + 48), "the next slot is free");
        assertFalse(h.markAddr(MHeap.ARENA_BASE - 8), "below the heap");
        assertFalse(h.markAddr(Malloc.ZEROBASE));
        assertTrue(h.markAddr(a));
    }
}
