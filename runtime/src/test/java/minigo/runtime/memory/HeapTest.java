package minigo.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** mheap: address space, growth, page reuse, the scavenger, and MemStats' arithmetic. */
class HeapTest {

    @Test
    void theHeapStartsAtTheFirstArenaAndGrowsBy4MiBChunks() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        assertEquals(0, h.readMemStats().heapSys);
        long a = Malloc.mallocgc(c, 64, false, "a");
        assertEquals(MHeap.ARENA_BASE, a);
        MemStats m = h.readMemStats();
        assertEquals(4L << 20, m.heapSys);
        assertEquals(MHeap.PAGE_SIZE, m.heapInuse);
        assertEquals(4L << 20, m.heapIdle + m.heapInuse);
        // Fresh memory counts as released until a span uses it.
        assertEquals((4L << 20) - MHeap.PAGE_SIZE, m.heapReleased);

        // 5 MiB does not fit in what is left: the heap grows by the request rounded up
        // to whole chunks (8 MiB), contiguously.
        long big = Malloc.mallocgc(c, 5L << 20, true, "big");
        m = h.readMemStats();
        assertEquals(12L << 20, m.heapSys);
        assertEquals(MHeap.ARENA_BASE + MHeap.PAGE_SIZE, big, "the free rest of the first chunk and the new chunks are one run");
    }

    @Test
    void freedPageRunsCoalesce() {
        PageAlloc p = new PageAlloc();
        p.grow(16);
        int a = p.alloc(2);
        int b = p.alloc(3);
        int c = p.alloc(1);
        assertEquals(List.of(0, 2, 5), List.of(a, b, c));
        p.free(a, 2);
        assertEquals(6, p.alloc(4), "2 free pages are not enough: first fit above");
        p.free(b, 3);
        assertEquals(0, p.alloc(5), "pages 0-1 and 2-4 are one free run now");
        assertEquals(-1, p.alloc(7), "nothing left that long");
    }

    @Test
    void theScavengerReleasesHighIdlePagesFirstAndReuseTakesThemBack() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        List<Long> objs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            objs.add(Malloc.mallocgc(c, 64 << 10, true, i)); // 8 pages each
        }
        long released0 = h.readMemStats().heapReleased;
        h.sweeper().startCycle(); // nothing marked: all 40 freed
        h.sweeper().sweepAll();
        MemStats m = h.readMemStats();
        assertEquals(0, m.heapInuse);
        assertEquals(released0, m.heapReleased, "freeing does not release");
        assertEquals(1 << 20, h.scavenge(1 << 20));
        MemStats m2 = h.readMemStats();
        assertEquals(released0 + (1 << 20), m2.heapReleased);
        assertEquals(m.heapIdle, m2.heapIdle, "released memory is still idle heap");
        // Low pages were kept: reusing them releases nothing back.
        Malloc.mallocgc(c, 64 << 10, true, "again");
        assertEquals(m2.heapReleased, h.readMemStats().heapReleased);
        // The pacer's goal: 1 MiB in use at the last cycle, heap goal unchanged: keep 1.1 MiB.
        Scavenger sc = h.scavenger();
        sc.pace(Long.MAX_VALUE, 4 << 20, 0, 1 << 20);
        assertEquals(Scavenger.NO_GOAL, sc.gcPercentGoal(), "no goal before the first cycle ends");
        sc.pace(Long.MAX_VALUE, 4 << 20, 4 << 20, 1 << 20);
        long goal = ((1 << 20) + (1 << 20) / 10 + MHeap.PAGE_SIZE - 1) & ~(MHeap.PAGE_SIZE - 1L);
        assertEquals(goal, sc.gcPercentGoal());
        assertEquals(Scavenger.NO_GOAL, sc.memoryLimitGoal(), "Go 1.19's limit goal is never reached");
        assertTrue(sc.needed());
        assertEquals(64 << 10, sc.step(64 << 10), "a step does at most what it is given");
        while (sc.step(1 << 20) > 0) {
            // run the background scavenger to completion
        }
        assertFalse(sc.needed());
        MemStats m3 = h.readMemStats();
        assertEquals(goal, m3.heapSys - m3.heapReleased);
        assertTrue(m3.heapReleased <= m3.heapIdle);
    }

    /** A random workload with random collections; MemStats' identities hold at every read. */
    @Test
    void memStatsArithmetic() {
        Random rnd = new Random(42);
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        StackAlloc st = h.stacks();
        List<Long> live = new ArrayList<>();
        List<Long> stacks = new ArrayList<>();
        long liveNonTinyBytes = 0;
        List<long[]> liveSizes = new ArrayList<>();
        MemStats prev = h.readMemStats();
        for (int round = 0; round < 30; round++) {
            for (int i = 0; i < 2000; i++) {
                int kind = rnd.nextInt(100);
                long size = kind < 60 ? 16 + rnd.nextInt(500) : kind < 95 ? 16 + rnd.nextInt(32000) : 32769 + rnd.nextInt(200_000);
                boolean noscan = rnd.nextBoolean();
                long a = Malloc.mallocgc(c, size, noscan, size);
                if (rnd.nextInt(3) == 0) {
                    live.add(a);
                    liveSizes.add(new long[] {a, Malloc.roundupsize(size)});
                }
            }
            for (int i = 0; i < 50; i++) {
                stacks.add(st.stackalloc(c, StackAlloc.FIXED_STACK << rnd.nextInt(5)));
            }
            // Collect: keep a random half of the survivors.
            List<Long> keep = new ArrayList<>();
            List<long[]> keepSizes = new ArrayList<>();
            liveNonTinyBytes = 0;
            for (long[] ls : liveSizes) {
                if (rnd.nextBoolean()) {
                    keep.add(ls[0]);
                    keepSizes.add(ls);
                    liveNonTinyBytes += ls[1];
                    h.markAddr(ls[0]);
                }
            }
            live = keep;
            liveSizes = keepSizes;
            h.sweeper().startCycle();
            h.sweeper().sweepAll();
            MemStats m = h.readMemStats();
            assertEquals(m.alloc, m.heapAlloc);
            assertEquals(liveNonTinyBytes, m.heapAlloc, "HeapAlloc is the class size of every live object");
            assertEquals(live.size(), m.heapObjects);
            assertEquals(m.mallocs - m.frees, m.heapObjects);
            assertEquals(m.heapSys, m.heapIdle + m.heapInuse);
            assertTrue(m.heapReleased <= m.heapIdle);
            assertTrue(m.heapAlloc <= m.heapInuse);
            assertEquals(0, (m.heapSys + m.stackInuse) % (4L << 20), "mapped heap grows by 4 MiB chunks");
            assertEquals(m.stackInuse, m.stackSys);
            assertEquals(m.sys, m.heapSys + m.stackSys + m.mSpanSys + m.mCacheSys + m.buckHashSys + m.gcSys + m.otherSys);
            assertTrue(m.mSpanInuse <= m.mSpanSys && m.mCacheInuse <= m.mCacheSys);
            assertTrue(m.totalAlloc >= prev.totalAlloc && m.mallocs >= prev.mallocs && m.frees >= prev.frees);
            long bySize = 0;
            for (int i = 0; i < MemStats.BY_SIZE; i++) {
                bySize += m.bySizeMallocs[i];
            }
            assertTrue(bySize <= m.mallocs);
            prev = m;
            // Free some stacks.
            for (int i = 0; i < 20; i++) {
                long x = stacks.remove(rnd.nextInt(stacks.size()));
                st.stackfree(c, x, (int) h.spanOf(x).elemsize());
            }
        }
    }

    /** Four Ps allocating at once: every object gets its own address, every allocation is counted. */
    @Test
    void manyPsAllocateConcurrently() throws InterruptedException {
        MHeap h = new MHeap();
        int ps = 4;
        int per = 50_000;
        Set<Long> addrs = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < ps; p++) {
            MCache c = h.newMCache();
            int seed = p;
            threads.add(Thread.ofPlatform().start(() -> {
                Random rnd = new Random(seed);
                Set<Long> mine = new HashSet<>();
                for (int i = 0; i < per; i++) {
                    long size = rnd.nextInt(10) == 0 ? 40_000 : 16 + rnd.nextInt(2000);
                    mine.add(Malloc.mallocgc(c, size, false, i));
                }
                addrs.addAll(mine);
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(ps * per, addrs.size(), "no address handed out twice");
        MemStats m = h.readMemStats();
        assertEquals(ps * per, m.mallocs);
        assertEquals(m.heapSys, m.heapIdle + m.heapInuse);
    }

    /** mspan structures come 64 at a time (Go's per-P mspan cache), from 16 KiB chunks of 113. */
    @Test
    void mspanAccounting() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        Malloc.mallocgc(c, 64, false, "a");
        MemStats m = h.readMemStats();
        assertEquals(64 * 144, m.mSpanInuse);
        assertEquals(113 * 144, m.mSpanSys, "one chunk holds 16384/144 = 113 structures");
        assertEquals(1200, m.mCacheInuse);
        assertEquals(13 * 1200, m.mCacheSys);
        List<Long> big = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            big.add(Malloc.mallocgc(c, 40_000, true, i));
        }
        m = h.readMemStats();
        assertEquals(128 * 144, m.mSpanInuse, "the 65th span refilled the cache");
        assertEquals(2 * 113 * 144, m.mSpanSys);
        h.sweeper().startCycle(); // frees the 64 large spans into the mspan cache
        h.sweeper().sweepAll();
        assertEquals(128 * 144, h.readMemStats().mSpanInuse, "freed structures stay in the cache");
    }

    @Test
    void dumpShowsSpansByClass() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        for (int i = 0; i < 130; i++) {
            Malloc.mallocgc(c, 64, false, i);
        }
        Malloc.mallocgc(c, 100_000, true, "big");
        h.stacks().stackalloc(c, StackAlloc.FIXED_STACK);
        String d = h.dump();
        assertEquals("""
                heap: 1 arena(s) from 0xc000000000, 512 pages mapped, 120 KiB in use, 3944 KiB idle (3944 KiB released), 32 KiB stacks
                  class 0-noscan   large:    1 span(s),      1/1 objects
                  class 6            64B:    2 span(s),    130/256 objects
                  stacks: 1 span(s)
                """, d);
    }

    @Test
    void scalarFieldsFollowGosFieldOrder() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        Malloc.mallocgc(c, 100, false, "x");
        MemStats m = h.readMemStats();
        long[] f = m.scalarFields();
        assertEquals(MemStats.SCALAR_FIELDS, f.length);
        assertEquals(m.alloc, f[0]);
        assertEquals(m.mallocs, f[4]);
        assertEquals(m.heapSys, f[7]);
        assertEquals(m.heapObjects, f[11]);
        assertEquals(m.stackSys, f[13]);
        assertEquals(m.nextGC, f[21]);
        assertEquals(4 << 20, f[21], "Go's first heap goal");
        assertEquals(112, m.bySizeSize[9]);
        assertEquals(1, m.bySizeMallocs[9]);
    }
}
