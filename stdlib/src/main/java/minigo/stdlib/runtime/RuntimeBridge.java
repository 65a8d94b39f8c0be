package minigo.stdlib.runtime;

/**
 * What runtime, runtime/debug, sync and time's natives need from minigo's simulated runtime. The
 * defaults use the interpreter's stand-in scheduler ({@link minigo.interp.Sched}: goroutines block
 * and wake through it) and answer for a runtime without a collector (zero statistics); the real
 * runtime replaces them through {@link #install}.
 * TODO(runtime): install the allocator/collector/scheduler implementation.
 */
public interface RuntimeBridge {
    /** runtime.GC: a full, blocking collection. */
    default void gc() {}

    /** runtime.GOMAXPROCS. */
    default int gomaxprocs(int n) {
        int old = Stub.procs;
        if (n > 0) {
            Stub.procs = n;
        }
        return old;
    }

    default int numGoroutine() {
        return minigo.interp.Sched.numGoroutine();
    }

    default void gosched() {
        if (minigo.interp.Sched.P.isHeldByCurrentThread()) {
            minigo.interp.Sched.yield(null);
        }
    }

    /** Sleeps the calling goroutine for ns nanoseconds, letting the others run. */
    default void sleep(long ns) {
        boolean held = minigo.interp.Sched.P.isHeldByCurrentThread();
        if (held) {
            minigo.interp.Sched.P.unlock();
        }
        try {
            Thread.sleep(ns / 1_000_000, (int) (ns % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (held) {
                minigo.interp.Sched.P.lock();
            }
        }
    }

    /** runtime.ReadMemStats: Go's MemStats fields in declaration order, PauseNs/PauseEnd/BySize excluded. */
    default void readMemStats(MemStatsSink m) {}

    default int setGCPercent(int percent) {
        int old = Stub.gcPercent;
        Stub.gcPercent = percent;
        return old;
    }

    default long setMemoryLimit(long limit) {
        long old = Stub.memoryLimit;
        if (limit >= 0) {
            Stub.memoryLimit = limit;
        }
        return old;
    }

    default void freeOSMemory() {
        gc();
    }

    default void setFinalizer(Object obj, Object finalizer) {}

    /** Blocks until *sema > 0, then decrements it (sync's runtime_Semacquire). */
    default void semacquire(minigo.interp.values.Pointer sema) {
        Stub.semacquire(sema);
    }

    /** Increments *sema and wakes a waiter. */
    default void semrelease(minigo.interp.values.Pointer sema) {
        Stub.semrelease(sema);
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
        private static final Object SEMA = new Object();

        private Stub() {}

        static void semacquire(minigo.interp.values.Pointer s) {
            if (minigo.interp.Sched.P.isHeldByCurrentThread()) {
                minigo.interp.Sched.waitUntil(() -> s.loadLong() > 0);
                s.storeLong(s.loadLong() - 1);
                return;
            }
            synchronized (SEMA) {
                while (s.loadLong() == 0) {
                    try {
                        SEMA.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                s.storeLong(s.loadLong() - 1);
            }
        }

        static void semrelease(minigo.interp.values.Pointer s) {
            if (minigo.interp.Sched.P.isHeldByCurrentThread()) {
                s.storeLong(s.loadLong() + 1);
                minigo.interp.Sched.changed();
                return;
            }
            synchronized (SEMA) {
                s.storeLong(s.loadLong() + 1);
                SEMA.notifyAll();
            }
        }
    }
}
