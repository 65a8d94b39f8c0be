package minigo.interp.sched;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The JDK's one-shot delimited continuations ({@code jdk.internal.vm.Continuation}, what virtual
 * threads are built on), reached through method handles so that the code compiles with
 * {@code --release}. They are a goroutine's stack while it does not run: {@link #yield} freezes the
 * frames of the running continuation and returns to whoever called {@link #run}, which later
 * thaws them on the same thread.
 *
 * <p>The JVM must export the package: {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}
 * (the launcher and the test configuration pass it). Without it, making a goroutine fails with a
 * message that says so.
 */
final class Continuations {
    private Continuations() {}

    private static final Object SCOPE;
    private static final MethodHandle NEW;
    private static final MethodHandle RUN;
    private static final MethodHandle YIELD;
    private static final MethodHandle CURRENT;
    private static final Throwable UNAVAILABLE;

    static {
        Object scope = null;
        MethodHandle mk = null, run = null, yield = null, current = null;
        Throwable why = null;
        try {
            Class<?> scopeClass = Class.forName("jdk.internal.vm.ContinuationScope");
            Class<?> contClass = Class.forName("jdk.internal.vm.Continuation");
            MethodHandles.Lookup l = MethodHandles.lookup();
            scope = l.findConstructor(scopeClass, MethodType.methodType(void.class, String.class)).invoke("goroutine");
            mk = l.findConstructor(contClass, MethodType.methodType(void.class, scopeClass, Runnable.class))
                    .asType(MethodType.methodType(Object.class, Object.class, Runnable.class));
            run = l.findVirtual(contClass, "run", MethodType.methodType(void.class))
                    .asType(MethodType.methodType(void.class, Object.class));
            yield = l.findStatic(contClass, "yield", MethodType.methodType(boolean.class, scopeClass))
                    .asType(MethodType.methodType(boolean.class, Object.class));
            current = l.findStatic(contClass, "getCurrentContinuation", MethodType.methodType(contClass, scopeClass))
                    .asType(MethodType.methodType(Object.class, Object.class));
        } catch (Throwable t) {
            why = t;
        }
        SCOPE = scope;
        NEW = mk;
        RUN = run;
        YIELD = yield;
        CURRENT = current;
        UNAVAILABLE = why;
    }

    /** A new, not yet started continuation that will run body. */
    static Object create(Runnable body) {
        if (UNAVAILABLE != null) {
            throw new IllegalStateException("goroutines need the JVM option --add-exports java.base/jdk.internal.vm=ALL-UNNAMED", UNAVAILABLE);
        }
        try {
            return NEW.invokeExact(SCOPE, body);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Mounts c on the calling thread until it yields or its body ends (exceptions from the body propagate). */
    static void run(Object c) {
        try {
            RUN.invokeExact(c);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Freezes the running continuation and returns from its {@link #run}. */
    static void yield() {
        // Small enough for C1 to inline three levels deep (see Sched.waitForP).
        boolean ok;
        try {
            ok = (boolean) YIELD.invokeExact(SCOPE);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        failIfPinned(ok);
    }

    private static void failIfPinned(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("goroutine could not yield (pinned: a native frame or a monitor on its stack)");
        }
    }

    /** Whether the caller runs inside a continuation (a goroutine other than goroutine 1). */
    static boolean inContinuation() {
        if (UNAVAILABLE != null) {
            return false;
        }
        try {
            return (Object) CURRENT.invokeExact(SCOPE) != null;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException rethrow(Throwable t) throws T {
        throw (T) t;
    }
}
