package minigo.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import minigo.runtime.gc.Collector;
import minigo.runtime.gc.GcGState;
import minigo.runtime.gc.GcGoroutine;
import minigo.runtime.gc.GcSettings;
import minigo.runtime.gc.MutatorHost;
import minigo.runtime.gc.ObjectScanner;
import minigo.runtime.gc.PointerVisitor;
import minigo.runtime.gc.RootSource;
import minigo.runtime.memory.MCache;
import minigo.runtime.memory.MHeap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The write barrier's disabled path: between GC cycles every pointer store into the heap pays
 * {@code if (gc.writeBarrier) gc.writePointer(c, old, new)} (Collector's contract with the
 * interpreter). {@link #plainStore} is the same store without it; the difference is the barrier's
 * cost when no cycle runs (the volatile read of the flag keeps the loop from being vectorised).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WriteBarrierBench {
    static final int N = 1024;

    Collector gc;
    MCache c;
    final Object[] slots = new Object[N];
    final Object[] values = {new Object(), new Object(), "x"};

    @Setup
    public void collector() {
        MHeap heap = new MHeap();
        c = heap.newMCache();
        GcGoroutine g = new GcGoroutine() {
            final GcGState st = new GcGState();

            @Override
            public GcGState gcState() {
                return st;
            }

            @Override
            public long scanOwnStack(PointerVisitor v) {
                return 0;
            }

            @Override
            public long stackSize() {
                return 8192;
            }
        };
        ObjectScanner scanner = new ObjectScanner() {
            @Override
            public long addressOf(Object obj) {
                return 0;
            }

            @Override
            public long scan(Object obj, PointerVisitor v) {
                return 0;
            }
        };
        gc = new Collector(heap, scanner, RootSource.NONE, MutatorHost.single(g), GcSettings.fromEnv(Map.of()),
                new Collector.Options());
        if (gc.writeBarrier) throw new IllegalStateException("a fresh collector has its write barrier on");
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object[] barrierStore() {
        Object[] s = slots;
        for (int i = 0; i < N; i++) {
            Object v = values[i % 3];
            Object old = s[i];
            if (gc.writeBarrier) {
                gc.writePointer(c, old, v);
            }
            s[i] = v;
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object[] plainStore() {
        Object[] s = slots;
        for (int i = 0; i < N; i++) {
            s[i] = values[i % 3];
        }
        return s;
    }

}
