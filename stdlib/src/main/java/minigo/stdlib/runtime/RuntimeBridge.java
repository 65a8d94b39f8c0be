package minigo.stdlib.runtime;

import minigo.interp.gc.GcRuntime;
import minigo.runtime.gc.Collector;

import minigo.interp.sched.Sched;

/**
 * What runtime, runtime/debug and time's natives need from minigo's simulated runtime (sync's
 * semaphores are the scheduler's own natives). The defaults use the interpreter's scheduler
 * ({@link minigo.interp.sched.Sched}) and answer for a runtime without a collector (zero
 * statistics); the collector's implementation replaces them through {@link #install}.
 * The collector's calls go to the running program's {@link minigo.runtime.gc.Collector}
 * ({@link minigo.interp.gc.GcRuntime}).
 */
public interface RuntimeBridge {
    /** runtime.GC: a full, blocking collection. */
    default void gc() {
        Collector c = GcRuntime.collector();
        if (c != null) {
            c.gc();
        }
    }

    /** runtime.GOMAXPROCS. */
    default int gomaxprocs(int n) {
        Sched s = Sched.current();
        if (s != null) {
            return s.gomaxprocs(n);
        }
        int old = Stub.procs;
        if (n > 0) {
            Stub.procs = n;
        }
        return old;
    }

    default int numGoroutine() {
        Sched s = Sched.current();
        return s != null ? s.numGoroutine() : 1;
    }

    default void gosched() {
        Sched s = Sched.current();
        if (s != null) {
            s.gosched();
        }
    }

    /** Sleeps the calling goroutine for ns nanoseconds, letting the others run. */
    default void sleep(long ns) {
        Sched s = Sched.current();
        if (s != null) {
            s.sleep(ns);
            return;
        }
        try {
            Thread.sleep(ns / 1_000_000, (int) (ns % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** runtime.ReadMemStats: Go's MemStats fields in declaration order, PauseNs/PauseEnd/BySize excluded. */
    default void readMemStats(MemStatsSink m) {
        minigo.runtime.memory.MemStats s = new minigo.runtime.memory.MemStats();
        minigo.interp.Heap.readMemStats(s);
        long[] scalars = s.scalarFields();
        for (int i = 0; i < scalars.length; i++) {
            m.set(RuntimeNatives.MEMSTATS_FIELDS[i], scalars[i]);
        }
        for (int i = 0; i < s.pauseNs.length; i++) {
            m.setPause(i, s.pauseNs[i], s.pauseEnd[i]);
        }
        m.set("NumGC", s.numGC);
        m.set("NumForcedGC", s.numForcedGC);
        m.setFloat("GCCPUFraction", s.gcCPUFraction);
        for (int i = 0; i < minigo.runtime.memory.MemStats.BY_SIZE; i++) {
            m.setBySize(i, s.bySizeSize[i], s.bySizeMallocs[i], s.bySizeFrees[i]);
        }
    }

    default int setGCPercent(int percent) {
        Collector c = GcRuntime.collector();
        if (c != null) {
            return c.setGCPercent(percent);
        }
        int old = Stub.gcPercent;
        Stub.gcPercent = percent;
        return old;
    }

    default long setMemoryLimit(long limit) {
        Collector c = GcRuntime.collector();
        if (c != null) {
            return c.setMemoryLimit(limit);
        }
        long old = Stub.memoryLimit;
        if (limit >= 0) {
            Stub.memoryLimit = limit;
        }
        return old;
    }

    default void freeOSMemory() {
        Collector c = GcRuntime.collector();
        if (c != null) {
            c.freeOSMemory();
        }
    }

    /** runtime/debug.SetMaxStack: sets the largest goroutine stack and returns the previous setting. */
    default long setMaxStack(long bytes) {
        return minigo.interp.Heap.mheap().stacks().setMaxStackSize(bytes);
    }

    /** runtime.SetFinalizer: returns null, or the fatal error Go would throw (tinyElem: see Collector). */
    default String setFinalizer(Object obj, Object finalizer, boolean tinyElem) {
        Collector c = GcRuntime.collector();
        return c == null ? null : c.setFinalizer(obj, finalizer, tinyElem);
    }

    /** Where ReadMemStats writes. */
    interface MemStatsSink {
        void set(String field, long value);

        void setFloat(String field, double value);

        void setPause(int i, long pauseNs, long pauseEnd);

        void setBySize(int i, long size, long mallocs, long frees);
    }

    static RuntimeBridge current() {
        return Stub.current;
    }

    static void install(RuntimeBridge b) {
        Stub.current = b;
    }

    /** State of the stub bridge. */
    final class Stub {
        static volatile RuntimeBridge current = new RuntimeBridge() {};
        static volatile int procs = Runtime.getRuntime().availableProcessors();
        static volatile int gcPercent = 100;
        static volatile long memoryLimit = Long.MAX_VALUE;

        private Stub() {}
    }
}
