package minigo.interp;

import java.lang.reflect.Field;
import minigo.interp.sched.Sched;

/**
 * Truffle's fallback runtime (no Graal compiler: tests, MINIGO_INTERPRETER_ONLY) does not walk the
 * Java stack for {@code iterateFrames}; it keeps the guest frames in a thread local. Goroutines are
 * continuations sharing one thread, so each must keep its own value of that thread local across
 * switches ({@link Sched.ThreadState}). The optimizing runtime walks the real stack and needs
 * nothing. Reached by reflection (the launcher opens the package); if it cannot be, tracebacks of
 * parked goroutines may show the wrong functions, nothing else changes.
 */
final class FrameStacks {
    private FrameStacks() {}

    static void install(Sched s) {
        Object rt = com.oracle.truffle.api.Truffle.getRuntime();
        if (!rt.getClass().getName().equals("com.oracle.truffle.api.impl.DefaultTruffleRuntime")) return;
        try {
            Field f = rt.getClass().getDeclaredField("stackTraces");
            f.setAccessible(true);
            @SuppressWarnings("unchecked")
            ThreadLocal<Object> tl = (ThreadLocal<Object>) f.get(rt);
            s.setThreadState(new Sched.ThreadState() {
                @Override
                public Object save() {
                    return tl.get();
                }

                @Override
                public void restore(Object saved) {
                    tl.set(saved);
                }
            });
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not accessible: keep the shared frame stack (see the class comment)
        }
    }
}
