package minigo.runtime.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A run of contiguous pages (Go's mspan). A heap span holds the slots of one
 * span class, or a single large object; a manual span holds goroutine stacks.
 *
 * <h2>Free-slot search</h2>
 * Allocation never touches {@link #allocBits}. A slot is taken iff its index
 * is below {@link #freeindex} or its alloc bit is set; the bits only change
 * when the sweeper installs the last cycle's mark bits as the new alloc bits.
 * {@link #allocCache} holds the complement of the 64 alloc bits of the word
 * that contains {@code freeindex}, shifted so that bit 0 is {@code freeindex}
 * itself; a count of trailing zeros finds the next free slot. So freed slots
 * are reused in address order, from the start of the span, after each sweep.
 *
 * <h2>sweepgen</h2>
 * With h the heap's sweepgen (it grows by 2 per GC cycle):
 * <table>
 *   <caption>span.sweepgen relative to heap.sweepgen</caption>
 *   <tr><td>h - 2</td><td>needs sweeping</td></tr>
 *   <tr><td>h - 1</td><td>being swept</td></tr>
 *   <tr><td>h</td><td>swept, ready to use</td></tr>
 *   <tr><td>h + 1</td><td>was cached in an mcache before this sweep began: still cached, needs sweeping</td></tr>
 *   <tr><td>h + 3</td><td>swept and then cached: still cached</td></tr>
 * </table>
 */
public final class MSpan {
    // Identity and geometry.
    long startAddr;
    int npages;
    int spanclass;
    long elemsize;
    int nelems;
    long limit; // end of the last slot: startAddr + nelems * elemsize
    SpanState state = SpanState.DEAD;

    // Free-slot search (see class comment).
    int freeindex;
    long allocCache;
    int allocCount;
    /** allocCount when the span was cached by an mcache: the difference is what the mcache allocated. */
    int allocCountBeforeCache;
    long[] allocBits;
    long[] gcmarkBits;

    long sweepgen;

    /** The Java object recorded in each slot (a {@link TinyBlock} for tiny blocks); null when free. */
    Object[] objects;

    // Manual (stack) spans: the free stacks carved from this span, and how many are in use.
    long[] manualFree;
    int manualFreeCount;
    /** For a stack span: the stack order it is carved into, or -1 for a large stack. */
    int stackOrder = -1;

    MSpan() {}

    void init(long base, int npages) {
        this.startAddr = base;
        this.npages = npages;
        this.spanclass = 0;
        this.elemsize = 0;
        this.nelems = 0;
        this.limit = base;
        this.state = SpanState.DEAD;
        this.freeindex = 0;
        this.allocCache = 0;
        this.allocCount = 0;
        this.allocCountBeforeCache = 0;
        this.allocBits = null;
        this.gcmarkBits = null;
        this.objects = null;
        this.manualFree = null;
        this.manualFreeCount = 0;
        this.stackOrder = -1;
    }

    /** Makes this span a heap span of {@code spanclass} (class 0: one large object filling it). */
    void initHeap(int spanclass, long sweepgen) {
        this.spanclass = spanclass;
        int sizeclass = SpanClass.sizeClass(spanclass);
        if (sizeclass == 0) {
            this.elemsize = (long) npages * MHeap.PAGE_SIZE;
            this.nelems = 1;
        } else {
            this.elemsize = SizeClasses.classToSize(sizeclass);
            this.nelems = SizeClasses.classToNObjects(sizeclass);
        }
        this.limit = startAddr + elemsize * nelems;
        this.allocBits = new long[words(nelems)];
        this.gcmarkBits = new long[words(nelems)];
        this.objects = new Object[nelems];
        this.freeindex = 0;
        this.allocCount = 0;
        refillAllocCache(0);
        this.sweepgen = sweepgen;
        this.state = SpanState.IN_USE;
    }

    static int words(int nbits) {
        return (nbits + 63) >>> 6;
    }

    // ---- Accessors the GC and tests read ----

    public long base() {
        return startAddr;
    }

    public int npages() {
        return npages;
    }

    public int spanclass() {
        return spanclass;
    }

    public int sizeclass() {
        return SpanClass.sizeClass(spanclass);
    }

    public boolean noscan() {
        return SpanClass.noscan(spanclass);
    }

    public long elemsize() {
        return elemsize;
    }

    public int nelems() {
        return nelems;
    }

    public int allocCount() {
        return allocCount;
    }

    public int freeindex() {
        return freeindex;
    }

    public long sweepgen() {
        return sweepgen;
    }

    public SpanState state() {
        return state;
    }

    /** End address (exclusive) of the span's pages. */
    public long end() {
        return startAddr + (long) npages * MHeap.PAGE_SIZE;
    }

    /** The slot index of an address inside this span's slots. */
    public int objIndex(long addr) {
        return (int) ((addr - startAddr) / elemsize);
    }

    /** Address of slot {@code i}. */
    public long slotAddr(int i) {
        return startAddr + i * elemsize;
    }

    /** The Java object recorded in slot {@code i} (a {@link TinyBlock} for a tiny block), or null. */
    public Object object(int i) {
        return objects[i];
    }

    /** Whether slot {@code i} holds an object: below freeindex, or allocated before the last sweep. */
    public boolean isAllocated(int i) {
        return i < freeindex || bit(allocBits, i);
    }

    // ---- Mark bits (written by the collector, consumed by sweep) ----

    public boolean isMarked(int i) {
        return (((long) MARK_WORD.getVolatile(gcmarkBits, i >>> 6)) & (1L << (i & 63))) != 0;
    }

    /**
     * Marks slot {@code i}; returns false if it already was (the collector greys an object once).
     * Atomic: mark workers, write barriers on mutator threads and allocate-black may set bits of
     * the same word at once (Go's atomic.Or8 on the mark byte).
     */
    public boolean setMarked(int i) {
        int w = i >>> 6;
        long m = 1L << (i & 63);
        long[] bits = gcmarkBits;
        if ((((long) MARK_WORD.getVolatile(bits, w)) & m) != 0) {
            return false;
        }
        return (((long) MARK_WORD.getAndBitwiseOr(bits, w, m)) & m) == 0;
    }

    private static final VarHandle MARK_WORD = MethodHandles.arrayElementVarHandle(long[].class);

    /**
     * The mark bits themselves, for the collector's debug modes (gccheckmark saves and compares
     * them with the world stopped). Not for use while marking.
     */
    public long[] markBits() {
        return gcmarkBits;
    }

    /** Replaces the mark bits (gccheckmark restores the saved ones); world stopped. */
    public void setMarkBits(long[] bits) {
        if (bits.length != gcmarkBits.length) {
            throw new IllegalArgumentException("mark bits of the wrong length for " + this);
        }
        gcmarkBits = bits;
    }

    /** Number of marked slots (world stopped): the bytes marked are this times elemsize. */
    public int markedCount() {
        return countMarked();
    }

    static boolean bit(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << (i & 63))) != 0;
    }

    // ---- Free-slot search ----

    /** Loads allocCache with the complement of alloc-bit word {@code word} (free slots become 1s). */
    void refillAllocCache(int word) {
        allocCache = word < allocBits.length ? ~allocBits[word] : 0;
    }

    /**
     * Finds the next free slot at or after freeindex, takes it (advances
     * freeindex past it) and returns its index, or returns {@code nelems}
     * when the span is full. The caller counts allocCount.
     */
    int nextFreeIndex() {
        int idx = freeindex;
        if (idx == nelems) {
            return nelems;
        }
        long cache = allocCache;
        int bitIndex = Long.numberOfTrailingZeros(cache);
        while (bitIndex == 64) {
            // No free slot in the rest of this word: move to the start of the next one.
            idx = (idx + 64) & ~63;
            if (idx >= nelems) {
                freeindex = nelems;
                return nelems;
            }
            refillAllocCache(idx >>> 6);
            cache = allocCache;
            bitIndex = Long.numberOfTrailingZeros(cache);
        }
        int result = idx + bitIndex;
        if (result >= nelems) {
            // The free bits past the last slot are not slots.
            freeindex = nelems;
            return nelems;
        }
        // Shift in two steps: bitIndex + 1 can be 64, which Java would treat as 0.
        allocCache = (cache >>> bitIndex) >>> 1;
        idx = result + 1;
        if ((idx & 63) == 0 && idx != nelems) {
            refillAllocCache(idx >>> 6);
        }
        freeindex = idx;
        return result;
    }

    /** Number of marked slots: what survives the coming sweep. */
    int countMarked() {
        int n = 0;
        for (long w : gcmarkBits) {
            n += Long.bitCount(w);
        }
        return n;
    }

    @Override
    public String toString() {
        return String.format("span[0x%x+%d pages, class %s, %s, %d/%d, sweepgen %d]",
                startAddr, npages, SpanClass.toString(spanclass), state, allocCount, nelems, sweepgen);
    }
}
