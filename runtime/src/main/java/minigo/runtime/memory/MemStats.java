package minigo.runtime.memory;

/**
 * A snapshot of Go 1.19's runtime.MemStats, field for field and in Go's
 * order, filled by {@link MHeap#readMemStats}. The interpreter copies it into
 * the Go struct; every field is a uint64 in Go except NumGC/NumForcedGC
 * (uint32), GCCPUFraction (float64) and EnableGC/DebugGC (bool).
 *
 * <p>Definitions (as Go documents them): Alloc == HeapAlloc, bytes of live
 * and not-yet-swept heap objects; TotalAlloc, cumulative bytes allocated
 * (size-class or page-rounded sizes, never decreasing); Mallocs/Frees,
 * cumulative object counts (a tiny allocation that did not start a block
 * counts in both at once); HeapObjects == Mallocs - Frees; HeapSys ==
 * HeapIdle + HeapInuse, heap memory obtained from the OS minus what went to
 * stacks; HeapReleased, idle memory returned to the OS; StackSys ==
 * StackInuse plus OS stacks (none here); Sys, the sum of all the XSys fields.
 */
public final class MemStats {
    /** Number of BySize entries Go reports (fewer than the 68 size classes, for compatibility). */
    public static final int BY_SIZE = 61;

    public long alloc;
    public long totalAlloc;
    public long sys;
    public long lookups;
    public long mallocs;
    public long frees;

    public long heapAlloc;
    public long heapSys;
    public long heapIdle;
    public long heapInuse;
    public long heapReleased;
    public long heapObjects;

    public long stackInuse;
    public long stackSys;
    public long mSpanInuse;
    public long mSpanSys;
    public long mCacheInuse;
    public long mCacheSys;
    public long buckHashSys;
    public long gcSys;
    public long otherSys;

    public long nextGC;
    public long lastGC;
    public long pauseTotalNs;
    public final long[] pauseNs = new long[256];
    public final long[] pauseEnd = new long[256];
    public int numGC;
    public int numForcedGC;
    public double gcCPUFraction;
    public boolean enableGC;
    public boolean debugGC;

    /** BySize[i]: Size (uint32), Mallocs, Frees for size class i; entry 0 is size 0 and stays empty. */
    public final int[] bySizeSize = new int[BY_SIZE];
    public final long[] bySizeMallocs = new long[BY_SIZE];
    public final long[] bySizeFrees = new long[BY_SIZE];

    /** Number of leading uint64 fields, Alloc through PauseTotalNs (Go struct field indexes 0..23). */
    public static final int SCALAR_FIELDS = 24;

    /**
     * The uint64 fields Alloc through PauseTotalNs in Go's field order, so a
     * native ReadMemStats can copy them by field index; PauseNs (24),
     * PauseEnd (25), NumGC (26), NumForcedGC (27), GCCPUFraction (28),
     * EnableGC (29), DebugGC (30) and BySize (31) follow in the Go struct.
     */
    public long[] scalarFields() {
        return new long[] {
            alloc, totalAlloc, sys, lookups, mallocs, frees,
            heapAlloc, heapSys, heapIdle, heapInuse, heapReleased, heapObjects,
            stackInuse, stackSys, mSpanInuse, mSpanSys, mCacheInuse, mCacheSys,
            buckHashSys, gcSys, otherSys, nextGC, lastGC, pauseTotalNs,
        };
    }
}
