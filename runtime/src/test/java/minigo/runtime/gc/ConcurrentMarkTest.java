package minigo.runtime.gc;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import minigo.runtime.memory.MCache;
import minigo.runtime.memory.MHeap;
import minigo.runtime.memory.Malloc;
import org.junit.jupiter.api.Test;

/**
 * The concurrent collector against mutators on real Java threads: each allocates, links objects,
 * loads pointers into its stack, publishes them through shared globals and drops them, with the
 * write barrier on every heap and global store, while background mark workers, assists and the
 * background sweeper run. Every object a mutator touches must not have been freed (poisoned), and
 * gccheckmark verifies every cycle's marks with the world stopped.
 */
class ConcurrentMarkTest {

    /** A scheduler stand-in: stop-the-world by safepoint polling, stack scans served at safepoints. */
    static final class ThreadHost implements MutatorHost {
        final Object lock = new Object();
        final List<TestG> live = new ArrayList<>();
        final ThreadLocal<TestG> current = new ThreadLocal<>();
        volatile boolean stw;
        int stopped;
        int blocking;
        Collector gc;

        @Override
        public int gomaxprocs() {
            return 4;
        }

        @Override
        public void stopTheWorld(String reason) {
            synchronized (lock) {
                while (stw) { // another thread's pause: wait for it like any goroutine
                    awaitStart();
                }
                stw = true;
                TestG self = current.get();
                int others = live.size() - (self != null && live.contains(self) ? 1 : 0);
                while (stopped + blocking < others) {
                    waitLock();
                    others = live.size() - (self != null && live.contains(self) ? 1 : 0);
                }
            }
        }

        private void awaitStart() {
            TestG self = current.get();
            if (self != null) {
                stopped++;
                lock.notifyAll();
            }
            while (stw) {
                waitLock();
                if (self != null) {
                    serve(self);
                }
            }
            if (self != null) {
                stopped--;
            }
        }

