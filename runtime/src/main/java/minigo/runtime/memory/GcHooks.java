package minigo.runtime.memory;

/**
 * Where the collector (minigo.runtime.gc) hooks into allocation, as Go's
 * mallocgc calls into the GC: mark assists before allocating while the
 * collector marks, and the heap-trigger test after an allocation that took a
 * new span (the only allocations that can move heapLive past the trigger).
 * The defaults do nothing: a heap without a collector never collects.
 */
public interface GcHooks {
    /**
     * Before an allocation of {@code size} bytes, only while
     * {@link MHeap#setAssistsEnabled assists are enabled}: charge the
     * allocating goroutine (Go's deductAssistCredit).
     */
    default void assist(MCache c, long size) {
    }

    /**
     * After an allocation that refilled an mcache span or allocated a large
     * object: test the heap trigger and start a cycle if it is reached (Go's
     * shouldhelpgc path). Called after the object is fully allocated.
     * {@code addr} is the new object's address: a cycle started here must
     * treat it as a root, since it is in no frame slot yet (in Go it is
     * still a local of mallocgc's frame, which the stack scan sees).
     */
    default void spanAllocated(MCache c, long addr) {
    }

    GcHooks NONE = new GcHooks() { };
}
