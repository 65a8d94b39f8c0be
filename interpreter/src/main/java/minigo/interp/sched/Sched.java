package minigo.interp.sched;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The goroutine scheduler (Go's schedt, GOMAXPROCS Ps and one M): who runs next, parking and
 * readying goroutines, timers, deadlock detection.
 *
 * <p>Goroutine 1 runs on the thread that called {@link #startMain} (the M). Every other goroutine
 * is a one-shot continuation ({@code jdk.internal.vm.Continuation}, what virtual threads are made
 * of) that the M mounts while that G holds the P. A G gives the P up when it blocks ({@link #park}),
 * yields ({@link #gosched}), is preempted ({@link #preemptCheck}) or exits: it picks the next G
 * itself (Go's schedule(): timers, then runnext, the local run queue, the global queue every 61st
 * tick and when the local queue is empty) and sets {@link #curg}; then a continuation G yields to
 * the M's loop ({@link #runUntil}), which mounts the chosen G, and goroutine 1 enters that loop
 * itself, leaving it when it is chosen again. Only one thread ever runs Go code, so the Go-visible
 * state (channels, maps, everything) needs no locks.
 *
 * <p>When nothing is runnable, the P holder waits for the earliest timer; with no timers either,
 * every goroutine is asleep: {@code fatal error: all goroutines are asleep - deadlock!}.
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

    /** Thrown in goroutine 1 when it is resumed after the program was shut down (REPL close). */
    public static final class Shutdown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Shutdown() {
            super("program exited", null, false, false);
        }
    }

    private static final int LOCAL_RUNQ_MAX = 256;
    /** Back-edges or calls a goroutine may execute before it is preempted (work, not time). */
    public static final int PREEMPT_BUDGET = 20_000;

    private final Consumer<String> fatal;
    private Consumer<Throwable> uncaught = Throwable::printStackTrace;

    private long goidGen;
    /** The G holding the P (the only one running Go code); set by whoever hands the P over. */
    private volatile G curg;
    /** Goroutine 1, which runs on the M's own thread and runs the others from {@link #runUntil}. */
    private G g0;
    private Thread mThread;
    /**
     * A P (Go's p): the right to run Go code, with its own run queues. There are GOMAXPROCS of
     * them; the one M runs one P's goroutine at a time and moves between the Ps that have work at
     * every scheduling point, so that goroutines on different Ps take turns as if they ran in
     * parallel (see the package essay).
     */
    static final class P {
        final int id;
        G runnext;
        final ArrayDeque<G> runq = new ArrayDeque<>();
        long schedtick;
        /** The timers started on this P (Go's pp.timers), earliest first. */
        final PriorityQueue<Timer> timers = new PriorityQueue<>();

        P(int id) {
            this.id = id;
        }

        boolean hasWork() {
            return runnext != null || !runq.isEmpty();
        }
    }

    private P[] allp = {new P(0)};
    /** The P whose goroutine the M runs (or is about to). */
    private P pp = allp[0];
    private final ArrayDeque<G> globalRunq = new ArrayDeque<>();
    private int budget = PREEMPT_BUDGET;
    /** Goroutines that have not exited, in creation order (Go's allgs minus dead ones); O(1) removal. */
    private final java.util.LinkedHashSet<G> allgs = new java.util.LinkedHashSet<>();
    private int gcount;
    private volatile boolean shutdown;
    /** Set by {@link #at}, taken by the next park. */
    private Object site;
    /** The G that found the deadlock (see {@link #onStackOf}). */
    private G dying;

    /** Breaks ties between timers due at the same time: the one armed first runs first. */
    private long timerSeq;

    /** Guards the idle wait for a timer (and lets {@link #wakeIdle} cut it short). */
    private final Object idleLock = new Object();
    /** Goroutines parked in {@link #waitUntil} until the next {@link #changed}. */
    private final ArrayDeque<G> changeWaiters = new ArrayDeque<>();

    /** The runtime semaphores of package sync. */
    public final Sema sema = new Sema();
    /** The notify lists of sync.Cond, by the address (identity) of their notifyList. */
    private final java.util.IdentityHashMap<Object, NotifyList> notifyLists = new java.util.IdentityHashMap<>();

    /**
     * @param fatal reports a fatal error ("all goroutines are asleep - deadlock!") and ends the
     *     program (it throws); it may instead return after making a G runnable through
     *     {@link #abortParked} (the REPL does)
     */
    public Sched(Consumer<String> fatal) {
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

    /**
     * Per-thread state of the host that each goroutine must keep as its own across switches (Truffle's
     * fallback runtime keeps its frame stack in a thread local: without this, goroutines sharing the
     * M's thread would see each other's frames).
     */
    public interface ThreadState {
        Object save();

        void restore(Object saved);
    }

    private ThreadState threadState;

    public void setThreadState(ThreadState s) {
        this.threadState = s;
    }

    /** Mounts g's continuation on the M until it yields, the M's own thread state kept aside. */
    private void mount(G g) {
        ThreadState ts = threadState;
        Object m = ts == null ? null : ts.save();
        try {
            Continuations.run(g.cont);
        } finally {
            if (ts != null) {
                ts.restore(m);
            }
        }
    }

    /** Yields g's continuation; back here when the M mounts it again, with g's thread state. */
    private void unmount() {
        ThreadState ts = threadState;
        Object mine = ts == null ? null : ts.save();
        Continuations.yield();
        if (ts != null) {
            ts.restore(mine);
        }
    }

    private SchedTrace trace;

    /**
     * {@code GODEBUG=schedtrace=N[,scheddetail=1]}: scheduler lines every N ms, written to out
     * (stderr). A GODEBUG without schedtrace changes nothing.
     */
    public void setTrace(String godebug, Consumer<String> out) {
        this.trace = SchedTrace.parse(godebug, out);
    }

    G curgForTrace() {
        return curg;
    }

    int globalRunqSize() {
        return globalRunq.size();
    }

    P[] allp() {
        return allp;
    }

    P currentP() {
        return pp;
    }

    /** Whether any P has a pending timer. */
    private boolean anyTimers() {
        for (P p : allp) {
            if (!p.timers.isEmpty()) return true;
        }
        return false;
    }

    /** Go's timeSleepUntil: the earliest pending timer of all Ps, or null. */
    private Timer earliestTimer() {
        Timer first = null;
        for (P p : allp) {
            Timer t = p.timers.peek();
            if (t != null && (first == null || t.compareTo(first) < 0)) first = t;
        }
        return first;
    }

    /** What to do with a Java exception that escapes a goroutine's body (not a Go panic). */
    public void setUncaughtHandler(Consumer<Throwable> h) {
        this.uncaught = h;
    }

    /** The running goroutine. */
    public G curg() {
        return curg;
    }

    /** Whether the calling thread runs Go code now (it is the M and some G holds the P). */
    public boolean holdsP() {
        return curg != null && Thread.currentThread() == mThread;
    }

    /** Whether the caller runs as goroutine 1 (on the M's own stack, not in a goroutine's continuation). */
    public boolean onG0() {
        return !Continuations.inContinuation();
    }

    /**
     * Where the running G is about to block (the interpreter's node of a channel operation or
     * select), for its traceback if it parks; cleared by the next park.
     */
    public void at(Object where) {
        site = where;
    }

    /**
     * Runs reader on g's own stack and returns its result; reader gets the segment of the current
     * stack that holds g's frames (0: g's frames are on top; goroutine 1's frames are the bottom
     * segment, below every mounted continuation). g must not be running Go code, or be the G that
     * is failing ({@link #dying}): a parked G's continuation is mounted, runs reader, and yields.
     * Only on the M, by the P holder or during a fatal error. (The collector's stack scans can use
     * the same path.)
     */
    public <T> T onStackOf(G g, java.util.function.IntFunction<T> reader) {
        if (g == dying || (g == curg && g.cont != null)) {
            return reader.apply(0);
        }
        if (g.cont == null) {
            // Goroutine 1: its frames are under whatever continuation is mounted now.
            return reader.apply(Continuations.inContinuation() ? 1 : 0);
        }
        if (!g.started || g.status == G.Status.DEAD) {
            return reader.apply(Integer.MAX_VALUE);
        }
        Object[] result = {null};
        g.stackAction = () -> result[0] = reader.apply(0);
        mount(g);
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }

    /** What the collector asks of goroutines (null: no collector, e.g. in scheduler tests). */
    public interface GcHook {
        /** As g ends (its stack scan, if pending, is moot). */
        void goroutineExit(G g);

        /**
         * Go's sysmon, as far as the collector is concerned: forces a cycle when none ran for two
         * minutes (forcegcperiod). Called by the running goroutine at each preemption tick.
         */
        default void sysmon() {}
    }

    private GcHook gcHook;

    public void setGcHook(GcHook h) {
        this.gcHook = h;
    }

    /**
     * The collector wants g's stack scanned (g is not the running goroutine): g's frames are read
     * on g's own stack, mounted for the purpose without the P ({@link #onStackOf}); scan gets the
     * segment of the current stack that holds them.
     */
    public void scanStackOf(G g, java.util.function.IntConsumer scan) {
        onStackOf(g, seg -> {
            scan.accept(seg);
            return null;
        });
    }

    /** The G whose hand-off found the deadlock, while the fatal handler runs (its stack is the current one). */
    public G dying() {
        return dying;
    }

    /**
     * runtime.Goexit in goroutine 1 after its deferred calls ran: it is dead, the others run on, and
     * when none is left the program dies with Go's "no goroutines (main called runtime.Goexit)". Never
     * returns normally (the fatal handler ends the program).
     */
    public void mainGoexit() {
        G me = curg;
        me.status = G.Status.DEAD;
        gcount--;
        synchronized (allgs) {
            allgs.remove(me);
        }
        handOff();
        runUntil(me);
        throw new IllegalStateException("goroutine 1 resumed after Goexit");
    }

    // ---- lifecycle ----

    /** Makes the calling thread the M and goroutine 1, holding the P. */
    public G startMain() {
        G g = new G(++goidGen, null);
        g.status = G.Status.RUNNING;
        g.thread = Thread.currentThread();
        mThread = g.thread;
        g0 = g;
        allgs.add(g);
        gcount++;
        curg = g;
        g.resumed();
        if (trace != null) {
            trace.tick(this);
        }
        return g;
    }

    /**
     * Go's newproc: a new goroutine running body, placed in runnext (it runs next, ahead of the
     * run queue, as in Go). The caller keeps running. No thread is made: the G is a continuation
     * that the M mounts when the G gets the P.
     */
    public G go(Runnable body) {
        G g = new G(++goidGen, body);
        g.thread = mThread;
        g.cont = Continuations.create(() -> runG(g));
        allgs.add(g);
        gcount++;
        runqput(g, true);
        return g;
    }

    /** A goroutine's whole life, inside its continuation. */
    private void runG(G g) {
        g.started = true;
        g.resumed();
        try {
            g.body.run();
        } catch (Shutdown s) {
            // program over
        } catch (Throwable t) {
            // The program is ending (Truffle's exit or cancellation unwinding): leave at once.
            if (t instanceof ThreadDeath || t.getClass().getName().startsWith("com.oracle.truffle.polyglot")) {
                throw t;
            }
            // The interpreter's body reports Go panics itself; anything else is our bug: the
            // handler reports it (and normally ends the program).
            uncaught.accept(t);
        }
        if (!shutdown) {
            goexit(g);
        }
    }

    /** Ends the program: goroutines still parked are dropped (their continuations are never resumed). */
    public void shutdown() {
        shutdown = true;
    }

    public boolean isShutdown() {
        return shutdown;
    }

    /** runtime.NumGoroutine. */
    public int numGoroutine() {
        return gcount;
    }

    /**
     * runtime.GOMAXPROCS(n): returns the previous setting; n &lt; 1 only reads. Go's procresize: the
     * goroutines queued on Ps that go away move to the global queue, and the running goroutine
     * goes on with P0 if its P went away.
     */
    public int gomaxprocs(int n) {
        int prev = allp.length;
        if (n >= 1 && n != prev) {
            P[] next = new P[n];
            for (int i = 0; i < n; i++) {
                next[i] = i < prev ? allp[i] : new P(i);
            }
            P keep = pp.id < n ? pp : next[0];
            for (int i = n; i < prev; i++) {
                P old = allp[i];
                if (old.runnext != null) globalRunq.addLast(old.runnext);
                globalRunq.addAll(old.runq);
                // Go's moveTimers: the timers of a P that goes away move to a P that stays.
                for (Timer t; (t = old.timers.poll()) != null; ) {
                    t.pp = keep;
                    keep.timers.add(t);
                }
            }
            allp = next;
            pp = keep;
        }
        return prev;
    }

    /** Snapshot of all goroutines that have not exited, oldest first (for tracebacks and dumps). */
    public List<G> liveGoroutines() {
        synchronized (allgs) {
            return new ArrayList<>(allgs);
        }
    }

    // ---- run queue ----

    /**
     * Go's runqput on the current P: next=true puts g in runnext, kicking the old runnext to the
     * tail of the queue.
     */
    private void runqput(G g, boolean next) {
        P p = pp;
        if (next) {
            G old = p.runnext;
            p.runnext = g;
            if (old == null) {
                return;
            }
            g = old;
        }
        if (p.runq.size() < LOCAL_RUNQ_MAX) {
            p.runq.addLast(g);
        } else {
            // Local queue full: move half of it (and g) to the global queue, as runqputslow does.
            for (int i = 0; i < LOCAL_RUNQ_MAX / 2; i++) {
                globalRunq.addLast(p.runq.pollFirst());
            }
            globalRunq.addLast(g);
        }
    }

    /**
     * Go's schedule()/findRunnable. One M stands for the Ps running in parallel: when the running
     * G used up its slice (rotate: a preemption or Gosched), the M moves on to the next P, round
     * robin, that has work of its own or can steal some; otherwise the current P goes on with its
     * own work (a goroutine readied by a channel operation stays with the P that readied it, as
     * Go's runnext keeps a pair of communicating goroutines together). A new goroutine does not
     * move the M at once (Go's wakep): measured, that made the 10x prime sieve (6300 goroutines)
     * take 22 s at GOMAXPROCS=2 instead of 12 s, every hand-off chain broken by thefts. A P takes the global queue on every 61st tick, then its runnext, its local queue,
     * the global queue, and last steals half of another P's queue (victims in random order). When
     * the current P has nothing, the M moves to the next P that has work. Every P's due timers run
     * when the M looks at it. Null if nothing is runnable.
     */
    private G findRunnable(boolean rotate) {
        if (trace != null) {
            trace.tick(this);
        }
        runTimers(pp);
        if (rotate && allp.length > 1) {
            G g = switchP();
            if (g != null) return g;
        }
        G g = runOn(pp);
        if (g == null && allp.length > 1) {
            g = switchP();
            if (g == null) g = runOn(pp);
        }
        return g;
    }

    /** Moves the M to the next P, round robin, that has work or steals some: a stolen G, or null. */
    private G switchP() {
        for (int i = 1; i < allp.length; i++) {
            P q = allp[(pp.id + i) % allp.length];
            if (!q.timers.isEmpty()) {
                // q's due timers run as if q's own M had woken for them: what they ready is q's.
                P mine = pp;
                pp = q;
                runTimers(q);
                pp = mine;
            }
            if (q.hasWork()) {
                pp = q;
                return null;
            }
            // An idle P, as a spinning M would, takes half of a busy P's queue.
            G g = steal(q);
            if (g != null) {
                pp = q;
                q.schedtick++;
                return g;
            }
        }
        return null;
    }

    /** What p runs next: the global queue every 61st tick, runnext, local queue, global queue, theft. */
    private G runOn(P p) {
        p.schedtick++;
        if (p.schedtick % 61 == 0 && !globalRunq.isEmpty()) {
            return globalRunq.pollFirst();
        }
        if (p.runnext != null) {
            G g = p.runnext;
            p.runnext = null;
            return g;
        }
        G g = p.runq.pollFirst();
        if (g != null) {
            return g;
        }
        g = globalRunq.pollFirst();
        return g != null ? g : steal(p);
    }

    /**
     * Go's runqsteal: p, out of work, takes half of the first victim's queue that has any (its
     * runnext when the queue is empty), trying the other Ps in a random order (the run's seeded
     * source, so a seed replays it); it runs the last G it took.
     */
    private G steal(P p) {
        int n = allp.length;
        boolean any = false;
        for (P v : allp) {
            any |= v != p && v.hasWork();
        }
        if (!any) {
            return null;
        }
        int start = minigo.interp.values.GoRandom.nextInt(n);
        for (int i = 0; i < n; i++) {
            P v = allp[(start + i) % n];
            if (v == p) continue;
            int k = v.runq.size() - v.runq.size() / 2;
            if (k == 0) {
                if (v.runnext == null) continue;
                G g = v.runnext;
                v.runnext = null;
                return g;
            }
            for (int j = 0; j < k - 1; j++) {
                p.runq.addLast(v.runq.pollFirst());
            }
            return v.runq.pollFirst();
        }
        return null;
    }

    private boolean hasRunnable() {
        if (!globalRunq.isEmpty()) return true;
        for (P p : allp) {
            if (p.hasWork()) return true;
        }
        return false;
    }

    // ---- switching ----

    /**
     * The G that has just given up the P (curg already names the next holder) waits until it holds
     * the P again: a continuation yields to the M's loop; goroutine 1 runs that loop itself.
     */
    private void waitForP(G g) {
        // Every frame between a goroutine's code and its yield is frozen and thawed again at every
        // switch. C1 inlines a callee of up to 35 bytecodes, and 90% of its caller's limit at each
        // level of nesting (35, 31, 27, 24): park (29 bytecodes), this method (31 of 31) and
        // Continuations.yield (24 of 27) disappear into GoChan's receive and send, and GoChan's
        // static entry points into Chans (recv2 uses 31 of 31). One bytecode more in either of the
        // two at their limit puts a frame back. With the optimizing runtime and the code compiled
        // by C1, a goroutine blocked in <-ch, v, ok := <-ch, range over a channel or ch <- v holds
        // 3 frames above the node that runs it (GoChan's method, the JDK's Continuation.yield and
        // yield0) instead of 7. Measured with -Dpolyglot.engine.Compilation=false (main thread CPU,
        // medians of 5): the prime sieve 2.21 -> 1.50 s, 2000 goroutines relaying 2M values
        // 4.62 -> 3.17 s.
        if (g.cont == null || threadState != null) {
            runOrUnmount(g);
        } else {
            Continuations.yield();
        }
        afterWait(g);
    }

    /** Goroutine 1 runs the M's loop; an interpreter-only run swaps Truffle's thread state. */
    private void runOrUnmount(G g) {
        if (g.cont == null) {
            runUntil(g);
        } else {
            unmount();
        }
    }

    /**
     * g is mounted again: first, perhaps, without the P, to run something on its stack (a dump),
     * after which it yields again; then with the P, and it runs on, unless the run is shutting
     * down or its wait was aborted.
     */
    private void afterWait(G g) {
        for (Runnable action; (action = g.stackAction) != null; ) {
            g.stackAction = null;
            action.run();
            unmount();
        }
        if (shutdown) {
            throw new Shutdown();
        }
        g.resumed();
        RuntimeException abort = g.abort;
        if (abort != null) {
            g.abort = null;
            throw abort;
        }
    }

    /**
     * The M's loop, on goroutine 1's thread while goroutine 1 is not running: mounts the G holding
     * the P until it yields or ends, until the P comes back to g0.
     */
    private void runUntil(G g0) {
        for (G next; (next = curg) != g0; ) {
            if (shutdown) {
                return;
            }
            mount(next);
        }
    }

    // ---- REPL sessions (minigo.interp.Session): goroutine 1 runs one piece of input after another ----

    /**
     * Goroutine 1's piece was abandoned while it held the P (a deadlock detected on its own thread, an
     * interrupt): g holds the P again and runs.
     */
    public void resume(G g) {
        g.resumed();
        g.status = G.Status.RUNNING;
        g.waitReason = "";
        budget = PREEMPT_BUDGET;
        curg = g;
    }

    /**
     * Every goroutine is asleep while the parked g (goroutine 1) waits: g gets the P and fails with why
     * instead of waiting for ever. Called by the fatal handler, which then returns.
     */
    public void abortParked(G g, RuntimeException why) {
        g.abort = why;
        resume(g);
    }

    /**
     * Gives the P to the next runnable G (sets curg). With none: wait for the earliest timer; with no
     * timer either, every goroutine is asleep: fatal.
     */
    private void handOff() {
        handOff(false);
    }

    /** rotate: the running G used up its slice, so the M moves on to another P (see findRunnable). */
    private void handOff(boolean rotate) {
        G me = curg;
        while (true) {
            G next = findRunnable(rotate);
            if (next != null) {
                next.status = G.Status.RUNNING;
                budget = PREEMPT_BUDGET;
                curg = next;
                return;
            }
            Timer t = earliestTimer();
            if (t != null && fakeNow != null) {
                // Fake time: nothing can run before the next timer, so it is now.
                fakeNow[0] = Math.max(fakeNow[0], t.when);
                continue;
            }
            if (t != null) {
                long d = t.when - System.nanoTime();
                if (trace != null) {
                    d = Math.min(d, Math.max(1, trace.untilNext()));
                }
                if (d > 0) {
                    synchronized (idleLock) {
                        try {
                            idleLock.wait(d / 1_000_000, (int) (d % 1_000_000));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
                continue;
            }
            curg = null;
            dying = me;
            // Go's checkdead: with goroutines left, they are all asleep; with none, main called Goexit.
            fatal.accept(gcount > 0 ? "all goroutines are asleep - deadlock!" : "no goroutines (main called runtime.Goexit) - deadlock!");
            if (curg == null) {
                throw new IllegalStateException("fatal handler returned");
            }
            return;
        }
    }

    /**
     * Go's gopark: the running G stops until someone calls {@link #ready} on it. The caller has
     * already queued it where it will be found (a channel's wait queue, a timer, a semaphore).
     */
    public void park(String reason) {
        // Kept small enough for C1 to inline into the channel and semaphore operations: each frame
        // between a goroutine's code and its yield is frozen and thawed again at every switch.
        G me = curg;
        markWaiting(me, reason);
        handOff();
        if (curg != me) {
            waitForP(me);
        }
    }

    private void markWaiting(G me, String reason) {
        me.status = G.Status.WAITING;
        me.waitReason = reason;
        me.waitSite = site;
        site = null;
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
        if (!hasRunnable() && !anyTimers()) {
            return;
        }
        me.status = G.Status.RUNNABLE;
        globalRunq.addLast(me);
        handOff(true);
        if (curg != me) {
            waitForP(me);
        }
    }

    /**
     * Called at loop back-edges and calls: after {@link #PREEMPT_BUDGET} units of work the running G
     * is preempted (as Go's sysmon would after 10ms), if anyone else is runnable.
     */
    public void preemptCheck() {
        if (--budget <= 0) {
            budget = PREEMPT_BUDGET;
            if (trace != null) {
                trace.tick(this);
            }
            // Go's sysmon runs on its own thread every 20us-10ms; here, at every preemption tick
            // of the running goroutine (which is where it would retake the P anyway).
            GcHook h = gcHook;
            if (h != null) {
                h.sysmon();
            }
            Timer t = earliestTimer();
            if (hasRunnable() || (t != null && t.when <= nanotime())) {
                gosched();
            }
        }
    }

    /** The running G (not main) has finished: it is dead and the P goes to the next G; its continuation then ends. */
    private void goexit(G me) {
        GcHook h = gcHook;
        if (h != null) {
            h.goroutineExit(me);
        }
        me.status = G.Status.DEAD;
        gcount--;
        synchronized (allgs) {
            allgs.remove(me);
        }
        handOff();
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

    /**
     * A runtime timer (the runtime's timer in Go's time.go): at {@code when} on the scheduler's
     * clock, the P holder runs {@code f}, which must not block. A timer with a period (a ticker)
     * re-arms itself first, at the next multiple of its period after now, so a slow reader makes
     * it skip ticks rather than pile them up. {@code arg} is what the timer keeps alive for the
     * collector (the channel it sends on, the func it starts), as the timers of Go's Ps do.
     */
    public static final class Timer implements Comparable<Timer> {
        long when;
        long period;
        long seq;
        final Runnable f;
        final Object arg;
        /** The P whose heap holds the timer while it is pending; null when it is not. */
        P pp;

        Timer(Runnable f, Object arg) {
            this.f = f;
            this.arg = arg;
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(when, o.when);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /** Schedules f to run once after delayNanos (Sleep's wake-up). */
    public Timer addTimer(long delayNanos, Runnable f) {
        return startTimer(delayNanos, 0, null, f);
    }

    /** Go's addtimer: a new timer firing after delayNanos, then every period (0: once). */
    public Timer startTimer(long delayNanos, long period, Object arg, Runnable f) {
        Timer t = new Timer(f, arg);
        arm(t, delayNanos, period);
        return t;
    }

    /** Go's deltimer (Timer.Stop, Ticker.Stop): true if t was pending, which it no longer is. */
    public boolean stopTimer(Timer t) {
        boolean wasPending = t.pp != null;
        if (wasPending) {
            t.pp.timers.remove(t);
            t.pp = null;
        }
        return wasPending;
    }

    /** Go's resettimer/modtimer (Timer.Reset, Ticker.Reset): re-arms t; true if it was pending. */
    public boolean resetTimer(Timer t, long delayNanos, long period) {
        boolean wasPending = stopTimer(t);
        arm(t, delayNanos, period);
        return wasPending;
    }

    private void arm(Timer t, long delayNanos, long period) {
        long now = nanotime();
        long when = now + Math.max(0, delayNanos);
        t.when = when < now ? Long.MAX_VALUE : when; // Go's when(): an overflow means never
        t.period = period;
        t.seq = timerSeq++;
        t.pp = pp; // Go's addtimer: on the heap of the P that starts it
        pp.timers.add(t);
    }

    /**
     * Go's checkTimers on p: runs every timer of p that is due. What a timer readies goes to the
     * current P, as in Go, where the M running checkTimers (on its own P, or on a victim's while
     * it steals) readies onto its own P.
     */
    private void runTimers(P p) {
        PriorityQueue<Timer> timers = p.timers;
        if (timers.isEmpty()) {
            return;
        }
        long now = nanotime();
        while (!timers.isEmpty() && timers.peek().when <= now) {
            Timer t = timers.poll();
            if (t.period > 0) {
                long late = now - t.when;
                t.when += t.period * (1 + late / t.period);
                if (t.when < now) t.when = Long.MAX_VALUE;
                t.seq = timerSeq++;
                timers.add(t);
            } else {
                t.pp = null;
            }
            t.f.run();
        }
    }

    /** The collector's view of the timers: what each pending timer will send or start. */
    public void scanTimers(minigo.runtime.gc.PointerVisitor v) {
        for (P p : allp) {
            for (Timer t : p.timers) {
                if (t.arg != null) v.visit(t.arg);
            }
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

    // ---- the clock ----

    /**
     * The playground's epoch, 2009-11-10 23:00:00 UTC, in nanoseconds since 1970: where the fake
     * clock starts.
     */
    public static final long FAKE_EPOCH = 1_257_894_000L * 1_000_000_000L;

    /** Null: real time. Else the fake clock's reading, which moves only when every goroutine sleeps. */
    private long[] fakeNow;

    /**
     * {@code minigo run --faketime}: time is the fake clock's, which starts at {@link #FAKE_EPOCH}
     * and jumps to the next timer whenever no goroutine can run, as on the Go playground: sleeping
     * programs finish at once, and their output does not depend on the machine's speed.
     */
    public void useFakeTime() {
        fakeNow = new long[] {FAKE_EPOCH};
    }

    public boolean fakeTime() {
        return fakeNow != null;
    }

    /** The monotonic clock timers run on (Go's nanotime). */
    public long nanotime() {
        return fakeNow != null ? fakeNow[0] : System.nanoTime();
    }

    /** The wall clock in nanoseconds since 1970 (Go's walltime); with fake time, the fake clock. */
    public long walltime() {
        if (fakeNow != null) return fakeNow[0];
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
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
