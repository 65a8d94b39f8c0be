package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import minigo.interp.values.GoPanic;

/** go f(x): the call, already evaluated, becomes a new goroutine of the scheduler (it runs next). */
public final class Goroutines {
    private Goroutines() {}

    @TruffleBoundary
    public static void start(Node location, Deferred call) {
        GoContext ctx = GoLanguage.context(location);
        minigo.interp.sched.Sched.current().go(() -> {
            // Threads are reused across goroutines: start from a clean panic/defer state.
            GState g = ctx.g();
            g.depth = 0;
            g.armed = null;
            try {
                call.invoke();
            } catch (GoPanic p) {
                ProgramRoot.dieOfPanic(ctx, p, location);
            }
        });
    }
}
