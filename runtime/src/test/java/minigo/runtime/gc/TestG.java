package minigo.runtime.gc;

import java.util.ArrayList;
import java.util.List;

/** A synthetic goroutine: its "frame slots" are a list the test manipulates. */
final class TestG implements GcGoroutine {
    final GcGState st = new GcGState();
    final List<Object> slots = new ArrayList<>();
    final long stack;
    volatile Thread thread;

    TestG(long stack) {
        this.stack = stack;
    }

    @Override
    public GcGState gcState() {
        return st;
    }

    @Override
    public long scanOwnStack(PointerVisitor v) {
        if (thread != null && Thread.currentThread() != thread) {
            throw new AssertionError("stack scanned from a foreign thread");
        }
        synchronized (slots) {
            for (Object o : slots) {
                v.visit(o);
            }
            return 8L * slots.size();
        }
    }

    @Override
    public long stackSize() {
        return stack;
    }
}
