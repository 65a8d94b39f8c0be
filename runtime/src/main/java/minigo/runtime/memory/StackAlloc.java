package minigo.runtime.memory;

import java.util.ArrayDeque;

/**
 * Goroutine stacks (Go's stack.go): stack memory comes from manual spans of
 * the heap, so it leaves HeapSys and shows in StackInuse/StackSys.
 *
 * <p>Small stacks (2, 4, 8, 16 KiB: orders 0..3) are carved from 32 KiB
 * spans kept in a global pool per order; each P caches a few free stacks per
 * order (refilled to half of 32 KiB, trimmed back when it reaches 32 KiB).
 * Larger stacks get a span of their own, reused through a free list by size.
 *
 * <table>
 *   <caption>Life of a stack span</caption>
 *   <tr><th>event</th><th>effect</th></tr>
 *   <tr><td>a pool order has no free stack</td><td>allocManual(4 pages): StackInuse += 32 KiB, HeapSys -= 32 KiB</td></tr>
 *   <tr><td>its last stack is freed, no GC running</td><td>the span goes back to mheap at once</td></tr>
 *   <tr><td>its last stack is freed during a GC</td><td>kept until {@link #freeStackSpans} at the end of the cycle</td></tr>
 * </table>
 */
public final class StackAlloc {
    /** The smallest stack, and the one every goroutine starts with. */
    public static final int FIXED_STACK = 2048;
    public static final int NUM_STACK_ORDERS = 4;
    public static final int STACK_CACHE_SIZE = 32 << 10;

    /** Go's maxstackceiling on 64-bit machines: twice the starting maxstacksize, whatever SetMaxStack says. */
    public static final long MAX_STACK_CEILING = 2_000_000_000L;

    private final MHeap heap;
    /** Go's maxstacksize: no goroutine stack may grow past it (runtime/debug.SetMaxStack). */
    private long maxStackSize = 1_000_000_000L;
    /** Spans of each order that have a free stack. */
    @SuppressWarnings("unchecked")
    private final ArrayDeque<MSpan>[] pool = new ArrayDeque[NUM_STACK_ORDERS];
    /** Free spans of large stacks, by log2 of their page count. */
    @SuppressWarnings("unchecked")
    private final ArrayDeque<MSpan>[] large = new ArrayDeque[40];

    StackAlloc(MHeap heap) {
        this.heap = heap;
        for (int i = 0; i < pool.length; i++) {
            pool[i] = new ArrayDeque<>();
        }
        for (int i = 0; i < large.length; i++) {
            large[i] = new ArrayDeque<>();
        }
    }

    /** runtime/debug.SetMaxStack: sets maxstacksize and returns the previous setting. */
    public synchronized long setMaxStackSize(long bytes) {
        long old = maxStackSize;
        maxStackSize = bytes;
        return old;
    }

    /**
     * The size no stack may grow past, as newstack checks and reports it ("goroutine stack exceeds
     * N-byte limit"): maxstacksize, or the ceiling if that is smaller.
     */
    public synchronized long stackLimit() {
        return Math.min(maxStackSize, MAX_STACK_CEILING);
    }

    /** A P's private stock of free small stacks. */
    static final class StackCache {
        final long[][] list = new long[NUM_STACK_ORDERS][16];
        final int[] count = new int[NUM_STACK_ORDERS];
        final long[] size = new long[NUM_STACK_ORDERS];

        void push(int order, long x) {
            if (count[order] == list[order].length) {
                list[order] = java.util.Arrays.copyOf(list[order], count[order] * 2);
            }
            list[order][count[order]++] = x;
            size[order] += (long) FIXED_STACK << order;
        }

        long pop(int order) {
            size[order] -= (long) FIXED_STACK << order;
            return list[order][--count[order]];
        }
    }

