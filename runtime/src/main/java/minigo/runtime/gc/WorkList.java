package minigo.runtime.gc;

import java.util.ArrayDeque;

/**
 * The global list of grey objects (Go's work.full and work.empty lists of workbufs): full
 * buffers that per-P {@link GcWork}s spilled, for any worker to take. A buffer is an array of
 * object base addresses; whole buffers move, so the lock is taken once per 256 objects.
 */
final class WorkList {
    static final int BUF = 256;

    static final class Buf {
        final long[] obj = new long[BUF];
        int n;
    }

    /** Go's workbuf: 2 KiB, allocated from the heap in 32 KiB spans and counted in GCSys. */
    static final int WORKBUF_BYTES = 2048;
    static final int WORKBUF_ALLOC = 32 << 10;

    private final ArrayDeque<Buf> full = new ArrayDeque<>();
    private final ArrayDeque<Buf> empty = new ArrayDeque<>();
    /** Buffers in existence, and the most there were since {@link #takePeak}. */
    private int live;
    private int peak;

    synchronized void putFull(Buf b) {
        full.addLast(b);
    }

    synchronized Buf tryGetFull() {
        return full.pollLast();
    }

    synchronized Buf getEmpty() {
        Buf b = empty.pollLast();
        if (b != null) {
            return b;
        }
        if (++live > peak) {
            peak = live;
        }
        return new Buf();
    }

    synchronized void putEmpty(Buf b) {
        b.n = 0;
        if (empty.size() < 64) {
            empty.addLast(b);
        } else {
            live--;
        }
    }

    /** The memory the most buffers alive at once took (whole 32 KiB spans); restarts the count. */
    synchronized long takePeak() {
        long bytes = ((long) peak * WORKBUF_BYTES + WORKBUF_ALLOC - 1) / WORKBUF_ALLOC * WORKBUF_ALLOC;
        peak = live;
        return bytes;
    }

    synchronized boolean isEmpty() {
        return full.isEmpty();
    }

    synchronized void clear() {
        full.clear();
    }
}