        private void serve(TestG g) {
            if (g.st.scanRequested()) {
                // Scan outside the host lock: the collector may wait on it.
                try {
                    lock.wait(0, 1);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        }

        private void waitLock() {
            try {
                lock.wait(1);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        }

        @Override
        public void startTheWorld() {
            synchronized (lock) {
                stw = false;
                lock.notifyAll();
            }
        }

        @Override
        public List<? extends GcGoroutine> allGoroutines() {
            synchronized (lock) {
                return List.copyOf(live);
            }
        }

        @Override
        public GcGoroutine currentGoroutine() {
            return current.get();
        }

        @Override
        public void requestStackScan(GcGoroutine g) {
            // Served at the goroutine's next safepoint, also while it waits for the world to start.
        }

        @Override
        public void beginBlocking() {
            synchronized (lock) {
                blocking++;
                lock.notifyAll();
            }
        }

        @Override
        public void endBlocking() {
            synchronized (lock) {
                blocking--;
            }
            safepoint(current.get());
        }

        /** A mutator's safepoint: scan the stack if asked; park while the world is stopped. */
        void safepoint(TestG g) {
            if (g == null) {
                return;
            }
            gc.safepoint(g);
            if (!stw) {
                return;
            }
            synchronized (lock) {
                stopped++;
                lock.notifyAll();
            }
            while (true) {
                gc.safepoint(g);
                synchronized (lock) {
                    if (!stw) {
                        stopped--;
                        return;
                    }
                    waitLock();
                }
            }
        }

        void exit(TestG g) {
            gc.goroutineExit(g);
            synchronized (lock) {
                live.remove(g);
                lock.notifyAll();
            }
        }
    }

    static final class Shared implements RootSource {
        final Object[] slots = new Object[64];

        @Override
        public void scanGlobals(PointerVisitor v) {
            for (int i = 0; i < slots.length; i++) {
                Object o;
                synchronized (this) {
                    o = slots[i];
                }
                v.visit(o);
            }
        }

        @Override
        public long globalsScanBytes() {
            return 8L * slots.length;
        }

        @Override
        public void scanRuntimeRoots(PointerVisitor v) {
        }
    }

    @Test
    void mutatorsOnThreadsNeverSeeAFreedObject() throws Exception {
        MHeap heap = new MHeap();
        ThreadHost host = new ThreadHost();
        Shared shared = new Shared();
        Collector.Options o = new Collector.Options();
        o.backgroundThreads = true;
        o.alwaysPoison = true;
        o.extraGlobalsScan = 0;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        o.onBackgroundFailure = e -> {
            failure.compareAndSet(null, e);
            host.startTheWorld(); // let the mutators notice and end
        };
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        o.trace = new PrintStream(trace, true);
        Collector gc = new Collector(heap, Obj.SCANNER, shared, host,
                GcSettings.fromEnv(Map.of("GOGC", "5", "GODEBUG", System.getProperty("gctest.godebug", "gccheckmark=1,gctrace=1"))), o);
        host.gc = gc;
        gc.debugDisableWriteBarrier(Boolean.getBoolean("gctest.nobarrier"));
        int nthreads = 3;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < nthreads; t++) {
            TestG g = new TestG(8192);
            MCache c = heap.newMCache();
            synchronized (host.lock) {
                host.live.add(g);
            }
            final int seed = t;
            Thread th = new Thread(() -> {
                host.current.set(g);
                g.thread = Thread.currentThread();
                try {
                    mutate(g, c, gc, host, shared, seed, failure);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    host.exit(g);
                }
            }, "mutator-" + t);
            threads.add(th);
        }
        for (Thread th : threads) {
            th.start();
        }
        for (Thread th : threads) {
            th.join(60_000);
            if (th.isAlive()) {
                StringBuilder dump = new StringBuilder();
                Thread.getAllStackTraces().forEach((k, v) -> {
                    if (k.getName().startsWith("mutator") || k.getName().startsWith("gc-")) {
                        dump.append(k.getName()).append('\n');
                        for (StackTraceElement e : v) {
                            if (e.getClassName().startsWith("minigo")) {
                                dump.append("    ").append(e).append('\n');
                            }
                        }
                    }
                });
                throw new AssertionError("mutator stuck; trace so far:\n" + trace + "\n" + dump, failure.get());
            }
        }
        gc.shutdown();
        if (failure.get() != null) {
            throw new AssertionError("mutator failed after " + gc.numGC() + " cycles", failure.get());
        }
        assertTrue(gc.numGC() >= MIN_CYCLES, "cycles ran: " + gc.numGC());
    }

    /**
     * Cycles the mutators must see run. The work is not fixed: on a loaded machine the background
     * workers finish fewer cycles in the same number of operations (150,000 each once gave 4), so
     * each mutator goes on until this many have run, up to {@link #MAX_OPS} or {@link #MAX_NANOS}
     * (well inside the 60 s the test waits for a mutator, so a slow machine gets the cycle count in
     * the failure, not "mutator stuck").
     */
    private static final int MIN_CYCLES = 5;
    private static final int MIN_OPS = 150_000;
    private static final int MAX_OPS = 3_000_000;
    private static final long MAX_NANOS = 30_000_000_000L;

    private static Obj alloc(MCache c, String name) {
        Obj o = new Obj(name, 2, 32);
        o.addr = Malloc.mallocgc(c, 32, false, o);
        return o;
    }

    private static void mutate(TestG g, MCache c, Collector gc, ThreadHost host, Shared shared, int seed, AtomicReference<Throwable> failed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Object> stack = g.slots;
        long deadline = System.nanoTime() + MAX_NANOS;
        for (int i = 0; i < MAX_OPS; i++) {
            if (i >= MIN_OPS && i % 1_000 == 0 && (gc.numGC() >= MIN_CYCLES || System.nanoTime() > deadline)) {
                return;
            }
            host.safepoint(g);
            if (failed.get() != null) {
                return;
            }
            int op = r.nextInt(10);
            synchronized (stack) {
                if (op < 4 || stack.isEmpty()) {
                    Obj n = alloc(c, "n" + seed);
                    stack.add(n);
                } else if (op < 6) { // link two stack objects: a heap store
                    Obj a = (Obj) stack.get(r.nextInt(stack.size()));
                    Obj b = (Obj) stack.get(r.nextInt(stack.size()));
                    int k = r.nextInt(2);
                    Object old = a.get(k);
                    if (gc.writeBarrier) {
                        gc.writePointer(c, old, b);
                    }
                    a.set(k, b);
                } else if (op < 7) { // load a pointer out of a heap object into the stack
                    Obj a = (Obj) stack.get(r.nextInt(stack.size()));
                    Object x = a.get(r.nextInt(2));
                    if (x != null) {
                        ((Obj) x).check();
                        stack.add(x);
                    }
                } else if (op < 8) { // publish to a global
                    Obj a = (Obj) stack.get(r.nextInt(stack.size()));
                    int s = r.nextInt(shared.slots.length);
                    synchronized (shared) {
                        if (gc.writeBarrier) {
                            gc.writePointer(c, shared.slots[s], a);
                        }
                        shared.slots[s] = a;
                    }
                } else if (op < 9) { // read a global (possibly another thread's object)
                    Object x;
                    synchronized (shared) {
                        x = shared.slots[r.nextInt(shared.slots.length)];
                    }
                    if (x != null) {
                        ((Obj) x).check();
                        stack.add(x);
                    }
                } else { // drop stack slots
                    stack.remove(r.nextInt(stack.size()));
                }
                while (stack.size() > 16) {
                    stack.remove(0);
                }
                for (Object x : stack) {
                    ((Obj) x).check();
                }
            }
        }
    }
}
