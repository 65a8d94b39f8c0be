package minigo.runtime.gc;

import java.util.List;

/**
 * What the collector needs from the scheduler (implemented by minigo.interp.sched, and by the
 * tests' synthetic mutators). The collector never starts, stops or reads a goroutine itself.
 *
 * <p>Protocol for stacks: at the start of each mark phase the collector calls
 * {@link #requestStackScan} for every goroutine but the one it runs on; the host makes each of
 * them call {@link Collector#scanStack}(g) on g's own thread: a parked G is woken to scan and parks
 * again (without taking a P), a running G scans at its next safepoint
 * ({@link Collector#safepoint}). Mark termination waits until every requested scan is done.
 */
public interface MutatorHost {
    /** Current GOMAXPROCS: what the trace line, the STW CPU times and GCCPUFraction count. */
    int gomaxprocs();

    /**
     * The Ps that run Go code at the same time, as the pacer sees them. minigo's scheduler runs
     * one (one M takes the Ps in turns), whatever GOMAXPROCS says, and with one the pacer can run
     * on work instead of time, so that runs repeat (see {@link Collector.Options#deterministicPacing}).
     */
    default int pacingProcs() {
        return gomaxprocs();
    }

    /**
     * Stops the world: returns when no other goroutine executes Go code (each is parked or
     * waits at a safepoint). Called on a goroutine thread or a collector thread.
     */
    void stopTheWorld(String reason);

    void startTheWorld();

    /** Every goroutine that exists now (Go's allgs, dead ones excluded). Called with the world stopped. */
    List<? extends GcGoroutine> allGoroutines();

    /** The goroutine whose code runs on the calling thread, or null on a collector thread. */
    GcGoroutine currentGoroutine();

    /**
     * Arranges for g to call {@link Collector#scanStack}(g) on its own thread soon. Must not
     * block, and must be served while the world is stopped too (a stopped goroutine scans
     * itself without resuming Go code).
     */
    void requestStackScan(GcGoroutine g);

    /**
     * The calling goroutine is about to wait inside the collector (for another cycle transition
     * or a cycle's end): until {@link #endBlocking}, {@link #stopTheWorld} must not wait for it
     * (Go: a goroutine parked on gcsema or the sweep waiters counts as stopped).
     */
    default void beginBlocking() {
    }

    /** The wait is over; returns only while the world runs. */
    default void endBlocking() {
    }

    /**
     * A host with a single goroutine that never parks (unit tests, and a program before the
     * scheduler exists): the world is "stopped" by the caller holding the only P.
     */
    static MutatorHost single(GcGoroutine main) {
        return new MutatorHost() {
            @Override
            public int gomaxprocs() {
                return 1;
            }

            @Override
            public void stopTheWorld(String reason) {
            }

            @Override
            public void startTheWorld() {
            }

            @Override
            public List<? extends GcGoroutine> allGoroutines() {
                return main == null ? List.of() : List.of(main);
            }

            @Override
            public GcGoroutine currentGoroutine() {
                return main;
            }

            @Override
            public void requestStackScan(GcGoroutine g) {
                throw new IllegalStateException("single-goroutine host asked to scan another goroutine");
            }
        };
    }
}
