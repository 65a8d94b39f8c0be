package minigo.runtime.gc;

import java.util.IdentityHashMap;

/**
 * A producer/consumer of grey objects (Go's gcWork): one per P (kept in the P's mcache), one
 * per background mark worker, and short-lived ones for stack scans. Grey objects go into a
 * private buffer without locks; a full buffer moves to the global {@link WorkList}, and an empty
 * one takes a full buffer from there. Also the {@link PointerVisitor} its owner's scans report
 * to: each reported reference is shaded (a heap object) or scanned through (a value without an
 * address, such as a stack Box or an interior struct).
 *
 * <p>Only one thread uses a GcWork at a time (the P's holder, or the world is stopped).
 */
final class GcWork implements PointerVisitor {
    private final Collector gc;
    private WorkList.Buf buf;
    /** Scan work done through this gcWork and not yet added to the pacer. */
    long heapScanWork;
    /** While scanning roots: stack objects already scanned through (they may form cycles). */
    private IdentityHashMap<Object, Boolean> rootSeen;
    private int depth;

    GcWork(Collector gc) {
        this.gc = gc;
        this.buf = gc.work.getEmpty();
    }

    void put(long addr) {
        if (buf.n == WorkList.BUF) {
            gc.work.putFull(buf);
            buf = gc.work.getEmpty();
        }
        buf.obj[buf.n++] = addr;
    }

    /** The next grey object, or 0 when neither this buffer nor the global list has one. */
    long tryGet() {
        if (buf.n == 0) {
            WorkList.Buf b = gc.work.tryGetFull();
            if (b == null) {
                return 0;
            }
            gc.work.putEmpty(buf);
            buf = b;
        }
        return buf.obj[--buf.n];
    }

    boolean isEmpty() {
        return buf.n == 0;
    }

    /** Makes this buffer's grey objects visible to other workers (Go's gcw.dispose / wbBufFlush). */
    void flush() {
        if (buf.n > 0) {
            gc.work.putFull(buf);
            buf = gc.work.getEmpty();
        }
        if (heapScanWork != 0) {
            gc.pacer.heapScanWork.addAndGet(heapScanWork);
            heapScanWork = 0;
        }
    }

    /** Drops everything (a cycle ended with work left only in checkmark's bookkeeping). */
    void reset() {
        buf.n = 0;
        heapScanWork = 0;
    }

    // ---- scanning roots ----

    /** Starts a root scan: addressless objects are remembered so that cycles among stack objects end. */
    void beginRoots() {
        rootSeen = new IdentityHashMap<>();
    }

    void endRoots() {
        rootSeen = null;
    }

    @Override
    public void visit(Object ref) {
        if (ref == null) {
            return;
        }
        long a = gc.scanner.addressOf(ref);
        if (a != 0) {
            gc.shade(a, this);
            return;
        }
        if (rootSeen != null && rootSeen.put(ref, Boolean.TRUE) != null) {
            return;
        }
        if (++depth > 100_000) {
            throw new IllegalStateException("runtime: GC scan through addressless values too deep (a cycle outside the heap?) at " + ref.getClass().getName());
        }
        try {
            gc.scanner.scan(ref, this);
        } finally {
            depth--;
        }
    }
}
