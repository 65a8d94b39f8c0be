package minigo.interp.sched;

import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * The JDK's one-shot delimited continuations ({@code jdk.internal.vm.Continuation}, what virtual
 * threads are built on). They are a goroutine's stack while it does not run: {@link #yield}
 * freezes the frames of the running continuation and returns to whoever called {@link #run},
 * which later thaws them on the same thread.
 *
 * <p>The calls are direct, not through method handles: at every switch, a method handle adapted
 * to {@code Object} went through lambda forms and a {@code Class.cast} in the M's code, which runs
 * as C1's code (the launcher stops HotSpot at C1). The package must be exported to us both when
 * this module compiles (its pom) and when it runs: {@code --add-exports
 * java.base/jdk.internal.vm=ALL-UNNAMED} (the launcher and the test configuration pass it).
 * Without it, making a goroutine fails with a message that says so.
 */
final class Continuations {
    private Continuations() {}

    /** Whether the JVM exports the package to us; if not, nothing here may touch its classes. */
    private static final boolean AVAILABLE =
            Object.class.getModule().isExported("jdk.internal.vm", Continuations.class.getModule());

    /** The scope every goroutine yields to (in a holder: made only once the export is known). */
    private static final class Scope {
        static final ContinuationScope GOROUTINE = new ContinuationScope("goroutine");
    }

    /** A new, not yet started continuation that will run body. */
    static Object create(Runnable body) {
        if (!AVAILABLE) {
            throw new IllegalStateException("goroutines need the JVM option --add-exports java.base/jdk.internal.vm=ALL-UNNAMED");
        }
        return new Continuation(Scope.GOROUTINE, body);
    }

    /** Mounts c on the calling thread until it yields or its body ends (exceptions from the body propagate). */
    static void run(Object c) {
        ((Continuation) c).run();
    }

    /** Freezes the running continuation and returns from its {@link #run}. */
    static void yield() {
        // Small enough for C1 to inline three levels deep (see Sched.waitForP).
        failIfPinned(Continuation.yield(Scope.GOROUTINE));
    }

    private static void failIfPinned(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("goroutine could not yield (pinned: a native frame or a monitor on its stack)");
        }
    }

    /** Whether the caller runs inside a continuation (a goroutine other than goroutine 1). */
    static boolean inContinuation() {
        return AVAILABLE && Continuation.getCurrentContinuation(Scope.GOROUTINE) != null;
    }
}
