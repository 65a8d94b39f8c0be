package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A stand-in scheduler until the runtime's G/M/P model is wired in: goroutines are Truffle threads,
 * and exactly one of them runs Go code at a time (it holds {@link #P}, like a single P). A goroutine
 * gives the P up only when it blocks (channel operation, select, sleep) or ends; blocking waits on
 * one condition that every state change signals. When every live goroutine is blocked, the program
 * is deadlocked, as Go reports it.
 */
public final class Sched {
    private Sched() {}

    public static final ReentrantLock P = new ReentrantLock();
    static final Condition CHANGED = P.newCondition();
    /** Goroutines alive (main included). */
    static int live = 1;
    /** Goroutines waiting in {@link #block}. */
    static int blocked;

    /** A new program: only its main goroutine exists. */
    public static void reset() {
        live = 1;
        blocked = 0;
        gen = 0;
    }

    /** Wakes every blocked goroutine to re-check its condition. */
    public static void changed() {
        gen++;
        blocked = 0; // every waiter wakes up and re-checks (re-counting itself if still blocked)
        CHANGED.signalAll();
    }

    /** Incremented by every state change; a waiter that wakes without one is still blocked. */
    static long gen;

    /** Waits (giving up the P) until woken; the caller re-checks its condition in a loop. */
    @TruffleBoundary
    public static void block(Node location) {
        blocked++;
        if (blocked >= live) {
            // nobody can wake us: Go's deadlock
            throw new Deadlock();
        }
        long g = gen;
        TruffleSafepoint.setBlockedThreadInterruptible(location, Condition::await, CHANGED);
        if (gen == g) blocked--;
    }

    /**
     * For natives that must wait (semaphores, sleeps): blocks the calling goroutine until ready
     * holds, letting the others run. Call {@link #changed()} after making another goroutine's
     * condition true.
     */
    @TruffleBoundary
    public static void waitUntil(java.util.function.BooleanSupplier ready) {
        while (!ready.getAsBoolean()) block(null);
    }

    /** Goroutines alive, main included (runtime.NumGoroutine). */
    public static int numGoroutine() {
        return live;
    }

    /** Lets other goroutines run (runtime.Gosched / time.Sleep). */
    @TruffleBoundary
    public static void yield(Node location) {
        if (live <= 1) return;
        P.unlock();
        Thread.yield();
        P.lock();
    }

    /** fatal error: all goroutines are asleep - deadlock! */
    public static final class Deadlock extends RuntimeException {
        Deadlock() {
            super("all goroutines are asleep - deadlock!", null, false, false);
        }
    }
}
