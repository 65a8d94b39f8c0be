package minigo.runtime.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-P heap for tests, with a stand-in collector: the test says which
 * addresses are live (the roots and everything they reach), {@link #gc}
 * marks them and sweeps everything, as runtime.GC() ends with the heap
 * fully swept.
 */
final class Sim {
    final MHeap heap = new MHeap();
    final MCache c = heap.newMCache();
    final List<Long> live = new ArrayList<>();
    MemStats before;

    long alloc(long size, boolean noscan) {
        return Malloc.mallocgc(c, size, noscan, "obj@" + size);
    }

    /** Allocates and keeps the object live across later {@link #gc} calls. */
    long keep(long size, boolean noscan) {
        long a = alloc(size, noscan);
        if (a != Malloc.ZEROBASE) {
            live.add(a);
        }
        return a;
    }

    void gc() {
        for (long a : live) {
            heap.markAddr(a);
        }
        // Mark termination: stack caches go back to the pool, then sweeping starts.
        heap.stacks().releaseCache(c);
        heap.sweeper().startCycle();
        heap.stacks().freeStackSpans();
        heap.sweeper().sweepAll();
    }

    /** The memstats programs' start(): runtime.GC(); runtime.ReadMemStats(&before). */
    void start() {
        gc();
        before = heap.readMemStats();
    }

    MemStats read() {
        return heap.readMemStats();
    }

    /** "mallocs N totalalloc M" since {@link #start}, in the programs' words. */
    String stop() {
        MemStats after = heap.readMemStats();
        return "mallocs " + (after.mallocs - before.mallocs) + " totalalloc " + (after.totalAlloc - before.totalAlloc);
    }
}
