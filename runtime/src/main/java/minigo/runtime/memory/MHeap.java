package minigo.runtime.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The heap (Go's mheap): the pages of the arenas, the spans carved from
 * them, one {@link MCentral} per span class, and the numbers MemStats reports.
 *
 * <p>Address space: arenas of 64 MiB are reserved from {@link #ARENA_BASE}
 * upwards; the heap is mapped inside them in chunks of 512 pages (4 MiB), the
 * page allocator's chunk, as it grows. Fresh memory counts as released
 * (HeapReleased) until a span uses it.
 *
 * <p>Accounting, with every amount in bytes:
 * <pre>
 *   HeapSys      = heapInUse + heapFree + heapReleased   (manual spans are not heap)
 *   HeapIdle     = heapFree + heapReleased
 *   StackInuse   = bytes of manual (stack) spans
 *   mapped heap  = HeapSys + StackInuse = pages mapped * PAGE_SIZE
 * </pre>
 *
 * <p>Locking: the page allocator and these counters are guarded by this
 * object's monitor; each MCentral has its own; an MCache has none (it belongs
 * to one P).
 */
public final class MHeap {
    public static final int PAGE_SHIFT = 13;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    /** Where Go's heap starts on linux/amd64 (the first arena hint). */
    public static final long ARENA_BASE = 0xc000000000L;
    public static final long ARENA_SIZE = 64L << 20;
    /** The heap grows by whole page-allocator chunks: 512 pages, 4 MiB. */
    public static final int PALLOC_CHUNK_PAGES = 512;
    /** Size of Go's mspan and mcache structures on amd64 (what MSpanInuse/MCacheInuse count). */
    static final int MSPAN_STRUCT_SIZE = 144;
    static final int MCACHE_STRUCT_SIZE = 1200;
    /**
     * Per-arena metadata (Go's heapArena): the 2-bit-per-word heap bitmap
     * (ARENA_SIZE/32), the page-to-span table (8 bytes per page) and three
     * 1-bit-per-page bitmaps. Counted in GCSys when an arena is reserved.
     */
    static final long HEAP_ARENA_METADATA = ARENA_SIZE / 32 + (ARENA_SIZE / PAGE_SIZE) * 8 + 3 * (ARENA_SIZE / PAGE_SIZE / 8);
    /**
     * GC metadata Go maps at start-up (page-allocator summaries, work buffers): chosen so that
     * GCSys with one arena is Go 1.19's 7815040 bytes (a small program, linux/amd64). It matters
     * beyond MemStats: the memory limit counts it as non-heap memory, so it moves the heap goal
     * under GOMEMLIMIT.
     */
    static final long GC_MISC_BASE = 7_815_040 - HEAP_ARENA_METADATA - (64 << 10);
    /** Off-heap runtime memory not in another category (Go's other_sys): fixed, plausible. */
    static final long OTHER_SYS = 512 << 10;
    /** Profiling bucket hash table: we do not profile; Go's typical small value. */
    static final long BUCK_HASH_SYS = 4 << 10;
    /** Mark and alloc bits come from arenas of this size (Go's gcBits arenas), counted in GCSys. */
    static final long GC_BITS_CHUNK = 64 << 10;

    final PageAlloc pages = new PageAlloc();
    /** The span that owns each mapped page, or null if the page is free. */
    private MSpan[] spans = new MSpan[0];
    final MCentral[] central = new MCentral[SpanClass.NUM_SPAN_CLASSES];
    final HeapStats stats = new HeapStats();
    final GcCounters gc = new GcCounters();
    final Sweeper sweeper = new Sweeper(this);
    final StackAlloc stacks = new StackAlloc(this);
    final Scavenger scavenger = new Scavenger(this);
    private final List<MCache> mcaches = new ArrayList<>();

    /** Incremented by 2 at the start of each sweep phase; see {@link MSpan} for the relations. */
    volatile long sweepgen;
    /** While the collector marks, new objects are allocated black (their mark bit set). */
    volatile boolean allocBlack;

    // Reserved but not yet mapped address space of the current arena.
    private long curArenaBase = ARENA_BASE;
    private long curArenaEnd = ARENA_BASE;
    int arenas;

    // Byte counters (guarded by this).
    long heapInUse;
    long heapFree;
    long heapReleased;
    long stackInUse;
    long gcBitsBytes;
    /**
     * Bytes the collector should consider live (Go's heapLive): raised when an
     * mcache takes a span (by its free bytes, assuming they will all be used),
     * lowered when it gives back slots it did not use, raised by large objects.
     */
    long heapLive;

    final FixAlloc spanalloc = new FixAlloc(MSPAN_STRUCT_SIZE);
    /**
     * Go keeps a cache of mspan structures per P (128 slots, refilled 64 at a
     * time from spanalloc, freed spans go back to it while it has room), so
     * MSpanInuse moves in steps of 64 structures. We keep one cache for the
     * heap: the same numbers as Go's with one P.
     */
    static final int MSPAN_CACHE_CAP = 128;
    private int mspanCacheLen;
    final FixAlloc cachealloc = new FixAlloc(MCACHE_STRUCT_SIZE);

    FreeListener freeListener = FreeListener.NONE;
    GcHooks hooks = GcHooks.NONE;
    /** Go's gcBlackenEnabled: while set, every allocation first calls {@link GcHooks#assist}. */
    volatile boolean assistsEnabled;

    public MHeap() {
        for (int i = 0; i < central.length; i++) {
            central[i] = new MCentral(this, i);
        }
    }

    /** A new per-P cache; the scheduler gives one to each P. */
    public synchronized MCache newMCache() {
        cachealloc.alloc();
        MCache c = new MCache(this);
        mcaches.add(c);
        return c;
    }

    /** Gives a P's cache back (GOMAXPROCS shrinking): its spans return to their centrals. */
    public void freeMCache(MCache c) {
        c.releaseAll();
        stacks.releaseCache(c);
        synchronized (this) {
            mcaches.remove(c);
            cachealloc.free();
        }
    }

    public void setFreeListener(FreeListener l) {
        this.freeListener = l == null ? FreeListener.NONE : l;
    }

    public void setGcHooks(GcHooks h) {
        this.hooks = h == null ? GcHooks.NONE : h;
    }

    public void setAssistsEnabled(boolean b) {
        assistsEnabled = b;
    }

    public long sweepgen() {
        return sweepgen;
    }

    public GcCounters gcCounters() {
        return gc;
    }

    public Sweeper sweeper() {
        return sweeper;
    }

    public StackAlloc stacks() {
        return stacks;
    }

    public Scavenger scavenger() {
        return scavenger;
    }

    /** Memory mapped and backed (Go's mappedReady): everything in Sys but released heap pages. */
    public synchronized long mappedReady() {
        return heapInUse + heapFree + stackInUse + spanalloc.sys + cachealloc.sys + BUCK_HASH_SYS
                + gcSys() + OTHER_SYS;
    }

    private long gcSys() {
        return GC_MISC_BASE + arenas * HEAP_ARENA_METADATA
                + (gcBitsBytes + GC_BITS_CHUNK - 1) / GC_BITS_CHUNK * GC_BITS_CHUNK + gcWorkBufBytes;
    }

    /** Memory of the collector's mark work buffers (Go's gcWorkBufInUse, part of GCSys). */
    private long gcWorkBufBytes;

    /**
     * The collector reports the memory its grey-object buffers take (Go allocates workbufs from
     * the heap's manual spans and counts them in GCSys): non-heap memory the memory limit sees.
     */
    public synchronized void setGcWorkBufBytes(long bytes) {
        gcWorkBufBytes = bytes;
    }

    public void setAllocBlack(boolean b) {
        allocBlack = b;
    }

    /** Every mcache, for the collector's flushes (with the world stopped). */
    public synchronized List<MCache> mcaches() {
        return List.copyOf(mcaches);
    }

    /** Bytes of free, not released heap pages (Go's heapFree): the memory limit counts them. */
    public synchronized long heapFree() {
        return heapFree;
    }

    /** Bytes of in-use heap spans (Go's heapInUse). */
    public synchronized long heapInUse() {
        return heapInUse;
    }

    /** Pages of in-use heap spans (Go's pagesInUse): what proportional sweep must get through. */
    public synchronized long pagesInUse() {
        return heapInUse >>> PAGE_SHIFT;
    }

    /**
     * Bytes of heap objects allocated and not yet freed by sweeping (Go's totalAlloc - totalFree),
     * counting what mcaches have given back: the memory limit's view of the heap.
     */
    public long heapAllocBytes() {
        long a = stats.largeAlloc.get() - stats.largeFree.get();
        for (int i = 1; i < SizeClasses.NUM_SIZE_CLASSES; i++) {
            a += (stats.smallAllocCount.get(i) - stats.smallFreeCount.get(i)) * SizeClasses.classToSize(i);
        }
        return a;
    }

    /** Bytes of stack spans (StackInuse): the "MB stacks" the pacer adds when GOGC scales stacks. */
    public synchronized long stackInUse() {
        return stackInUse;
    }

    public synchronized long heapLive() {
        return heapLive;
    }

    /** Adds to heapLive (the collector's bookkeeping at the end of a cycle). */
    public synchronized void addHeapLive(long delta) {
        heapLive += delta;
    }

    /** The collector sets heapLive to the marked bytes at the end of a cycle. */
    public synchronized void setHeapLive(long v) {
        heapLive = v;
    }

    // ---- Spans ----

    enum SpanKind { HEAP, MANUAL }

    /** Allocates a heap span of {@code npages} for {@code spanclass}. */
    MSpan allocSpan(int npages, int spanclass) {
        return allocSpan(npages, SpanKind.HEAP, spanclass);
    }

    /** Allocates a manually managed span (stacks); it is not part of the heap's accounting. */
    MSpan allocManual(int npages) {
        return allocSpan(npages, SpanKind.MANUAL, 0);
    }

    private synchronized MSpan allocSpan(int npages, SpanKind kind, int spanclass) {
        int page = pages.alloc(npages);
        if (page < 0) {
            grow(npages);
            page = pages.alloc(npages);
            if (page < 0) {
                throw new IllegalStateException("runtime: out of memory: cannot allocate " + npages + " pages");
            }
        }
        long nbytes = (long) npages * PAGE_SIZE;
        long scav = (long) pages.lastScavenged * PAGE_SIZE;
        heapReleased -= scav;
        heapFree -= nbytes - scav;

        allocMSpan();
        MSpan s = new MSpan();
        s.init(ARENA_BASE + (long) page * PAGE_SIZE, npages);
        if (kind == SpanKind.HEAP) {
            heapInUse += nbytes;
            s.initHeap(spanclass, sweepgen);
            gcBitsBytes += 2L * MSpan.words(s.nelems) * 8;
        } else {
            stackInUse += nbytes;
            s.state = SpanState.MANUAL;
        }
        Arrays.fill(spans, page, page + npages, s);
        return s;
    }

    /** Returns a heap span's pages to the page allocator (the sweeper found it empty). */
    synchronized void freeSpan(MSpan s) {
        if (s.state != SpanState.IN_USE) {
            throw new IllegalStateException("freeSpan of " + s);
        }
        long nbytes = (long) s.npages * PAGE_SIZE;
        heapInUse -= nbytes;
        heapFree += nbytes;
        gcBitsBytes -= 2L * MSpan.words(s.nelems) * 8;
        release(s);
    }

    synchronized void freeManual(MSpan s) {
        if (s.state != SpanState.MANUAL) {
            throw new IllegalStateException("freeManual of " + s);
        }
        long nbytes = (long) s.npages * PAGE_SIZE;
        stackInUse -= nbytes;
        heapFree += nbytes;
        release(s);
    }

    private void release(MSpan s) {
        int page = (int) ((s.startAddr - ARENA_BASE) >>> PAGE_SHIFT);
        Arrays.fill(spans, page, page + s.npages, null);
        pages.free(page, s.npages);
        s.state = SpanState.DEAD;
        s.objects = null;
        freeMSpan();
    }

    private void allocMSpan() {
        if (mspanCacheLen == 0) {
            for (int i = 0; i < MSPAN_CACHE_CAP / 2; i++) {
                spanalloc.alloc();
            }
            mspanCacheLen = MSPAN_CACHE_CAP / 2;
        }
        mspanCacheLen--;
    }

    private void freeMSpan() {
        if (mspanCacheLen < MSPAN_CACHE_CAP) {
            mspanCacheLen++;
            return;
        }
        spanalloc.free();
    }

    /**
     * Maps at least {@code npages} more pages, in whole 4 MiB chunks, reserving
     * another arena when the current one is used up. The new memory is idle and
     * released.
     */
    private void grow(int npages) {
        long ask = (long) alignUp(npages, PALLOC_CHUNK_PAGES) * PAGE_SIZE;
        if (curArenaBase + ask > curArenaEnd) {
            // Arenas are reserved contiguously, so the current space just extends.
            long need = curArenaBase + ask - curArenaEnd;
            int n = (int) ((need + ARENA_SIZE - 1) / ARENA_SIZE);
            curArenaEnd += n * ARENA_SIZE;
            arenas += n;
        }
        curArenaBase += ask;
        int newPages = (int) (ask / PAGE_SIZE);
        pages.grow(newPages);
        heapReleased += ask;
        if (spans.length < pages.mapped()) {
            spans = Arrays.copyOf(spans, Math.max(pages.mapped(), spans.length * 2));
        }
    }

    static int alignUp(int n, int a) {
        return (n + a - 1) / a * a;
    }

    /**
     * Returns up to {@code bytes} of idle memory to the OS (the scavenger's
     * work), highest addresses first; returns the bytes released.
     */
    public synchronized long scavenge(long bytes) {
        int n = pages.scavenge((int) ((bytes + PAGE_SIZE - 1) / PAGE_SIZE));
        long r = (long) n * PAGE_SIZE;
        heapFree -= r;
        heapReleased += r;
        return r;
    }

    // ---- Address lookups (for the collector) ----

    /** The span holding {@code addr}, or null if the address is not in an in-use or manual span. */
    public MSpan spanOf(long addr) {
        long page = (addr - ARENA_BASE) >> PAGE_SHIFT;
        MSpan[] sp = spans;
        if (addr < ARENA_BASE || page >= sp.length) {
            return null;
        }
        MSpan s = sp[(int) page];
        if (s == null || addr >= s.end()) {
            return null;
        }
        return s;
    }

    /**
     * The heap object containing {@code addr} (which may point into its
     * middle), or null if no allocated object contains it: Go's findObject.
     */
    public HeapRef findObject(long addr) {
        MSpan s = spanOf(addr);
        if (s == null || s.state != SpanState.IN_USE || addr >= s.limit) {
            return null;
        }
        int i = s.objIndex(addr);
        if (!s.isAllocated(i)) {
            return null;
        }
        return new HeapRef(s, i, s.slotAddr(i), s.objects[i]);
    }

    /**
     * Sets the mark bit of the object containing {@code addr}; false if it was
     * already marked, or if no allocated heap object contains the address.
     */
    public boolean markAddr(long addr) {
        MSpan s = spanOf(addr);
        if (s == null || s.state != SpanState.IN_USE || addr >= s.limit) {
            return false;
        }
        int i = s.objIndex(addr);
        if (!s.isAllocated(i)) {
            return false;
        }
        return s.setMarked(i);
    }

    /** Calls {@code f} for every in-use and manual span, in address order (world stopped). */
    public synchronized void forEachSpan(java.util.function.Consumer<MSpan> f) {
        MSpan last = null;
        for (int p = 0; p < pages.mapped(); p++) {
            MSpan s = spans[p];
            if (s != null && s != last) {
                f.accept(s);
                last = s;
            }
        }
    }

    /**
     * A human-readable picture of the heap, for debugging and the REPL: one
     * line per span class in use (spans, objects, slots), the stack spans,
     * and the page totals.
     */
    public String dump() {
        int[] spansPerClass = new int[SpanClass.NUM_SPAN_CLASSES];
        long[] objects = new long[SpanClass.NUM_SPAN_CLASSES];
        long[] slots = new long[SpanClass.NUM_SPAN_CLASSES];
        int[] stackSpans = {0};
        forEachSpan(s -> {
            if (s.state == SpanState.MANUAL) {
                stackSpans[0]++;
            } else {
                spansPerClass[s.spanclass]++;
                objects[s.spanclass] += s.allocCount;
                slots[s.spanclass] += s.nelems;
            }
        });
        StringBuilder sb = new StringBuilder();
        synchronized (this) {
            sb.append(String.format("heap: %d arena(s) from 0x%x, %d pages mapped, %d KiB in use, %d KiB idle (%d KiB released), %d KiB stacks\n",
                    arenas, ARENA_BASE, pages.mapped(), heapInUse >> 10, (heapFree + heapReleased) >> 10,
                    heapReleased >> 10, stackInUse >> 10));
        }
        for (int spc = 0; spc < spansPerClass.length; spc++) {
            if (spansPerClass[spc] > 0) {
                int sc = SpanClass.sizeClass(spc);
                sb.append(String.format("  class %-9s %6s: %4d span(s), %6d/%d objects\n", SpanClass.toString(spc),
                        sc == 0 ? "large" : SizeClasses.classToSize(sc) + "B", spansPerClass[spc], objects[spc], slots[spc]));
            }
        }
        sb.append(String.format("  stacks: %d span(s)\n", stackSpans[0]));
        return sb.toString();
    }

    // ---- MemStats ----

    /**
     * Fills {@code m} as Go's ReadMemStats does: first every mcache gives its
     * spans back (so the counts are exact, and the tiny block is dropped),
     * then the fields are derived from the counters. Call with the world
     * stopped: no P may be allocating.
     */
    public void readMemStats(MemStats m) {
        for (MCache c : mcaches()) {
            c.releaseAll();
        }
        synchronized (this) {
            long totalAlloc = stats.largeAlloc.get();
            long nMalloc = stats.largeAllocCount.get();
            long totalFree = stats.largeFree.get();
            long nFree = stats.largeFreeCount.get();
            for (int i = 1; i < SizeClasses.NUM_SIZE_CLASSES; i++) {
                long a = stats.smallAllocCount.get(i);
                long f = stats.smallFreeCount.get(i);
                long size = SizeClasses.classToSize(i);
                totalAlloc += a * size;
                nMalloc += a;
                totalFree += f * size;
                nFree += f;
                if (i < MemStats.BY_SIZE) {
                    m.bySizeMallocs[i] = a;
                    m.bySizeFrees[i] = f;
                }
            }
            for (int i = 0; i < MemStats.BY_SIZE; i++) {
                m.bySizeSize[i] = SizeClasses.classToSize(i);
            }
            long tiny = stats.tinyAllocCount.get();
            nMalloc += tiny;
            nFree += tiny;

            m.alloc = totalAlloc - totalFree;
            m.totalAlloc = totalAlloc;
            m.lookups = 0;
            m.mallocs = nMalloc;
            m.frees = nFree;
            m.heapAlloc = m.alloc;
            m.heapSys = heapInUse + heapFree + heapReleased;
            m.heapIdle = heapFree + heapReleased;
            m.heapInuse = heapInUse;
            m.heapReleased = heapReleased;
            m.heapObjects = nMalloc - nFree;
            m.stackInuse = stackInUse;
            m.stackSys = stackInUse;
            m.mSpanInuse = spanalloc.inuse;
            m.mSpanSys = spanalloc.sys;
            m.mCacheInuse = cachealloc.inuse;
            m.mCacheSys = cachealloc.sys;
            m.buckHashSys = BUCK_HASH_SYS;
            m.gcSys = gcSys();
            m.otherSys = OTHER_SYS;
            m.sys = m.heapSys + m.stackSys + m.mSpanSys + m.mCacheSys + m.buckHashSys + m.gcSys + m.otherSys;

            m.nextGC = gc.nextGC;
            m.lastGC = gc.lastGC;
            m.pauseTotalNs = gc.pauseTotalNs;
            System.arraycopy(gc.pauseNs, 0, m.pauseNs, 0, 256);
            System.arraycopy(gc.pauseEnd, 0, m.pauseEnd, 0, 256);
            m.numGC = gc.numGC;
            m.numForcedGC = gc.numForcedGC;
            m.gcCPUFraction = gc.gcCPUFraction;
            m.enableGC = true;
            m.debugGC = gc.debugGC;
        }
    }

    /** A convenience for tests and the REPL. */
    public MemStats readMemStats() {
        MemStats m = new MemStats();
        readMemStats(m);
        return m;
    }
}
