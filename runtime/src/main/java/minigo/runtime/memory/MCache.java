package minigo.runtime.memory;

/**
 * A P's private allocation cache (Go's mcache): one span per span class to
 * allocate from without locks, the tiny allocator's current block, and a
 * stack cache. Only the goroutine holding the P touches it.
 */
public final class MCache {
    final MHeap heap;
    /** The span each span class allocates from; null stands for Go's emptymspan. */
    final MSpan[] alloc = new MSpan[SpanClass.NUM_SPAN_CLASSES];

    // The tiny allocator: the current 16-byte block, the next free offset in it, and its contents.
    long tiny;
    int tinyoffset;
    TinyBlock tinyBlock;
    /** Tiny allocations that fit into the current block since the last flush. */
    long tinyAllocs;

    /** Per-P stack cache: free stacks of each small order. */
    final StackAlloc.StackCache stackcache = new StackAlloc.StackCache();

    /** The sweepgen at which this cache was last flushed: a flush is due once per cycle. */
    long flushGen;

    /** The slot index chosen by the last {@link #nextFree}. */
    int lastIndex;
    /** Set when an allocation took a new span: mallocgc then runs the GC trigger test. */
    boolean shouldHelpGC;

    /**
     * The collector's per-P state (its gcWork buffer and assist bookkeeping), opaque here: Go keeps
     * p.gcw beside p.mcache, and every path that allocates or stores a pointer already holds the
     * mcache, so this is where the collector finds its per-P buffer without a lookup.
     */
    public Object gcState;

    MCache(MHeap heap) {
        this.heap = heap;
        this.flushGen = heap.sweepgen;
    }

    public MHeap heap() {
        return heap;
    }

    /** The current tiny block's address, or 0: the collector greys it when marking starts (gcMarkTinyAllocs). */
    public long tinyBlockAddr() {
        return tiny;
    }

    /**
     * Takes the next free slot of span class {@code spc}, refilling from the
     * mcentral when the cached span is full. Returns the slot's span and
     * leaves the slot index in {@link #lastIndex} (no allocation for a pair).
     */
    MSpan nextFree(int spc) {
        MSpan s = alloc[spc];
        int idx = s == null ? 0 : s.nextFreeIndex();
        if (s == null || idx == s.nelems) {
            s = refill(spc);
            idx = s.nextFreeIndex();
            if (idx == s.nelems) {
                throw new IllegalStateException("refill gave a full span: " + s);
            }
        }
        s.allocCount++;
        lastIndex = idx;
        return s;
    }

    /** Gives back the current span of {@code spc} and caches one with a free slot. */
    MSpan refill(int spc) {
        MSpan s = alloc[spc];
        if (s != null) {
            if (s.sweepgen != heap.sweepgen + 3) {
                throw new IllegalStateException("bad sweepgen in refill: " + s);
            }
            uncache(spc, s, true);
        }
        s = heap.central[spc].cacheSpan();
        // Cached: the background sweeper must leave it alone this cycle.
        s.sweepgen = heap.sweepgen + 3;
        s.allocCountBeforeCache = s.allocCount;
        // Assume the whole span will be used (its tail too): heapLive is an
        // overestimate until the span comes back, when the free slots are subtracted.
        heap.addHeapLive((long) s.npages * MHeap.PAGE_SIZE - (long) s.allocCount * s.elemsize);
        alloc[spc] = s;
        shouldHelpGC = true;
        return s;
    }

    private void uncache(int spc, MSpan s, boolean full) {
        // Count the slots this cache used while it held the span.
        long used = s.allocCount - s.allocCountBeforeCache;
        heap.stats.smallAllocCount.addAndGet(SpanClass.sizeClass(spc), used);
        if (!full) {
            // The span was not used up: give back the part of heapLive refill assumed.
            long unused = (long) (s.nelems - s.allocCount) * s.elemsize;
            if (s.sweepgen != heap.sweepgen + 1) {
                heap.addHeapLive(-unused);
            }
        }
        if (spc == SpanClass.TINY_SPAN_CLASS) {
            heap.stats.tinyAllocCount.addAndGet(tinyAllocs);
            tinyAllocs = 0;
        }
        heap.central[spc].uncacheSpan(s);
    }

    /**
     * Returns every cached span to its mcentral and drops the tiny block
     * (Go's releaseAll): ReadMemStats does it so that counts are exact, the
     * collector does it once per cycle before sweeping.
     */
    public void releaseAll() {
        for (int spc = 0; spc < alloc.length; spc++) {
            MSpan s = alloc[spc];
            if (s != null) {
                uncache(spc, s, false);
                alloc[spc] = null;
            }
        }
        heap.stats.tinyAllocCount.addAndGet(tinyAllocs);
        tinyAllocs = 0;
        tiny = 0;
        tinyoffset = 0;
        tinyBlock = null;
    }

    /** Called by the collector when a sweep phase starts: flush once per cycle. */
    public void prepareForSweep() {
        long sg = heap.sweepgen;
        if (flushGen == sg) {
            return;
        }
        releaseAll();
        flushGen = sg;
    }
}
