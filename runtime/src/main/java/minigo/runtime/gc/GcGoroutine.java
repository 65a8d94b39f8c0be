package minigo.runtime.gc;

/**
 * What the collector needs from a goroutine (implemented by the scheduler's G). A goroutine's
 * frames can only be read on its own thread, so a goroutine scans its own stack: the collector
 * asks for it ({@link MutatorHost#requestStackScan}) and the goroutine answers by calling
 * {@link Collector#scanStack} on its own thread: at its next safepoint when it is running, or
 * when the scheduler wakes it for the purpose while it is parked.
 */
public interface GcGoroutine {
    /** The collector's per-goroutine state; the G creates one and keeps it for its whole life. */
    GcGState gcState();

    /**
     * On this goroutine's own thread only: reports every reference in every live frame slot
     * (READ_ONLY frame access) and in the stack objects they point to. Returns the bytes of
     * stack scanned (Go's stack scan work: the used part of the stack).
     */
    long scanOwnStack(PointerVisitor v);

    /** Size of the goroutine's stack in bytes (Go's stack.hi - stack.lo): the "MB stacks" of gctrace. */
    long stackSize();

    /** Go's shrinkstack, after a scan: halve the stack if it uses less than a quarter of it. */
    default void shrinkStack() {}
}
