package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The interpreter's and natives' view of the scheduler ({@link minigo.interp.sched.Sched}), kept
 * with the names of the stand-in it replaced. {@link #P} stands for "this thread holds the P":
 * {@code isHeldByCurrentThread} tells whether the caller is the running goroutine, {@code unlock}
 * gives the P away for a blocking Java wait (Go's entersyscall) and {@code lock} takes it back
 * (exitsyscall). New code should call the scheduler directly.
 */
public final class Sched {
    private Sched() {}

    private static minigo.interp.sched.Sched s() {
        return minigo.interp.sched.Sched.current();
    }

    public static final ReentrantLock P = new ReentrantLock() {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isHeldByCurrentThread() {
            minigo.interp.sched.Sched s = s();
            return s != null && s.holdsP();
        }

        @Override
        public void lock() {
            s().exitsyscall();
        }

        @Override
        public void unlock() {
            s().entersyscall();
        }
    };

    /** Re-checks every goroutine waiting in {@link #waitUntil}. */
    public static void changed() {
        s().changed();
    }

    /**
     * For natives that must wait (semaphores, sleeps): parks the calling goroutine until ready
     * holds, letting the others run. Call {@link #changed()} after making another goroutine's
     * condition true.
     */
    @TruffleBoundary
    public static void waitUntil(java.util.function.BooleanSupplier ready) {
        s().waitUntil(ready);
    }

    /** Goroutines alive, main included (runtime.NumGoroutine). */
    public static int numGoroutine() {
        minigo.interp.sched.Sched s = s();
        return s == null ? 1 : s.numGoroutine();
    }

    /** Lets other goroutines run (runtime.Gosched). */
    @TruffleBoundary
    public static void yield(Node location) {
        s().gosched();
    }

    /** time.Sleep: parks the goroutine on a timer. */
    @TruffleBoundary
    public static void sleep(long nanos) {
        s().sleep(nanos);
    }
}
