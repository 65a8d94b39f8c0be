package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import minigo.interp.values.GoPanic;

/** go f(x): the call, already evaluated, runs on a new Truffle thread that takes its turn on the P. */
public final class Goroutines {
    private Goroutines() {}

    @TruffleBoundary
    public static void start(Node location, Deferred call) {
        GoContext ctx = GoLanguage.context(location);
        Sched.live++;
        Thread t = ctx.env.newTruffleThreadBuilder(() -> {
            Sched.P.lock();
            try {
                ctx.g().depth = 0;
                call.invoke();
            } catch (GoPanic p) {
                ProgramRoot.dieOfPanic(ctx, p, location);
            } catch (Sched.Deadlock d) {
                ProgramRoot.dieOfDeadlock(ctx, location);
            } finally {
                Sched.live--;
                Sched.changed();
                if (Sched.P.isHeldByCurrentThread()) Sched.P.unlock();
            }
        }).stackSize(256L << 20).build();
        t.setDaemon(true);
        t.start();
    }
}
