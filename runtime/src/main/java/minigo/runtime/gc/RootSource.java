package minigo.runtime.gc;

/**
 * The roots that are not goroutine stacks: package-level variables (Go's data and bss segments)
 * and the references the runtime itself holds (channel buffers and wait queues, timers, the
 * finalizer queue is the collector's own, sync.Pool's per-P caches through their Go globals).
 * Implemented by the interpreter; scanned by the collector as root jobs, on any thread, while
 * mutators run (the hybrid barrier makes a concurrent scan of globals safe).
 */
public interface RootSource {
    /** Reports every reference held by package-level variables. */
    void scanGlobals(PointerVisitor v);

    /**
     * Bytes of package-level variables that contain pointers (Go's globalsScan: the pointer
     * prefix of data+bss). Enters the heap goal and is the "MB globals" of gctrace.
     */
    long globalsScanBytes();

    /** Reports runtime-held references: channel buffers and waiting sudogs' elems, timers' funcs and args. */
    void scanRuntimeRoots(PointerVisitor v);

    /** A program without globals (tests). */
    RootSource NONE = new RootSource() {
        @Override
        public void scanGlobals(PointerVisitor v) {
        }

        @Override
        public long globalsScanBytes() {
            return 0;
        }

        @Override
        public void scanRuntimeRoots(PointerVisitor v) {
        }
    };
}
