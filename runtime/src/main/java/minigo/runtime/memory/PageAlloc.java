package minigo.runtime.memory;

import java.util.BitSet;

/**
 * The page allocator (Go's pageAlloc): which of the heap's mapped pages are
 * in use, and which free pages have been returned to the OS (scavenged).
 *
 * <p>Pages are numbered from the arena base. Free runs coalesce by
 * construction: a run is just a stretch of clear bits, so freeing pages next
 * to a free run makes one longer run. Allocation is first fit by address,
 * as Go's is: the lowest-addressed run of enough free pages wins, which keeps
 * the heap compact and makes addresses reproducible.
 *
 * <p>Invariants: a page is never both in use and scavenged; every page below
 * {@link #mapped} is either in use or free; no page at or above it is.
 */
final class PageAlloc {
    private final BitSet inUse = new BitSet();
    private final BitSet scavenged = new BitSet();
    /** Number of pages mapped so far, from page 0. */
    private int mapped;
    /** No free page lies below this index (a search hint, always safe to lower). */
    private int searchIndex;
    /** Pages of the last {@link #alloc} that had been scavenged (their memory must come back). */
    int lastScavenged;

    int mapped() {
        return mapped;
    }

    /** Adds {@code npages} fresh pages at the top. Fresh memory counts as released until used. */
    void grow(int npages) {
        scavenged.set(mapped, mapped + npages);
        mapped += npages;
    }

    /** Takes the lowest run of {@code npages} free pages; returns its first page, or -1 if none. */
    int alloc(int npages) {
        int i = searchIndex;
        while (true) {
            int start = inUse.nextClearBit(i);
            if (start + npages > mapped) {
                return -1;
            }
            int nextUsed = inUse.nextSetBit(start);
            if (nextUsed < 0 || nextUsed >= start + npages) {
                inUse.set(start, start + npages);
                BitSet scav = scavenged.get(start, start + npages);
                lastScavenged = scav.cardinality();
                scavenged.clear(start, start + npages);
                if (start == searchIndex) {
                    searchIndex = inUse.nextClearBit(start);
                }
                return start;
            }
            i = nextUsed;
        }
    }

    void free(int page, int npages) {
        inUse.clear(page, page + npages);
        if (page < searchIndex) {
            searchIndex = page;
        }
    }

    /**
     * Returns up to {@code npages} free, unscavenged pages to the OS, highest
     * addresses first (the pages least likely to be reused soon). Returns how
     * many were released.
     */
    int scavenge(int npages) {
        int released = 0;
        int i = mapped - 1;
        while (released < npages && i >= 0) {
            if (!inUse.get(i) && !scavenged.get(i)) {
                scavenged.set(i);
                released++;
            }
            i--;
        }
        return released;
    }

    boolean isInUse(int page) {
        return inUse.get(page);
    }

    boolean isScavenged(int page) {
        return scavenged.get(page);
    }

    /** Free pages that are not scavenged (HeapIdle - HeapReleased, in pages). */
    int freeUnscavenged() {
        return mapped - inUse.cardinality() - scavenged.cardinality();
    }
}