    /**
     * Allocates a stack of {@code n} bytes (a power of two, at least 2 KiB)
     * and returns its low address. {@code c} may be null (no P: the global pool).
     */
    public long stackalloc(MCache c, int n) {
        if (n < FIXED_STACK || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("stackalloc size " + n);
        }
        if (n < FIXED_STACK << NUM_STACK_ORDERS && n < STACK_CACHE_SIZE) {
            int order = Integer.numberOfTrailingZeros(n / FIXED_STACK);
            if (c == null) {
                synchronized (this) {
                    return poolAlloc(order);
                }
            }
            StackCache sc = c.stackcache;
            if (sc.count[order] == 0) {
                refill(sc, order);
            }
            return sc.pop(order);
        }
        int npages = n >>> MHeap.PAGE_SHIFT;
        int log2 = Integer.numberOfTrailingZeros(npages);
        MSpan s;
        synchronized (this) {
            s = large[log2].pollFirst();
        }
        if (s == null) {
            s = heap.allocManual(npages);
            s.elemsize = n;
        }
        return s.base();
    }

    /** Frees a stack of {@code n} bytes at {@code x}. */
    public void stackfree(MCache c, long x, int n) {
        if (n < FIXED_STACK << NUM_STACK_ORDERS && n < STACK_CACHE_SIZE) {
            int order = Integer.numberOfTrailingZeros(n / FIXED_STACK);
            if (c == null) {
                synchronized (this) {
                    poolFree(x, order);
                }
                return;
            }
            StackCache sc = c.stackcache;
            if (sc.size[order] >= STACK_CACHE_SIZE) {
                release(sc, order);
            }
            sc.push(order, x);
            return;
        }
        MSpan s = heap.spanOf(x);
        if (s == null || s.state != SpanState.MANUAL) {
            throw new IllegalStateException(String.format("stackfree of a bad stack 0x%x", x));
        }
        if (!heap.allocBlack) {
            heap.freeManual(s);
        } else {
            // The collector may be looking at it: free it when the cycle ends.
            synchronized (this) {
                large[Integer.numberOfTrailingZeros(s.npages)].addLast(s);
            }
        }
    }

    private synchronized void refill(StackCache sc, int order) {
        while (sc.size[order] < STACK_CACHE_SIZE / 2) {
            sc.push(order, poolAlloc(order));
        }
    }

    private synchronized void release(StackCache sc, int order) {
        while (sc.size[order] > STACK_CACHE_SIZE / 2) {
            poolFree(sc.pop(order), order);
        }
    }

    /** Gives back every stack a P caches (the P is being destroyed, or the GC flushes caches). */
    public synchronized void releaseCache(MCache c) {
        StackCache sc = c.stackcache;
        for (int order = 0; order < NUM_STACK_ORDERS; order++) {
            while (sc.count[order] > 0) {
                poolFree(sc.pop(order), order);
            }
        }
    }

    private long poolAlloc(int order) {
        MSpan s = pool[order].peekFirst();
        if (s == null) {
            s = heap.allocManual(STACK_CACHE_SIZE >>> MHeap.PAGE_SHIFT);
            s.stackOrder = order;
            s.elemsize = (long) FIXED_STACK << order;
            int n = (int) (STACK_CACHE_SIZE / s.elemsize);
            s.manualFree = new long[n];
            // Hand out stacks from the low end of the span first.
            for (int i = 0; i < n; i++) {
                s.manualFree[i] = s.base() + (n - 1 - i) * s.elemsize;
            }
            s.manualFreeCount = n;
            pool[order].addFirst(s);
        }
        long x = s.manualFree[--s.manualFreeCount];
        s.allocCount++;
        if (s.manualFreeCount == 0) {
            pool[order].pollFirst();
        }
        return x;
    }

    private void poolFree(long x, int order) {
        MSpan s = heap.spanOf(x);
        if (s == null || s.state != SpanState.MANUAL || s.stackOrder != order) {
            throw new IllegalStateException(String.format("stackfree of a bad stack 0x%x", x));
        }
        if (s.manualFreeCount == 0) {
            pool[order].addFirst(s);
        }
        s.manualFree[s.manualFreeCount++] = x;
        s.allocCount--;
        if (!heap.allocBlack && s.allocCount == 0) {
            pool[order].remove(s);
            heap.freeManual(s);
        }
    }

    /** At the end of a GC cycle: frees the stack spans that emptied while it ran. */
    public synchronized void freeStackSpans() {
        for (ArrayDeque<MSpan> p : pool) {
            p.removeIf(s -> {
                if (s.allocCount == 0) {
                    heap.freeManual(s);
                    return true;
                }
                return false;
            });
        }
        for (ArrayDeque<MSpan> l : large) {
            while (!l.isEmpty()) {
                heap.freeManual(l.pollFirst());
            }
        }
    }
}
