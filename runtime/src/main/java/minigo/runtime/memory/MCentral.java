package minigo.runtime.memory;

import java.util.ArrayDeque;

/**
 * The spans of one span class that no mcache holds (Go's mcentral).
 *
 * <p>Spans are kept in four sets: partial (has a free slot) or full, each
 * either swept or unswept in the current cycle. Which physical set plays
 * which role flips with sweepgen: incrementing sweepgen by 2 turns every
 * "swept" set into the "unswept" one at once, without touching a span.
 *
 * <table>
 *   <caption>Where a span goes</caption>
 *   <tr><th>event</th><th>from</th><th>to</th></tr>
 *   <tr><td>mcache refill</td><td>partial swept; else partial unswept (swept now);
 *       else full unswept (swept now, kept if it freed a slot); else a new span from mheap</td><td>mcache</td></tr>
 *   <tr><td>mcache gives it back</td><td>mcache</td><td>partial or full swept; swept first if it was cached before the sweep began</td></tr>
 *   <tr><td>background sweep</td><td>partial or full unswept</td><td>partial or full swept, or mheap if empty</td></tr>
 *   <tr><td>large object allocated</td><td>mheap</td><td>full swept</td></tr>
 * </table>
 */
public final class MCentral {
    final MHeap heap;
    final int spanclass;
    @SuppressWarnings("unchecked")
    private final ArrayDeque<MSpan>[] partial = new ArrayDeque[] {new ArrayDeque<MSpan>(), new ArrayDeque<MSpan>()};
    @SuppressWarnings("unchecked")
    private final ArrayDeque<MSpan>[] full = new ArrayDeque[] {new ArrayDeque<MSpan>(), new ArrayDeque<MSpan>()};

    MCentral(MHeap heap, int spanclass) {
        this.heap = heap;
        this.spanclass = spanclass;
    }

    ArrayDeque<MSpan> partialSwept(long sg) {
        return partial[(int) ((sg >>> 1) & 1)];
    }

    ArrayDeque<MSpan> partialUnswept(long sg) {
        return partial[(int) (((sg >>> 1) + 1) & 1)];
    }

    ArrayDeque<MSpan> fullSwept(long sg) {
        return full[(int) ((sg >>> 1) & 1)];
    }

    ArrayDeque<MSpan> fullUnswept(long sg) {
        return full[(int) (((sg >>> 1) + 1) & 1)];
    }

    /** Finds a span with a free slot for an mcache, sweeping on the way if needed. */
    MSpan cacheSpan() {
        MSpan s = takeSpan();
        if (s == null) {
            s = heap.allocSpan(SizeClasses.classToNPages(SpanClass.sizeClass(spanclass)), spanclass);
        }
        // Start the free-slot cache at freeindex: the span may have been used before.
        s.refillAllocCache(s.freeindex >>> 6);
        s.allocCache >>>= (s.freeindex & 63);
        return s;
    }

    /** Go gives up sweeping for a span after this many tries and takes fresh pages instead. */
    static final int SPAN_BUDGET = 100;

    private synchronized MSpan takeSpan() {
        long sg = heap.sweepgen;
        MSpan s = partialSwept(sg).pollFirst();
        if (s != null) {
            return s;
        }
        // Sweep spans from the previous cycle ourselves: a partial one still has room after.
        int budget = SPAN_BUDGET;
        for (; budget >= 0; budget--) {
            s = partialUnswept(sg).pollFirst();
            if (s == null) {
                break;
            }
            if (s.sweepgen == sg - 2) {
                s.sweepgen = sg - 1;
                heap.sweeper.sweep(s, true);
                return s;
            }
            // Someone else is sweeping it (the background sweeper took it): skip.
        }
        for (; budget >= 0; budget--) {
            s = fullUnswept(sg).pollFirst();
            if (s == null) {
                break;
            }
            if (s.sweepgen == sg - 2) {
                s.sweepgen = sg - 1;
                heap.sweeper.sweep(s, true);
                int free = s.nextFreeIndex();
                if (free != s.nelems) {
                    s.freeindex = free;
                    return s;
                }
                fullSwept(sg).addLast(s);
            }
        }
        return null;
    }

    /** Takes a span back from an mcache. */
    void uncacheSpan(MSpan s) {
        long sg = heap.sweepgen;
        boolean stale = s.sweepgen == sg + 1;
        if (stale) {
            // Cached before this sweep began: it still has last cycle's marks to apply.
            s.sweepgen = sg - 1;
            heap.sweeper.sweep(s, false);
            return;
        }
        s.sweepgen = sg;
        push(s, sg);
    }

    /** Puts a swept span where it belongs. */
    synchronized void push(MSpan s, long sg) {
        if (s.allocCount == s.nelems) {
            fullSwept(sg).addLast(s);
        } else {
            partialSwept(sg).addLast(s);
        }
    }

    synchronized void pushFull(MSpan s, long sg) {
        fullSwept(sg).addLast(s);
    }

    /** An unswept span for the background sweeper, full ones first, or null. */
    synchronized MSpan takeUnswept() {
        long sg = heap.sweepgen;
        MSpan s = fullUnswept(sg).pollFirst();
        if (s == null) {
            s = partialUnswept(sg).pollFirst();
        }
        return s;
    }

    /** Whether an unswept span is left in this central (the sweeper's termination test). */
    synchronized boolean hasUnswept() {
        long sg = heap.sweepgen;
        return !fullUnswept(sg).isEmpty() || !partialUnswept(sg).isEmpty();
    }

    /** Number of spans in the four sets (for tests and debug dumps). */
    synchronized int[] counts() {
        long sg = heap.sweepgen;
        return new int[] {partialSwept(sg).size(), partialUnswept(sg).size(), fullSwept(sg).size(), fullUnswept(sg).size()};
    }
}
