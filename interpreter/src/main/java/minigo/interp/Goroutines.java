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
        start(location, call, 0, true);
    }

    /** closureSize: the funcval Go builds for a call with arguments (0: none). */
    @TruffleBoundary
    public static void start(Node location, Deferred call, long closureSize, boolean closureNoscan) {
        GoContext ctx = GoLanguage.context(location);
        com.oracle.truffle.api.CallTarget entry = GoLanguage.get(location).goroutineEntry();
        minigo.interp.gc.HeapBlock funcval = Heap.newproc(closureSize, closureNoscan);
        minigo.interp.sched.G made = Sched.current().go(() -> {
            GState g = ctx.g();
            g.depth = 0;
            g.armed = null;
            try {
                entry.call(call);
            } catch (GoPanic p) {
                // runtime.Goexit: the deferred calls have run; the goroutine just ends.
                if (!p.isGoexit()) ProgramRoot.dieOfPanic(ctx, p, null);
            } catch (StackOverflowError e) {
                ProgramRoot.dieOfStackOverflow(ctx, e, null);
            } finally {
                Stacks.release(g);
                Heap.goexit();
            }
        });
        made.goSite = location;
        // The call's function and arguments live on the new goroutine's stack in Go: roots until it ends.
        made.startRoots = new Object[] {call, funcval};
    }
}
