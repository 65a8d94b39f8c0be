package minigo.runtime.memory;

/**
 * The collector's part of MemStats, kept here so that ReadMemStats can copy
 * it; the collector (minigo.runtime.gc) writes it, under the heap lock.
 */
public final class GcCounters {
    /** Go's minimum heap goal: 4 MB, before the first cycle. */
    public static final long HEAP_MINIMUM = 4 << 20;

    public long nextGC = HEAP_MINIMUM;
    public long lastGC;
    public long pauseTotalNs;
    public final long[] pauseNs = new long[256];
    public final long[] pauseEnd = new long[256];
    public int numGC;
    public int numForcedGC;
    public double gcCPUFraction;
    public boolean enableGC = true;
    public boolean debugGC;

    /** Records the stop-the-world pause of a finished cycle in the circular buffers. */
    public void recordPause(long ns, long endUnixNanos) {
        pauseNs[(numGC + 255) % 256] = ns;
        pauseEnd[(numGC + 255) % 256] = endUnixNanos;
        pauseTotalNs += ns;
    }
}
