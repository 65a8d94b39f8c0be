package minigo.runtime.gc;

/**
 * The collector's fields of a goroutine (Go's g.gcscandone, g.gcAssistBytes). One per G,
 * created by the scheduler with the G; read on the G's fast paths, so plain fields with a
 * volatile flag for the cross-thread request.
 *
 * <table>
 *   <caption>Stack scan state within one cycle</caption>
 *   <tr><th>state</th><th>scanRequested</th><th>scannedCycle</th></tr>
 *   <tr><td>not yet asked</td><td>false</td><td>&lt; cycle</td></tr>
 *   <tr><td>asked, pending</td><td>true</td><td>&lt; cycle</td></tr>
 *   <tr><td>done (grey roots pushed)</td><td>false</td><td>== cycle</td></tr>
 * </table>
 */
public final class GcGState {
    /** Set by the collector when it needs this goroutine's stack; the goroutine polls it at safepoints. */
    volatile boolean scanRequested;
    /** The GC cycle (Collector.cycle) whose stack scan this goroutine has done. */
    volatile long scannedCycle = -1;
    /**
     * Assist credit in bytes (Go's gcAssistBytes): positive means the goroutine may allocate that
     * much before it must help mark; negative is debt. Only the goroutine's own thread touches it.
     */
    long assistBytes;

    /** The fast safepoint test: one volatile read. */
    public boolean scanRequested() {
        return scanRequested;
    }

    public long assistBytes() {
        return assistBytes;
    }
}
