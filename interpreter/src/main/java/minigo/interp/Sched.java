package minigo.interp;

import com.oracle.truffle.api.nodes.Node;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Compatibility facade for natives written against the interpreter's first stand-in scheduler.
 * Goroutines now run on {@link minigo.interp.sched.Sched} (one P passed as a baton between virtual
 * threads); new code should call that directly.
 */
public final class Sched {
    private Sched() {}

    /** No thread holds this lock any more: natives that test it take their "no scheduler" path. */
    public static final ReentrantLock P = new ReentrantLock();

    public static int numGoroutine() {
        minigo.interp.sched.Sched s = minigo.interp.sched.Sched.current();
        return s == null ? 1 : s.numGoroutine();
    }

    public static void yield(Node location) {
        minigo.interp.sched.Sched s = minigo.interp.sched.Sched.current();
        if (s != null) s.gosched();
    }

    public static void changed() {}

    public static void waitUntil(java.util.function.BooleanSupplier ready) {
        while (!ready.getAsBoolean()) Sched.yield(null);
    }
}
