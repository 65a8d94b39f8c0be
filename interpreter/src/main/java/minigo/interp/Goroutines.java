package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import minigo.interp.sched.Sched;
import minigo.interp.values.GoPanic;

/** go f(x): the call, already evaluated, becomes a new goroutine of the scheduler. */
public final class Goroutines {
    private Goroutines() {}

    @TruffleBoundary
    public static void start(Node location, Deferred call) {
        GoContext ctx = GoLanguage.context(location);
        Sched.current().go(() -> {
            GState g = ctx.g();
            g.depth = 0;
            g.armed = null;
            try {
                call.invoke();
            } catch (GoPanic p) {
                ProgramRoot.dieOfPanic(ctx, p, null);
            }
        });
    }
}
