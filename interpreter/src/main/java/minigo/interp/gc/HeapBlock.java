package minigo.interp.gc;

/**
 * A heap allocation that has no value object of its own in the interpreter, but that Go's heap has
 * and keeps alive: a map's bucket arrays, a goroutine's g, the allgs array, the funcval of
 * {@code go f(x)}. Its owner holds it (a map's bookkeeping, the scheduler's roots) so that the
 * collector marks it exactly when Go would, and frees it when the owner lets go.
 */
public final class HeapBlock {
    /** Simulated heap address (set by the allocator). */
    public long addr;
    /** Go's ptrdata of the block: the scan work it costs (0 for noscan blocks). */
    public final long ptrdata;

    public HeapBlock(long ptrdata) {
        this.ptrdata = ptrdata;
    }
}
