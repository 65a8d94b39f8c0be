package minigo.interp.sched;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The goroutine scheduler (Go's schedt plus, for now, one P): who runs next, parking and readying
 * goroutines, timers, deadlock detection.
 *
 * <p>Every goroutine has its own JVM thread (a virtual thread made through Truffle), but only the G
 * that holds the P runs: the P is a baton handed from thread to thread. A G gives it up when it
 * blocks ({@link #park}), yields ({@link #gosched}), is preempted ({@link #preemptCheck}) or exits;
 * the giving thread itself picks the next G (Go's schedule(): timers, then runnext, the local run
 * queue, the global queue every 61st tick and when the local queue is empty) and releases that G's
 * baton. No thread ever runs Go code without the baton, so the Go-visible state (channels, maps,
 * everything) needs no locks; the baton's semaphore orders memory between consecutive holders.
 *
 * <p>When nothing is runnable, the P holder waits for the earliest timer; with no timers either,
 * every goroutine is asleep: {@code fatal error: all goroutines are asleep - deadlock!}.
 *
 * <p>Threads are reused: a goroutine's thread that finishes waits (in {@link #idleWorkers}) for the
 * next {@code go} statement instead of ending (Go's free G list).
 */
public final class Sched {
    private static volatile Sched current;

    /** The scheduler of the running program. */
    public static Sched current() {
        return current;
    }

    public static void install(Sched s) {
        current = s;
    }

    /** How a goroutine thread waits for its baton (the interpreter makes this a Truffle safepoint-aware wait). */
    public interface Blocker {
        void acquire(Semaphore s);
    }

    /** Thrown in goroutine threads still parked when the program ends, to unwind them. */
    public static final class Shutdown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Shutdown() {
            super("program exited", null, false, false);
        }
    }

    private static final int LOCAL_RUNQ_MAX = 256;
    /** Back-edges or calls a goroutine may execute before it is preempted (work, not time). */
    public static final int PREEMPT_BUDGET = 20_000;

    private final Function<Runnable, Thread> threadFactory;
    private final Consumer<String> fatal;
    private Blocker blocker = Semaphore::acquireUninterruptibly;
    private Consumer<Throwable> uncaught = Throwable::printStackTrace;

    private final AtomicLong goidGen = new AtomicLong();
    /** The G holding the P (the only one running Go code). */
    private volatile G curg;
    private G runnext;
    private final ArrayDeque<G> runq = new ArrayDeque<>();
    private final ArrayDeque<G> globalRunq = new ArrayDeque<>();
    private long schedtick;
    private int budget = PREEMPT_BUDGET;
    private final List<G> allgs = Collections.synchronizedList(new ArrayList<>());
    private int gcount;
    private int gomaxprocs = 1;
    private int threadsStarted;
    private volatile boolean shutdown;

    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private long timerSeq;

    private final ArrayDeque<Worker> idleWorkers = new ArrayDeque<>();

    // Syscalls: a G that blocks outside the scheduler (a native waiting on the OS) gives up the P.
    private final Object idleLock = new Object();
    private final java.util.concurrent.ConcurrentLinkedQueue<G> syscallReturns = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Goroutines between entersyscall and exitsyscall (guarded by idleLock). */
    private int inSyscall;
    /** No G holds the P: everyone is parked but some goroutine is in a syscall (guarded by idleLock). */
    private boolean pIdle;
    /** Goroutines parked in {@link #waitUntil} until the next {@link #changed}. */
    private final ArrayDeque<G> changeWaiters = new ArrayDeque<>();

    /** What the collector asks of goroutines (null: no collector, e.g. in scheduler tests). */
    public interface GcHook {
        /** On g's own thread, parked or about to run: scan g's stack if the collector asked for it. */
        void serveStackScan(G g);

        /** On g's own thread, as it ends. */
        void goroutineExit(G g);
    }

    private volatile GcHook gcHook;

    public void setGcHook(GcHook h) {
        this.gcHook = h;
    }

    private void serveStackScan(G g) {
        GcHook h = gcHook;
        if (h != null) {
            h.serveStackScan(g);
        }
    }

    /**
     * The collector's request that parked g scan its own stack: wakes g's thread without giving it
     * the P (see {@link #waitForP}). A g in a syscall scans when it comes back.
     */
    public void requestStackScan(G g) {
        g.baton.release();
    }

    /** The runtime semaphores of package sync. */
    public final Sema sema = new Sema();
    /** The notify lists of sync.Cond, by the address (identity) of their notifyList. */
    private final java.util.IdentityHashMap<Object, NotifyList> notifyLists = new java.util.IdentityHashMap<>();

    /**
     * @param threadFactory makes an unstarted thread for a runnable (Truffle: newTruffleThreadBuilder
     *     .virtual(true)); null for plain virtual threads
     * @param fatal reports a fatal error ("all goroutines are asleep - deadlock!") and ends the
     *     program; it must not return
     */
    public Sched(Function<Runnable, Thread> threadFactory, Consumer<String> fatal) {
        this.threadFactory = threadFactory != null ? threadFactory : r -> Thread.ofVirtual().unstarted(r);
        this.fatal = fatal;
    }

    // ---- for natives: the running program's scheduler ----

    /** sync's runtime_Semacquire(addr). */
    public static void semacquire(minigo.interp.values.Pointer addr) {
        Sched s = current();
        s.sema.acquire(s, addr, false);
    }

    /** sync's runtime_Semrelease(addr, handoff). */
    public static void semrelease(minigo.interp.values.Pointer addr, boolean handoff) {
        Sched s = current();
        s.sema.release(s, addr, handoff);
    }

    public void setBlocker(Blocker b) {
        this.blocker = b;
    }

    /** What to do with a Java exception that escapes a goroutine's body (not a Go panic). */
    public void setUncaughtHandler(Consumer<Throwable> h) {
        this.uncaught = h;
    }

    /** The running goroutine. */
    public G curg() {
        return curg;
    }

    /** Whether the calling thread is the running goroutine's (holds the P). */
    public boolean holdsP() {
        G g = curg;
        return g != null && g.thread == Thread.currentThread();
    }

    // ---- lifecycle ----

    /** Makes the calling thread goroutine 1, holding the P. */
    public G startMain() {
        G g = new G(goidGen.incrementAndGet(), null);
        g.status = G.Status.RUNNING;
        g.thread = Thread.currentThread();
        allgs.add(g);
        gcount++;
        curg = g;
        minigo.interp.gc.Pins.current = g.pins;
        return g;
    }

    /**
     * Go's newproc: a new goroutine running body, placed in runnext (it runs next, ahead of the
     * run queue, as in Go). The caller keeps running.
     */
    public G go(Runnable body) {
        G g = new G(goidGen.incrementAndGet(), body);
        allgs.add(g);
        gcount++;
        Worker w = idleWorkers.pollFirst();
        if (w == null) {
            w = new Worker();
            w.g = g;
            Thread t = threadFactory.apply(w);
            threadsStarted++;
            w.thread = t;
            t.start();
        } else {
            w.g = g;
            w.assigned.release();
        }
        runqput(g, true);
        return g;
    }

    /** Ends the program: goroutines still parked unwind with {@link Shutdown}. */
    public void shutdown() {
        shutdown = true;
        synchronized (allgs) {
            for (G g : allgs) {
                if (g != curg) {
                    g.baton.release();
                }
            }
        }
        for (Worker w : idleWorkers) {
            w.assigned.release();
        }
        idleWorkers.clear();
    }

    public boolean isShutdown() {
        return shutdown;
    }

    /** Goroutine threads created so far (they outlive their goroutines, waiting for reuse). */
    public int threadsStarted() {
        return threadsStarted;
    }

    /** runtime.NumGoroutine. */
    public int numGoroutine() {
        return gcount;
    }

    /** runtime.GOMAXPROCS(n): returns the previous setting; n &lt; 1 only reads. (Only one P runs for now.) */
    public int gomaxprocs(int n) {
        int prev = gomaxprocs;
        if (n >= 1) {
            gomaxprocs = n;
        }
        return prev;
    }

    /** Snapshot of all goroutines that have not exited (for tracebacks and dumps). */
    public List<G> liveGoroutines() {
        synchronized (allgs) {
            List<G> r = new ArrayList<>();
            for (G g : allgs) {
                if (g.status != G.Status.DEAD) {
                    r.add(g);
                }
            }
            return r;
        }
    }

    /** A goroutine thread: runs one G after another. */
    private final class Worker implements Runnable {
        final Semaphore assigned = new Semaphore(0);
        volatile G g;
        Thread thread;

        @Override
        public void run() {
            try {
                while (true) {
                    G mine = g;
                    waitForP(mine);
                    try {
                        mine.body.run();
                    } catch (Shutdown s) {
                        return;
                    } catch (Throwable t) {
                        // The program is ending (Truffle's exit or cancellation unwinding this
                        // thread): leave at once, the scheduler no longer matters.
                        if (t instanceof ThreadDeath || t.getClass().getName().startsWith("com.oracle.truffle.polyglot")) {
                            throw t;
                        }
                        // The interpreter's body reports Go panics itself; anything else is our
                        // bug: the handler reports it (and normally ends the program).
                        uncaught.accept(t);
                        return;
                    }
                    if (shutdown) {
                        return;
                    }
                    g = null;
                    idleWorkers.addLast(this);
                    goexit(mine);
                    blocker.acquire(assigned);
                    if (shutdown) {
                        return;
                    }
                }
            } catch (Shutdown s) {
                // program over
            }
        }
    }

    // ---- run queue ----

    /** Go's runqput: next=true puts g in runnext, kicking the old runnext to the tail of the queue. */
    private void runqput(G g, boolean next) {
        if (next) {
            G old = runnext;
            runnext = g;
            if (old == null) {
                return;
            }
            g = old;
        }
        if (runq.size() < LOCAL_RUNQ_MAX) {
            runq.addLast(g);
        } else {
            // Local queue full: move half of it (and g) to the global queue, as runqputslow does.
            for (int i = 0; i < LOCAL_RUNQ_MAX / 2; i++) {
                globalRunq.addLast(runq.pollFirst());
            }
            globalRunq.addLast(g);
        }
    }

    /** Go's schedule()/findRunnable for one P; null if nothing is runnable. */
    private G findRunnable() {
        for (G g; (g = syscallReturns.poll()) != null; ) {
            globalRunq.addLast(g);
        }
        runTimers();
        schedtick++;
        if (schedtick % 61 == 0 && !globalRunq.isEmpty()) {
            return globalRunq.pollFirst();
        }
        if (runnext != null) {
            G g = runnext;
            runnext = null;
            return g;
        }
        G g = runq.pollFirst();
        if (g != null) {
            return g;
        }
        return globalRunq.pollFirst();
    }

    private boolean hasRunnable() {
        return runnext != null || !runq.isEmpty() || !globalRunq.isEmpty() || !syscallReturns.isEmpty();
    }

    // ---- switching ----

    /**
     * Waits until g holds the P. The baton is also released to ask a parked g to scan its own
     * stack for the collector (DESIGN §4: frames are only readable on their own thread): it scans
     * without the P and waits again. A g that gets the P while a scan is pending scans first.
     */
    private void waitForP(G g) {
        while (true) {
            blocker.acquire(g.baton);
            if (shutdown) {
                throw new Shutdown();
            }
            if (g.granted) {
                g.granted = false;
                break;
            }
            serveStackScan(g);
        }
        serveStackScan(g);
        g.thread = Thread.currentThread();
        minigo.interp.gc.Pins.current = g.pins;
        RuntimeException a = g.abort;
        if (a != null) {
            g.abort = null;
            throw a;
        }
    }

    // ---- REPL sessions (minigo.interp.Session): goroutine 1 runs one piece of input after another ----

    /**
     * Goroutine 1's piece was abandoned while it held the P (a deadlock detected on its own thread, an
     * interrupt): g holds the P again and runs.
     */
    public void resume(G g) {
        minigo.interp.gc.Pins.current = g.pins;
        g.status = G.Status.RUNNING;
        g.waitReason = "";
        budget = PREEMPT_BUDGET;
        curg = g;
    }

    /**
     * Every goroutine is asleep while the parked g (goroutine 1) waits: g gets the P and fails with why
     * instead of waiting for ever. Called on the thread that found the deadlock, which then ends.
     */
    public void abortParked(G g, RuntimeException why) {
        g.abort = why;
        resume(g);
        g.granted = true;
        g.baton.release();
    }

    /**
     * Gives the P to the next runnable G. With none: wait for the earliest timer or for a goroutine
     * coming back from a syscall; with no timer but goroutines in syscalls, the P goes idle (the
     * first to return takes it); with neither, every goroutine is asleep: fatal.
     */
    private void handOff() {
        while (true) {
            G next = findRunnable();
            if (next != null) {
                next.status = G.Status.RUNNING;
                budget = PREEMPT_BUDGET;
                curg = next;
                next.granted = true;
                next.baton.release();
                return;
            }
            synchronized (idleLock) {
                if (!syscallReturns.isEmpty()) {
                    continue;
                }
                Timer t = timers.peek();
                if (t != null) {
                    long d = t.when - System.nanoTime();
                    if (d > 0) {
                        try {
                            idleLock.wait(d / 1_000_000, (int) (d % 1_000_000));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    continue;
                }
                if (inSyscall > 0) {
                    curg = null;
                    pIdle = true;
                    return;
                }
            }
            curg = null;
            fatal.accept("all goroutines are asleep - deadlock!");
            throw new IllegalStateException("fatal handler returned");
        }
    }

    /**
     * Go's gopark: the running G stops until someone calls {@link #ready} on it. The caller has
     * already queued it where it will be found (a channel's wait queue, a timer, a semaphore).
     */
    public void park(String reason) {
        G me = curg;
        me.status = G.Status.WAITING;
        me.waitReason = reason;
        handOff();
        waitForP(me);
    }

    /** Go's goready: g becomes runnable and runs next (runnext). Called by the P holder. */
    public void ready(G g) {
        g.status = G.Status.RUNNABLE;
        g.waitReason = "";
        runqput(g, true);
    }

    /** runtime.Gosched: the running G goes to the global queue and the P runs someone else. */
    public void gosched() {
        G me = curg;
        if (!hasRunnable() && timers.isEmpty()) {
            return;
        }
        me.status = G.Status.RUNNABLE;
        globalRunq.addLast(me);
        handOff();
        waitForP(me);
    }

    /**
     * Called at loop back-edges and calls: after {@link #PREEMPT_BUDGET} units of work the running G
     * is preempted (as Go's sysmon would after 10ms), if anyone else is runnable.
     */
    public void preemptCheck() {
        if (--budget <= 0) {
            budget = PREEMPT_BUDGET;
            if (hasRunnable() || (!timers.isEmpty() && timers.peek().when <= System.nanoTime())) {
                gosched();
            }
        }
    }

    /** The running G (not main) has finished: it is dead and the P goes to the next G. */
    private void goexit(G me) {
        GcHook h = gcHook;
        if (h != null) {
            h.goroutineExit(me);
        }
        me.status = G.Status.DEAD;
        gcount--;
        allgs.remove(me);
        handOff();
    }

    // ---- syscalls ----

    /**
     * Go's entersyscallblock: the running G is about to block outside the scheduler (a Java wait,
     * I/O). It keeps running on its thread but gives the P to the next G; it is not asleep, so no
     * deadlock is reported while it is away. Pair with {@link #exitsyscall}.
     */
    public void entersyscall() {
        G me = curg;
        synchronized (idleLock) {
            inSyscall++;
        }
        me.status = G.Status.WAITING;
        me.waitReason = "syscall";
        handOff();
    }

    /** Go's exitsyscall: back from the syscall, the G waits for the P (taking it at once if idle). */
    public void exitsyscall() {
        G me = findSelf();
        synchronized (idleLock) {
            inSyscall--;
            if (pIdle) {
                pIdle = false;
                me.status = G.Status.RUNNING;
                me.waitReason = "";
                budget = PREEMPT_BUDGET;
                curg = me;
                minigo.interp.gc.Pins.current = me.pins;
                serveStackScan(me);
                return;
            }
            me.status = G.Status.RUNNABLE;
            syscallReturns.add(me);
            idleLock.notifyAll();
        }
        waitForP(me);
    }

    private G findSelf() {
        Thread t = Thread.currentThread();
        synchronized (allgs) {
            for (G g : allgs) {
                if (g.thread == t && g.status != G.Status.DEAD) {
                    return g;
                }
            }
        }
        throw new IllegalStateException("exitsyscall from a thread that is no goroutine");
    }

    // ---- waiting for a condition ----

    /**
     * Parks the running G until {@code ready} holds, re-checking after every {@link #changed} (for
     * natives that wait on a condition of their own). Deadlock is detected as for channels.
     */
    public void waitUntil(java.util.function.BooleanSupplier ready) {
        while (!ready.getAsBoolean()) {
            changeWaiters.addLast(curg);
            park("wait");
        }
    }

    /** Readies every goroutine in {@link #waitUntil}, to re-check its condition. */
    public void changed() {
        for (G g; (g = changeWaiters.pollFirst()) != null; ) {
            ready(g);
        }
    }

    // ---- timers ----

    /** A runtime timer: at {@code when} (System.nanoTime), f runs on the P holder; it must not block. */
    public static final class Timer implements Comparable<Timer> {
        final long when;
        final long seq;
        final Runnable f;
        boolean stopped;

        Timer(long when, long seq, Runnable f) {
            this.when = when;
            this.seq = seq;
            this.f = f;
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(when, o.when);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /** Schedules f to run after delayNanos (time.AfterFunc, time.After's send, Sleep's wake-up). */
    public Timer addTimer(long delayNanos, Runnable f) {
        long when = System.nanoTime() + Math.max(0, delayNanos);
        Timer t = new Timer(when, timerSeq++, f);
        timers.add(t);
        return t;
    }

    /** Stops t; true if it had not fired yet (Timer.Stop). */
    public boolean stopTimer(Timer t) {
        boolean wasPending = !t.stopped && timers.remove(t);
        t.stopped = true;
        return wasPending;
    }

    private void runTimers() {
        if (timers.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        while (!timers.isEmpty() && timers.peek().when <= now) {
            Timer t = timers.poll();
            t.stopped = true;
            t.f.run();
        }
    }

    /** time.Sleep: parks the running G until the duration has passed (d &lt;= 0 returns at once). */
    public void sleep(long nanos) {
        if (nanos <= 0) {
            return;
        }
        G me = curg;
        addTimer(nanos, () -> ready(me));
        park("sleep");
    }

    // ---- notify lists (sync.Cond) ----

    /**
     * Go's notifyList: a ticket lock for condition variables. Add takes a ticket before the waiter
     * unlocks its mutex; Wait parks unless that ticket was already notified; NotifyOne wakes the
     * oldest ticket, NotifyAll every ticket taken so far.
     */
    private static final class NotifyList {
        long wait;
        long notify;
        final java.util.LinkedHashMap<Long, G> waiters = new java.util.LinkedHashMap<>();
    }

    private NotifyList notifyList(Object l) {
        return notifyLists.computeIfAbsent(l, k -> new NotifyList());
    }

    /** runtime_notifyListAdd: the caller's ticket. */
    public long notifyListAdd(Object l) {
        return notifyList(l).wait++;
    }

    /** runtime_notifyListWait: parks until ticket t is notified. */
    public void notifyListWait(Object l, long t) {
        NotifyList nl = notifyList(l);
        if (t < nl.notify) {
            return;
        }
        nl.waiters.put(t, curg);
        park("sync.Cond.Wait");
    }

    public void notifyListNotifyAll(Object l) {
        NotifyList nl = notifyList(l);
        if (nl.wait == nl.notify) {
            return;
        }
        nl.notify = nl.wait;
        java.util.List<G> gs = new java.util.ArrayList<>(nl.waiters.values());
        nl.waiters.clear();
        for (G g : gs) {
            ready(g);
        }
    }

    public void notifyListNotifyOne(Object l) {
        NotifyList nl = notifyList(l);
        if (nl.wait == nl.notify) {
            return;
        }
        long t = nl.notify++;
        G g = nl.waiters.remove(t);
        if (g != null) {
            ready(g);
        }
    }
}
