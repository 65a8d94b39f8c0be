package minigo.runtime.memory;

/**
 * Sweeping (Go's mgcsweep.go): after a mark phase, each span's mark bits
 * say which slots survived. Sweeping a span frees every allocated slot that
 * is not marked, makes the mark bits the new alloc bits (so the freed slots
 * are found again by the free-slot search, in address order), and puts the
 * span back where it belongs: a central set, or the page allocator if it is
 * empty.
 *
 * <p>Spans are swept lazily: by an mcache that needs one (mcentral), when an
 * mcache gives back a span it cached before the cycle started, or by
 * {@link #sweepone} (the background sweeper, and runtime.GC, which sweeps
 * everything before returning).
 */
public final class Sweeper {
    private final MHeap heap;
    /** Pages swept since the last {@link #startCycle} (Go's mheap.pagesSwept): proportional sweep compares it with its target. */
    private final java.util.concurrent.atomic.AtomicLong pagesSwept = new java.util.concurrent.atomic.AtomicLong();

    Sweeper(MHeap heap) {
        this.heap = heap;
    }

    /**
     * Starts a sweep phase (at mark termination, world stopped): every span
     * becomes unswept at once, and every mcache gives its spans back so their
     * marks are applied too.
     */
    public void startCycle() {
        synchronized (heap) {
            heap.sweepgen += 2;
        }
        pagesSwept.set(0);
        for (MCache c : heap.mcaches()) {
            c.prepareForSweep();
        }
    }

    /** Sweeps one unswept span; false when none is left. */
    public boolean sweepone() {
        long sg = heap.sweepgen;
        for (MCentral c : heap.central) {
            MSpan s;
            while ((s = c.takeUnswept()) != null) {
                synchronized (s) {
                    if (s.sweepgen != sg - 2) {
                        continue; // already swept by an mcache
                    }
                    s.sweepgen = sg - 1;
                }
                sweep(s, false);
                return true;
            }
        }
        return false;
    }

    /** Pages swept in this sweep phase so far. */
    public long pagesSwept() {
        return pagesSwept.get();
    }

    /** Whether every span of the current phase has been swept (nothing left for {@link #sweepone}). */
    public boolean isSweepDone() {
        for (MCentral c : heap.central) {
            if (c.hasUnswept()) {
                return false;
            }
        }
        return true;
    }

    /** Sweeps every span (runtime.GC returns only after this). Returns the number swept. */
    public int sweepAll() {
        int n = 0;
        while (sweepone()) {
            n++;
        }
        return n;
    }

    /**
     * Sweeps span {@code s}, which the caller owns (sweepgen == h-1). With
     * {@code preserve} the caller keeps the span (an mcache is about to use
     * it); otherwise it goes back to its mcentral, or to the heap if empty.
     * Returns true if the span was freed to the heap.
     */
    boolean sweep(MSpan s, boolean preserve) {
        long sg = heap.sweepgen;
        if (s.state != SpanState.IN_USE || s.sweepgen != sg - 1) {
            throw new IllegalStateException("sweep of a span not being swept: " + s + " (heap sweepgen " + sg + ")");
        }
        int sizeclass = s.sizeclass();
        pagesSwept.addAndGet(s.npages);
        // Free the allocated slots that were not marked: forget the Java object and tell the interpreter.
        FreeListener listener = heap.freeListener;
        for (int i = 0; i < s.nelems; i++) {
            if (s.isAllocated(i) && !s.isMarked(i)) {
                Object obj = s.objects[i];
                s.objects[i] = null;
                if (obj instanceof TinyBlock tb) {
                    long base = s.slotAddr(i);
                    for (int k = 0; k < tb.count(); k++) {
                        listener.freed(tb.object(k), base + tb.offset(k));
                    }
                } else if (obj != null) {
                    listener.freed(obj, s.slotAddr(i));
                }
            }
        }
        // A marked slot that holds no object means the collector followed a bad pointer.
        for (int i = s.freeindex; i < s.nelems; i++) {
            if (s.isMarked(i) && !MSpan.bit(s.allocBits, i)) {
                throw new IllegalStateException("runtime: marked free object in span " + s + ", slot " + i);
            }
        }
        int nalloc = s.countMarked();
        int nfreed = s.allocCount - nalloc;
        if (nfreed < 0) {
            throw new IllegalStateException("sweep increased allocation count: " + s + " marked " + nalloc);
        }
        s.allocCount = nalloc;
        s.freeindex = 0;
        s.allocBits = s.gcmarkBits;
        s.gcmarkBits = new long[s.allocBits.length];
        s.refillAllocCache(0);
        s.sweepgen = sg;

        if (sizeclass != 0) {
            if (nfreed > 0) {
                heap.stats.smallFreeCount.addAndGet(sizeclass, nfreed);
            }
            if (!preserve) {
                if (nalloc == 0) {
                    heap.freeSpan(s);
                    return true;
                }
                heap.central[s.spanclass].push(s, sg);
            }
        } else if (!preserve) {
            if (nfreed != 0) {
                heap.stats.largeFreeCount.incrementAndGet();
                heap.stats.largeFree.addAndGet(s.elemsize);
                heap.freeSpan(s);
                return true;
            }
            heap.central[s.spanclass].pushFull(s, sg);
        }
        return false;
    }
}
