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

    private final ArrayDeque<Buf> full = new ArrayDeque<>();
    private final ArrayDeque<Buf> empty = new ArrayDeque<>();

    synchronized void putFull(Buf b) {
        full.addLast(b);
    }

    synchronized Buf tryGetFull() {
        return full.pollLast();
    }

    synchronized Buf getEmpty() {
        Buf b = empty.pollLast();
        return b != null ? b : new Buf();
    }

    synchronized void putEmpty(Buf b) {
        b.n = 0;
        if (empty.size() < 64) {
            empty.addLast(b);
        }
    }

    synchronized boolean isEmpty() {
        return full.isEmpty();
    }

    synchronized void clear() {
        full.clear();
    }
}
