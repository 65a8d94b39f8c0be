package minigo.bench;

import java.util.concurrent.TimeUnit;
import minigo.runtime.memory.MCache;
import minigo.runtime.memory.MHeap;
import minigo.runtime.memory.Malloc;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The allocator's fast path: {@link Malloc#mallocgc} served from the P's mcache, as the interpreter
 * calls it for {@code new(T)} / {@code &T{}} (the interpreter adds a lock and a TruffleBoundary
 * around it, see Heap.alloc; this measures the runtime's own cost).
 *
 * <p>Each invocation allocates {@link #BATCH} objects of one size class. Without a collector the heap
 * would only grow, so before each invocation (not timed) a sweep with nothing marked frees every
 * slot: the spans go back to their mcentral and are reused, as in a steady-state Go program. The
 * cached span runs out every nelems allocations (170 for 48 bytes, 512 for 16), so the figure
 * includes that refill, amortized: Go's own mallocgc figure includes it too.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MallocBench {
    static final int BATCH = 4096;

    MHeap heap;
    MCache c;

    @Setup(Level.Trial)
    public void heap() {
        heap = new MHeap();
        c = heap.newMCache();
    }

    /** Not timed: frees everything the last invocation allocated (no object is marked). */
    @Setup(Level.Invocation)
    public void sweep() {
        heap.sweeper().startCycle();
        heap.sweeper().sweepAll();
    }

    /** A 48-byte object with pointers (e.g. a struct of a string, a slice and a pointer). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long smallScan() {
        long x = 0;
        for (int i = 0; i < BATCH; i++) {
            x ^= Malloc.mallocgc(c, 48, false, null);
        }
        return x;
    }

    /** A 48-byte object without pointers (e.g. [6]int): a noscan span class. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long smallNoscan() {
        long x = 0;
        for (int i = 0; i < BATCH; i++) {
            x ^= Malloc.mallocgc(c, 48, true, null);
        }
        return x;
    }

    /** An 8-byte noscan object (an escaping int): the tiny allocator, two per 16-byte block. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long tiny() {
        long x = 0;
        for (int i = 0; i < BATCH; i++) {
            x ^= Malloc.mallocgc(c, 8, true, null);
        }
        return x;
    }

    /** A 16-byte object with pointers (a Node{left, right *Node} of binarytrees). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long small16Scan() {
        long x = 0;
        for (int i = 0; i < BATCH; i++) {
            x ^= Malloc.mallocgc(c, 16, false, null);
        }
        return x;
    }
}
