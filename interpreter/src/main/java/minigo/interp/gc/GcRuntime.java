package minigo.interp.gc;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import minigo.interp.sched.G;
import minigo.interp.sched.Sched;
import minigo.interp.translate.Translator;
import minigo.runtime.gc.Collector;
import minigo.runtime.gc.GcGoroutine;
import minigo.runtime.gc.GcSettings;
import minigo.runtime.gc.MutatorHost;
import minigo.runtime.memory.MHeap;

/**
 * The collector of the running program: made when the program starts (after the scheduler, before
 * package initialisation), from GOGC, GOMEMLIMIT and GODEBUG, over the run's {@link MHeap}. The
 * runtime natives (runtime.GC, debug.SetGCPercent, SetMemoryLimit, FreeOSMemory, SetFinalizer)
 * come here.
 *
 * <p>How the scheduler serves the collector (one P and one M, see minigo.interp.sched): stopping
 * the world is holding the P, which the goroutine that starts a cycle does; a parked goroutine's
 * stack is scanned by mounting its continuation on the M for the moment of the scan.
 */
public final class GcRuntime {
    private GcRuntime() {}

    private static volatile Collector gc;

    /** The running program's collector (null before the program starts). */
    public static Collector collector() {
        return gc;
    }

    /**
     * Starts the collector for a program. {@code runFinalizer} runs one finalizer call on a Go
     * goroutine (the interpreter's call back into Go).
     */
    public static Collector start(MHeap heap, Sched sched, Translator tr, GcSettings s, OutputStream stderr,
            java.util.function.BiConsumer<Object, Object> runFinalizer) {
        Collector.Options o = new Collector.Options();
        o.trace = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        SchedHost host = new SchedHost(sched);
        Collector c = new Collector(heap, ValueScanner.INSTANCE, new ProgramRoots(tr, minigo.interp.Heap::scanRuntimeRoots), host, s, o);
        sched.setGcHook(new Sched.GcHook() {
            @Override
            public void goroutineExit(minigo.interp.sched.G g) {
                c.goroutineExit(g);
            }

            @Override
            public void sysmon() {
                c.pollTimeTrigger();
            }
        });
        c.finalizers().setWakeup(() -> sched.go(() -> {
            for (minigo.runtime.gc.Finalizers.Pending p; (p = c.finalizers().poll()) != null; ) {
                runFinalizer.accept(p.fn(), p.obj());
            }
        }));
        gc = c;
        WriteBarrier.gc = c;
        return c;
    }

    /** The program ended: natives of a later run in this JVM (a test, the REPL) must not find this collector. */
    public static void stop() {
        Collector c = gc;
        gc = null;
        WriteBarrier.gc = null;
        if (c != null) c.shutdown();
    }

    /** The scheduler as the collector sees it. */
    private static final class SchedHost implements MutatorHost {
        private final Sched sched;

        SchedHost(Sched sched) {
            this.sched = sched;
        }

        @Override
        public int gomaxprocs() {
            return sched.gomaxprocs(0);
        }

        @Override
        public int pacingProcs() {
            return 1; // one P runs Go code at a time (minigo.interp.sched)
        }

        @Override
        public void stopTheWorld(String reason) {
            // The caller holds the only P: no other goroutine runs Go code until it lets go.
        }

        @Override
        public void startTheWorld() {
        }

        @Override
        public List<? extends GcGoroutine> allGoroutines() {
            return sched.liveGoroutines();
        }

        @Override
        public GcGoroutine currentGoroutine() {
            return sched.holdsP() ? sched.curg() : null;
        }

        /** Served at once: the goroutine's stack is mounted on the M, scanned, and put back. */
        @Override
        public void requestStackScan(GcGoroutine g) {
            G gg = (G) g;
            if (!gg.framesChanged()) {
                gc.safepoint(gg); // parked since its last scan: no need to mount its stack
                return;
            }
            sched.scanStackOf(gg, segment -> {
                gg.scanSegment = segment;
                try {
                    gc.safepoint(gg);
                } finally {
                    gg.scanSegment = 0;
                }
            });
        }
    }
}
