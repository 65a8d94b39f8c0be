package minigo.runtime.gc;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import minigo.runtime.memory.FreeListener;
import minigo.runtime.memory.GcCounters;
import minigo.runtime.memory.GcHooks;
import minigo.runtime.memory.MCache;
import minigo.runtime.memory.MHeap;
import minigo.runtime.memory.MSpan;
import minigo.runtime.memory.SpanState;

/**
 * The garbage collector of one program run (Go's mgc.go, mgcmark.go, mgcsweep.go driving
 * {@link Pacer}): the cycle's phases, marking from precise roots, the hybrid write barrier,
 * assists, background workers, sweeping, finalizers, and the numbers users read. See the package
 * essay for the cycle; the public methods are grouped by who calls them:
 *
 * <ul>
 *   <li>the allocator, through {@link GcHooks}: {@link #assist}, {@link #spanAllocated};</li>
 *   <li>every pointer store into the heap or a global: {@code if (gc.writeBarrier) gc.writePointer(c, old, new)};</li>
 *   <li>goroutines at safepoints: {@link #safepoint}, and {@link #scanStack} when asked;</li>
 *   <li>the scheduler: {@link #markWorker} (fractional/idle workers), {@link #bgsweep},
 *       {@link #pollTimeTrigger} (sysmon's forced GC);</li>
 *   <li>package runtime and runtime/debug: {@link #gc}, {@link #setGCPercent},
 *       {@link #setMemoryLimit}, {@link #freeOSMemory}, {@link #setFinalizer}, {@link #addPoolCleanup}.</li>
 * </ul>
 */
public final class Collector implements GcHooks {
    /**
     * Go's own pointerful globals (the runtime's and fmt's data and bss) that every Go 1.19
     * program has and that enter its heap goal: 223344 bytes, measured with
     * GODEBUG=gcpacertrace=1 on go1.19.8/amd64 for a program with no globals of its own.
     */
    public static final long GO_RUNTIME_GLOBALS_SCAN = 223_344;
    /** Go's forcegcperiod: a cycle is forced when none ran for two minutes. */
    public static final long FORCE_GC_PERIOD_NS = 2L * 60 * 1_000_000_000;
    /**
     * Deterministic pacing clock: nanoseconds a goroutine spends per byte it allocates while
     * marking is on (allocation, initialisation, barriers); a byte of scan work costs 1 ns.
     * Go 1.19 on the gcpace programs spends about this much (g01 at GOGC=200: 2 to 4 MB allocated
     * in 10 to 20 ms marks).
     */
    static final long MUTATOR_NS_PER_BYTE = 2;
    /** sysmon preempts a goroutine that ran this long (Go's forcePreemptNS). */
    static final long FORCE_PREEMPT_NS = 10_000_000;

    /** How the collector runs; the defaults suit a program on the scheduler. */
    public static final class Options {
        /** Run background mark workers and the background sweeper as Java threads (tests of concurrency). */
        public boolean backgroundThreads;
        /**
         * Pace on work instead of time with GOMAXPROCS=1 (allocated bytes and scan work as the
         * clock), so that runs are reproducible (DESIGN §4). Reported times are real either way.
         */
        public boolean deterministicPacing = true;
        /** Monotonic clock for the two-minute forced cycle and reports. */
        public LongSupplier nanoTime = System::nanoTime;
        /** Wall clock (Unix ns) for LastGC and PauseEnd. */
        public LongSupplier unixNanos = () -> System.currentTimeMillis() * 1_000_000L;
        /** Where gctrace lines go. */
        public PrintStream trace = System.err;
        /** Added to the program's globals in the heap goal: see {@link #GO_RUNTIME_GLOBALS_SCAN}. */
        public long extraGlobalsScan = GO_RUNTIME_GLOBALS_SCAN;
        /** Poison every freed {@link Poisonable} object even without GODEBUG=clobberfree=1 (tests). */
        public boolean alwaysPoison;
        /**
         * With deterministic pacing and no scheduler calling {@link Collector#markWorker}: give the
         * fractional worker its turn as Go's sysmon would, by preempting the allocating goroutine every
         * 10 ms of pacing time. A scheduler that runs mark workers itself turns this off.
         */
        public boolean emulateFractionalWorker = true;
        /**
         * Mark the whole heap inside the first pause, as GODEBUG=gcstoptheworld=1 does, but pace as
         * a concurrent cycle would: for a mutator whose stores do not yet call the write barrier.
         */
        public boolean markInPause;
        /**
         * A background thread's fatal error (a failed gccheckmark, a collector bug): the program
         * must stop. The default prints the message as the runtime does and halts with status 2.
         */
        public java.util.function.Consumer<Throwable> onBackgroundFailure = t -> {
            System.err.println(t instanceof GcFatalError ? t.getMessage() : "fatal error: " + t);
            System.err.flush();
            Runtime.getRuntime().halt(2);
        };
    }

    final MHeap heap;
    final ObjectScanner scanner;
    final RootSource roots;
    final MutatorHost host;
    final GcSettings settings;
    final Options opts;
    final Pacer pacer;
    final WorkList work = new WorkList();
    final Finalizers finalizers = new Finalizers();
    private final List<Runnable> poolCleanups = new ArrayList<>();
    private FreeListener freeListener = FreeListener.NONE;

    /**
     * Go's writeBarrier.enabled: the interpreter tests it before every pointer store into the
     * heap or a global, and calls {@link #writePointer} only when it is set. On from the start of
     * the mark phase to the end of mark termination.
     */
    public volatile boolean writeBarrier;
    private volatile GcPhase phase = GcPhase.OFF;
    /** Set once mark termination has begun: workers and assists stop taking work. */
    private volatile boolean terminating;
    /** Test-only: the barrier does nothing, so that gccheckmark's detection can be shown. */
    private volatile boolean debugBarrierDisabled;

    /** Completed and started cycles (Go's work.cycles). */
    private final AtomicInteger cycles = new AtomicInteger();
    /** Stack-scan generation: a goroutine has scanned for this round when its scannedCycle equals it. */
    private volatile long scanGen;
    private final AtomicInteger pendingStacks = new AtomicInteger();
    private final AtomicInteger nextRootJob = new AtomicInteger();
    private static final int ROOT_JOBS = 3;
    private final AtomicInteger activeDrainers = new AtomicInteger();
    /** Serializes cycle transitions (Go's gcsema and worldsema). */
    private final ReentrantLock cycleLock = new ReentrantLock();
    /** Waiters for a cycle's end (runtime.GC, SetGCPercent(-1)). */
    private final Object cycleDone = new Object();
    private boolean userForced;

    // Pacing clock (deterministic mode: virtual nanoseconds = bytes allocated + scan work).
    private boolean deterministicCycle;
    private final AtomicLong vclock = new AtomicLong();
    private long nextPreempt;

    // Real times of the current cycle, for gctrace, PauseNs and GCCPUFraction.
    private final long initTime;
    private long tSweepTerm;
    private long tMark;
    private long tMarkTerm;
    private long pauseNs;
    private long pauseStart;
    private final AtomicLong assistRealNs = new AtomicLong();
    private final AtomicLong bgRealNs = new AtomicLong();
    private final AtomicLong idleRealNs = new AtomicLong();
    private long totalGcCpu;
    private long heap0;
    /** The cycle's Ps as the pacer counts them ({@link MutatorHost#pacingProcs}). */
    private int pacingProcs;
    /** GOMAXPROCS during the cycle's pauses and at its end, for the CPU times and the trace line. */
    private int stwprocs;
    private int maxprocs;
    private volatile long lastGcNanotime;
    private long lastHeapInUse;

    // Sweeping.
    private volatile double sweepPagesPerByte;
    private long sweepHeapLiveBasis;
    private long sweepPagesBasis;
    private final AtomicInteger activeSweepers = new AtomicInteger();
    /**
     * Set from sweep termination to the start of the next sweep phase: no new sweep may begin
     * (a sweep replaces a span's mark bits, which would wipe marks of the running mark phase).
     * Go's sweep.active barrier.
     */
    private volatile boolean sweepBlocked;
    /** The trigger committed at the end of the last cycle (valid when no memory limit applies). */
    private volatile long cachedTrigger;
    private final Object bgLock = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean shutdown;

    public Collector(MHeap heap, ObjectScanner scanner, RootSource roots, MutatorHost host, GcSettings settings, Options opts) {
        this.heap = heap;
        this.scanner = scanner;
        this.roots = roots;
        this.host = host;
        this.settings = settings;
        this.opts = opts;
        this.initTime = opts.nanoTime.getAsLong();
        this.pacer = new Pacer(new Pacer.HeapView() {
            @Override
            public long heapLive() {
                return heap.heapLive();
            }

            @Override
            public long heapFree() {
                return heap.heapFree();
            }

            @Override
            public long heapAlloc() {
                return heap.heapAllocBytes();
            }

            @Override
            public long mappedReady() {
                return heap.mappedReady();
            }
        }, settings.gcPercent, settings.memoryLimit);
        pacer.setGlobalsScan(roots.globalsScanBytes() + opts.extraGlobalsScan);
        pacer.commit(true);
        if (settings.gcpacertrace > 0) {
            pacer.trace = line -> {
                opts.trace.println(line);
                opts.trace.flush();
            };
        }
        publishGoal();
        heap.setGcHooks(this);
        heap.setFreeListener(this::freed);
        synchronized (heap) {
            heap.gcCounters().debugGC = false;
        }
        if (opts.backgroundThreads) {
            startThreads();
        }
    }

    // ---------------------------------------------------------------- per P

    /** The collector's state kept in each P's mcache. */
    static final class PState {
        final GcWork gcw;
        /** Assist credit for allocations by no known goroutine (tests' threads): per P. */
        final GcGState anon = new GcGState();

        PState(Collector gc) {
            gcw = new GcWork(gc);
        }
    }

    private PState pstate(MCache c) {
        Object s = c.gcState;
        if (s instanceof PState p) {
            return p;
        }
        PState p = new PState(this);
        c.gcState = p;
        return p;
    }

    public GcPhase phase() {
        return phase;
    }

    public Pacer pacer() {
        return pacer;
    }

    public Finalizers finalizers() {
        return finalizers;
    }

    /** Completed cycles (NumGC). */
    public int numGC() {
        synchronized (heap) {
            return heap.gcCounters().numGC;
        }
    }

    // ---------------------------------------------------------------- write barrier

    /**
     * The hybrid write barrier (Go 1.8+, proposal 17503): before a pointer slot in the heap or a
     * global changes from {@code oldValue} to {@code newValue}, shade both. Shading the old value
     * keeps every object that was reachable when marking began (a deletion barrier: what a black
     * stack loaded stays marked); shading the new one covers a pointer from a not yet scanned
     * stack being hidden in an already black object. Stacks need no barrier and no rescan.
     * Values without an address (a slice, an interface) are shaded through: what they reference.
     *
     * @param c the mcache of the P the calling goroutine holds (null: a thread without a P)
     */
    public void writePointer(MCache c, Object oldValue, Object newValue) {
        if (debugBarrierDisabled || !writeBarrier) {
            return;
        }
        if (c == null) {
            synchronized (work) {
                GcWork g = sharedGcw();
                g.visit(oldValue);
                g.visit(newValue);
                g.flush();
            }
            return;
        }
        GcWork g = pstate(c).gcw;
        g.visit(oldValue);
        g.visit(newValue);
    }

    /** Shades one value (for bulk copies: every pointer the destination held before the copy). */
    public void shade(MCache c, Object value) {
        writePointer(c, value, null);
    }

    private GcWork shared;

    private GcWork sharedGcw() {
        if (shared == null) {
            shared = new GcWork(this);
        }
        return shared;
    }

    /** Test-only switch: makes the write barrier do nothing, so a lost object can be shown. */
    public void debugDisableWriteBarrier(boolean disabled) {
        debugBarrierDisabled = disabled;
    }

    // ---------------------------------------------------------------- marking

    /** Greys the heap object containing addr if it is white (Go's greyobject via findObject). */
    void shade(long addr, GcWork gcw) {
        MSpan s = heap.spanOf(addr);
        if (s == null || s.state() != SpanState.IN_USE) {
            return;
        }
        int i = s.objIndex(addr);
        if (i >= s.nelems() || !s.isAllocated(i)) {
            return;
        }
        if (s.setMarked(i) && !s.noscan()) {
            gcw.put(s.slotAddr(i));
        }
    }

    /** Blackens a grey object: reports its references to gcw; returns the scan work. */
    private long scanObject(long base, GcWork gcw) {
        MSpan s = heap.spanOf(base);
        Object obj = s.object(s.objIndex(base));
        if (obj == null) {
            return 0;
        }
        return scanner.scan(obj, gcw);
    }

    /** Root jobs other than stacks (Go's markroot): 0 globals, 1 runtime-held references, 2 finalizers. */
    private long runRootJob(int job, GcWork gcw) {
        gcw.beginRoots();
        try {
            switch (job) {
                case 0 -> {
                    roots.scanGlobals(gcw);
                    long w = roots.globalsScanBytes() + opts.extraGlobalsScan;
                    pacer.globalsScanWork.addAndGet(w);
                    return w;
                }
                case 1 -> roots.scanRuntimeRoots(gcw);
                default -> {
                    synchronized (finalizers) {
                        // An object with a finalizer is not itself a root, but everything it references is.
                        for (Finalizers.Special sp : finalizers.specials.values()) {
                            scanner.scan(sp.obj(), gcw);
                            gcw.visit(sp.fn());
                        }
                        for (Finalizers.Pending p : finalizers.queue) {
                            gcw.visit(p.obj());
                            gcw.visit(p.fn());
                        }
                    }
                }
            }
            return 0;
        } finally {
            gcw.endRoots();
        }
    }

    /**
     * Does up to maxWork scan work: root jobs first, then grey objects (Go's gcDrainN). Stops
     * early when mark termination begins, unless {@code inTermination}. Flushes gcw at the end so
     * that what it greyed is visible to every worker.
     */
    private long drain(GcWork gcw, long maxWork, boolean inTermination) {
        activeDrainers.incrementAndGet();
        long done = 0;
        try {
            while (done < maxWork && (inTermination || !terminating)) {
                if (nextRootJob.get() < ROOT_JOBS) {
                    int j = nextRootJob.getAndIncrement();
                    if (j < ROOT_JOBS) {
                        done += runRootJob(j, gcw);
                        continue;
                    }
                }
                long a = gcw.tryGet();
                if (a == 0) {
                    break;
                }
                long w = scanObject(a, gcw);
                gcw.heapScanWork += w;
                done += w;
            }
            return done;
        } finally {
            gcw.flush();
            activeDrainers.decrementAndGet();
        }
    }

    private boolean markWorkAvailable() {
        return nextRootJob.get() < ROOT_JOBS || !work.isEmpty();
    }

    // ---------------------------------------------------------------- stacks

    /**
     * A goroutine's safepoint poll (a call, a loop back-edge, an allocation, a channel operation):
     * when the collector wants its stack, it scans it now. One volatile read when not.
     */
    public void safepoint(GcGoroutine g) {
        if (g.gcState().scanRequested) {
            scanStack(g);
        }
    }

    /**
     * Scans g's stack: must run on g's own thread (READ_ONLY frame access), at a safepoint or
     * while g is parked. Greys every heap object its frames reference; idempotent per round.
     */
    public void scanStack(GcGoroutine g) {
        GcGState st = g.gcState();
        long gen = scanGen;
        synchronized (st) {
            if (!st.scanRequested || st.scannedCycle == gen) {
                st.scanRequested = false;
                return;
            }
            GcWork gcw = new GcWork(this);
            gcw.beginRoots();
            long w;
            try {
                w = g.scanOwnStack(gcw);
            } finally {
                gcw.endRoots();
            }
            pacer.stackScanWork.addAndGet(w);
            gcw.flush();
            // Go's scanstack shrinks a stack that uses little of itself: once a cycle, not again
            // in checkmark's second mark
            if (!checkmarking) g.shrinkStack();
            st.scannedCycle = gen;
            st.scanRequested = false;
        }
        if (pendingStacks.decrementAndGet() == 0) {
            synchronized (pendingStacks) {
                pendingStacks.notifyAll();
            }
        }
    }

    /**
     * Flags every goroutine's stack for scanning (world stopped: the set of goroutines is fixed)
     * and returns them; {@link #deliverStackScans} then asks the host to have them scanned.
     */
    private List<? extends GcGoroutine> flagStackScans() {
        ++scanGen;
        List<? extends GcGoroutine> gs = host.allGoroutines();
        long stacks = 0;
        pendingStacks.set(gs.size());
        for (GcGoroutine g : gs) {
            g.gcState().scanRequested = true;
            stacks += g.stackSize();
        }
        pacer.setMaxStackScan(stacks);
        return gs;
    }

    /** The calling goroutine scans its own stack at once; the others are asked through the host. */
    private void deliverStackScans(List<? extends GcGoroutine> gs) {
        GcGoroutine self = host.currentGoroutine();
        for (GcGoroutine g : gs) {
            if (g != self) {
                host.requestStackScan(g);
            }
        }
        if (self != null) {
            safepoint(self);
        }
    }

    private void requestStackScans() {
        deliverStackScans(flagStackScans());
    }

    /**
     * A goroutine exits: if its stack scan is pending, it is done (its frames are gone, and what
     * they referenced is reachable elsewhere or garbage). The scheduler calls this on the
     * goroutine's thread before it leaves allgs.
     */
    public void goroutineExit(GcGoroutine g) {
        GcGState st = g.gcState();
        synchronized (st) {
            if (!st.scanRequested) {
                return;
            }
            st.scanRequested = false;
            st.scannedCycle = scanGen;
        }
        if (pendingStacks.decrementAndGet() == 0) {
            synchronized (pendingStacks) {
                pendingStacks.notifyAll();
            }
        }
    }

    private void awaitStackScans() {
        GcGoroutine self = host.currentGoroutine();
        if (self != null) {
            safepoint(self);
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        synchronized (pendingStacks) {
            while (pendingStacks.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new GcFatalError("runtime: " + pendingStacks.get() + " goroutine stack scan(s) requested at the start of GC cycle "
                            + cycles.get() + " never happened\nfatal error: stack scan never completed");
                }
                try {
                    pendingStacks.wait(Math.min(left / 1_000_000 + 1, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new GcFatalError("fatal error: interrupted while waiting for stack scans");
                }
            }
        }
    }

    // ---------------------------------------------------------------- the cycle

    private enum Trigger { HEAP, TIME, CYCLE }

    private boolean triggerTest(Trigger t, int n) {
        if (phase != GcPhase.OFF) {
            return false;
        }
        return switch (t) {
            case HEAP -> heap.heapLive() >= currentTrigger();
            case TIME -> pacer.gcPercent() >= 0 && lastGcNanotime != 0
                    && opts.nanoTime.getAsLong() - lastGcNanotime > FORCE_GC_PERIOD_NS;
            case CYCLE -> n - cycles.get() > 0;
        };
    }

    private long currentTrigger() {
        if (pacer.memoryLimit() == Long.MAX_VALUE && pacer.gcPercent() >= 0) {
            return cachedTrigger;
        }
        return pacer.trigger()[0];
    }

    /**
     * Go's gcStart: finishes the previous sweep, stops the world (sweep termination), turns on the
     * write barrier, allocate-black and assists, and starts the world again with marking under
     * way. With gcstoptheworld the whole mark runs here, the world stopped.
     */
    private void gcStart(Trigger t, int n) {
        gcStart(t, n, 0);
    }

    /** @param newObject the object whose allocation triggered the cycle (0: none): a root, see GcHooks. */
    private void gcStart(Trigger t, int n, long newObject) {
        // Finish sweeping what the last cycle left (Go sweeps here, before stopping the world).
        while (triggerTest(t, n) && sweepone()) {
            // keep sweeping
        }
        if (!lockCycle(t == Trigger.CYCLE)) {
            return; // another goroutine is starting or ending a cycle: the trigger is taken care of
        }
        try {
            if (!triggerTest(t, n)) {
                return;
            }
            int procs = host.pacingProcs();
            host.stopTheWorld("GC sweep termination");
            long now = opts.nanoTime.getAsLong();
            tSweepTerm = now;
            pauseStart = now;
            pauseNs = 0;
            pacingProcs = procs;
            stwprocs = host.gomaxprocs();
            maxprocs = stwprocs;
            userForced = t == Trigger.CYCLE;
            assistRealNs.set(0);
            bgRealNs.set(0);
            idleRealNs.set(0);
            // finishsweep_m: no sweeper may still be inside a span, and nothing may be left unswept.
            sweepBlocked = true;
            while (activeSweepers.get() > 0) {
                Thread.onSpinWait();
            }
            heap.sweeper().sweepAll();
            for (Runnable r : poolCleanups) {
                r.run(); // sync.Pool: victim caches dropped, primaries become victims
            }
            cycles.incrementAndGet();
            deterministicCycle = opts.deterministicPacing && procs == 1 && !opts.backgroundThreads;
            vclock.set(0);
            nextPreempt = FORCE_PREEMPT_NS;
            work.clear();
            nextRootJob.set(0);
            terminating = false;
            pacer.setGlobalsScan(roots.globalsScanBytes() + opts.extraGlobalsScan);
            pacer.startCycle(pacingNow(), procs, settings.gcstoptheworld > 0);
            heap0 = heap.heapLive();
            phase = GcPhase.MARK;
            writeBarrier = true;
            heap.setAllocBlack(true);
            // Each P's tiny block gets more tiny objects while marking: grey it now (gcMarkTinyAllocs).
            GcWork gcw = sharedGcw();
            if (newObject != 0) {
                shade(newObject, gcw);
            }
            for (MCache c : heap.mcaches()) {
                long tb = c.tinyBlockAddr();
                if (tb != 0) {
                    shade(tb, gcw);
                }
                PState ps = pstate(c);
                ps.anon.assistBytes = 0;
            }
            for (GcGoroutine g : host.allGoroutines()) {
                g.gcState().assistBytes = 0;
            }
            gcw.flush();
            heap.setAssistsEnabled(true);
            long t1 = opts.nanoTime.getAsLong();
            tMark = t1;
            if (settings.gcstoptheworld > 0 || opts.markInPause) {
                // The whole mark with the world stopped: exact and simple (gcstoptheworld=1|2).
                requestStackScans();
                awaitStackScans();
                markTermination();
                return;
            }
            List<? extends GcGoroutine> gs = flagStackScans();
            pauseNs += t1 - pauseStart;
            host.startTheWorld();
            deliverStackScans(gs);
        } finally {
            cycleLock.unlock();
        }
        if (opts.backgroundThreads) {
            synchronized (bgLock) {
                bgLock.notifyAll();
            }
        }
    }

    private long pacingNow() {
        return deterministicCycle ? vclock.get() : opts.nanoTime.getAsLong();
    }

    /** When no mark work seems left: run mark termination (Go's gcMarkDone). */
    private void tryMarkDone() {
        if (phase != GcPhase.MARK || terminating || markWorkAvailable() || pendingStacks.get() > 0 || activeDrainers.get() > 0) {
            return;
        }
        markDone();
    }

    private void markDone() {
        if (!lockCycle(false)) {
            return;
        }
        try {
            if (phase != GcPhase.MARK || terminating) {
                return;
            }
            terminating = true;
            host.stopTheWorld("GC mark termination");
            pauseStart = opts.nanoTime.getAsLong();
            markTermination();
        } finally {
            cycleLock.unlock();
        }
    }

    /**
     * Takes the cycle lock; without {@code wait}, gives up at once if another thread holds it
     * (it is doing the same transition). A waiting goroutine counts as stopped meanwhile.
     */
    private boolean lockCycle(boolean wait) {
        if (cycleLock.tryLock()) {
            return true;
        }
        if (!wait) {
            return false;
        }
        host.beginBlocking();
        GcGoroutine self = host.currentGoroutine();
        try {
            // Keep answering stack-scan requests while waiting: the holder may be waiting for ours.
            while (!cycleLock.tryLock(1, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (self != null) {
                    safepoint(self);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GcFatalError("fatal error: interrupted while waiting for the GC");
        } finally {
            host.endBlocking();
        }
        return true;
    }

    /**
     * Mark termination (world stopped, cycleLock held): the last grey objects, checkmark,
     * finalizers, the marked bytes as the new live heap, sweeping started, the pacer committed,
     * statistics and the gctrace line; then it starts the world.
     */
    private void markTermination() {
        terminating = true;
        // Wait for background workers and assists to put their buffers back.
        while (activeDrainers.get() > 0) {
            Thread.onSpinWait();
        }
        awaitStackScans();
        long now = opts.nanoTime.getAsLong();
        tMarkTerm = now;
        long heap1 = heap.heapLive();
        phase = GcPhase.MARKTERMINATION;
        heap.setAssistsEnabled(false);
        drainEverything();
        pacer.endCycle(pacingNow(), Math.max(1, pacingProcs));

        // Objects with finalizers found unmarked: resurrect them for one cycle and queue the finalizer.
        // A tiny block may hold several objects with finalizers: all of them are queued at once (the
        // blocks are found first, then marked), as Go's sweep does.
        boolean queued = false;
        synchronized (finalizers) {
            List<Long> dead = new ArrayList<>();
            for (long addr : finalizers.specials.keySet()) {
                MSpan s = heap.spanOf(addr);
                if (!s.isMarked(s.objIndex(addr))) dead.add(addr);
            }
            for (long addr : dead) {
                MSpan s = heap.spanOf(addr);
                s.setMarked(s.objIndex(addr));
                Finalizers.Special sp = finalizers.specials.remove(addr);
                finalizers.queue.addLast(new Finalizers.Pending(sp.obj(), addr, sp.fn()));
                queued = true;
            }
        }
        if (settings.gccheckmark > 0) {
            checkmark();
        }

        // The workbufs this mark needed stay mapped (Go frees their spans lazily): GCSys, non-heap memory.
        heap.setGcWorkBufBytes(work.takePeak());
        long bytesMarked = bytesMarked();
        pacer.resetLive(bytesMarked);
        heap.setHeapLive(bytesMarked);
        writeBarrier = false;
        heap.setAllocBlack(false);
        phase = GcPhase.OFF;

        // Sweep: every span unswept at once; each P's spans come back to be swept (gcSweep).
        for (MCache c : heap.mcaches()) {
            heap.stacks().releaseCache(c);
        }
        heap.sweeper().startCycle();
        sweepBlocked = false;
        heap.stacks().freeStackSpans();
        lastHeapInUse = heap.heapInUse();
        if (settings.gcstoptheworld >= 2) {
            heap.sweeper().sweepAll();
        }
        commitLocked();

        long end = opts.nanoTime.getAsLong();
        long unixNow = opts.unixNanos.getAsLong();
        pauseNs += end - pauseStart;
        lastGcNanotime = end;
        long sweepTermCpu = (long) stwprocs * (tMark - tSweepTerm);
        long markCpu = assistRealNs.get() + bgRealNs.get();
        long markTermCpu = (long) stwprocs * (end - tMarkTerm);
        totalGcCpu += sweepTermCpu + markCpu + markTermCpu;
        long totalCpu = (end - initTime) * Math.max(1, host.gomaxprocs());
        int n;
        double frac = totalCpu > 0 ? (double) totalGcCpu / totalCpu : 0;
        synchronized (heap) {
            GcCounters gc = heap.gcCounters();
            gc.lastGC = unixNow;
            gc.numGC++;
            n = gc.numGC;
            gc.recordPause(pauseNs, unixNow);
            if (userForced) {
                gc.numForcedGC++;
            }
            gc.gcCPUFraction = frac;
        }
        if (settings.gctrace > 0) {
            GcTrace.Cycle c = new GcTrace.Cycle(n, tSweepTerm - initTime, (int) (frac * 100),
                    tMark - tSweepTerm, tMarkTerm - tMark, end - tMarkTerm,
                    sweepTermCpu, assistRealNs.get(), bgRealNs.get(), idleRealNs.get(), markTermCpu,
                    heap0, heap1, bytesMarked, pacer.lastHeapGoal(), pacer.maxStackScan(), pacer.globalsScan(),
                    maxprocs, userForced);
            opts.trace.println(GcTrace.line(c));
            opts.trace.flush();
        }
        terminating = false;
        host.startTheWorld();
        if (opts.backgroundThreads) {
            synchronized (bgLock) {
                bgLock.notifyAll();
            }
        }
        synchronized (cycleDone) {
            cycleDone.notifyAll();
        }
        if (queued) {
            finalizers.wake();
        }
    }

    /** World stopped: every P's buffered greys to the global list, then everything drained here. */
    private void drainEverything() {
        for (MCache c : heap.mcaches()) {
            pstate(c).gcw.flush();
        }
        if (shared != null) {
            shared.flush();
        }
        // Counted in the mark termination pause, as Go's gcMark drains there.
        drain(new GcWork(this), Long.MAX_VALUE, true);
    }

    private long bytesMarked() {
        long[] sum = {0};
        heap.forEachSpan(s -> {
            if (s.state() == SpanState.IN_USE) {
                sum[0] += (long) s.markedCount() * s.elemsize();
            }
        });
        return sum[0];
    }

    /**
     * GODEBUG=gccheckmark=1: with the world stopped, mark again from the roots into fresh bits and
     * check that every object found is marked by the concurrent mark. An object reachable now but
     * unmarked means the concurrent mark lost it (a missing barrier): the program stops.
     */
    /** Set while {@link #checkmark} marks again (stack scans then leave the stacks' sizes alone). */
    private volatile boolean checkmarking;

    private void checkmark() {
        Map<MSpan, long[]> saved = new IdentityHashMap<>();
        heap.forEachSpan(s -> {
            if (s.state() == SpanState.IN_USE) {
                long[] bits = s.markBits();
                saved.put(s, bits);
                s.setMarkBits(new long[bits.length]);
            }
        });
        GcPhase was = phase;
        phase = GcPhase.MARK;
        checkmarking = true;
        try {
            requestStackScans();
            awaitStackScans();
            nextRootJob.set(0);
            drainEverything();
        } finally {
            phase = was;
            checkmarking = false;
        }
        long[] bad = {0};
        saved.forEach((s, old) -> {
            long[] fresh = s.markBits();
            for (int w = 0; w < fresh.length && bad[0] == 0; w++) {
                long missing = fresh[w] & ~old[w];
                if (missing != 0) {
                    bad[0] = s.slotAddr(w * 64 + Long.numberOfTrailingZeros(missing));
                }
            }
            s.setMarkBits(old);
        });
        if (bad[0] != 0) {
            throw new GcFatalError(String.format("runtime: checkmarks found unexpected unmarked object obj=0x%x%n"
                    + "fatal error: checkmark found unmarked object", bad[0]));
        }
    }

    /** Go's gcControllerCommit: goal, trigger, sweeper and scavenger pacing (cycleLock held). */
    private void commitLocked() {
        boolean sweepDone = heap.sweeper().isSweepDone();
        pacer.commit(sweepDone);
        if (phase != GcPhase.OFF) {
            pacer.revise();
        }
        long[] tg = pacer.trigger();
        cachedTrigger = tg[0];
        publishGoal();
        // Proportional sweep: finish sweeping by the time the heap reaches the next trigger.
        if (sweepDone) {
            sweepPagesPerByte = 0;
        } else {
            long live = heap.heapLive();
            long dist = tg[0] - live - Pacer.SWEEP_MIN_HEAP_DISTANCE;
            if (dist < MHeap.PAGE_SIZE) {
                dist = MHeap.PAGE_SIZE;
            }
            long pagesSwept = heap.sweeper().pagesSwept();
            long distPages = heap.pagesInUse() - pagesSwept;
            sweepHeapLiveBasis = live;
            sweepPagesBasis = pagesSwept;
            sweepPagesPerByte = distPages <= 0 ? 0 : (double) distPages / dist;
        }
        heap.scavenger().pace(pacer.memoryLimit(), tg[1], pacer.lastHeapGoal(), lastHeapInUse);
    }

    private void publishGoal() {
        long goal = pacer.heapGoal();
        synchronized (heap) {
            heap.gcCounters().nextGC = goal;
        }
        cachedTrigger = pacer.trigger()[0];
    }

    // ---------------------------------------------------------------- allocation hooks

    /**
     * Go's deductAssistCredit + gcAssistAlloc: the allocating goroutine pays for its allocation
     * with scan work in proportion to the assist ratio, 64 KiB of work at a time, first from the
     * background workers' surplus credit.
     */
    @Override
    public void assist(MCache c, long size) {
        if (deterministicCycle) {
            long now = vclock.addAndGet(size * MUTATOR_NS_PER_BYTE);
            if (now >= nextPreempt && opts.emulateFractionalWorker && phase == GcPhase.MARK) {
                nextPreempt = now + FORCE_PREEMPT_NS;
                fractionalTurn(c, now);
            }
        }
        GcGoroutine g = host.currentGoroutine();
        GcGState st = g != null ? g.gcState() : pstate(c).anon;
        st.assistBytes -= size;
        if (st.assistBytes >= 0 || phase != GcPhase.MARK || terminating) {
            return;
        }
        if (g != null) {
            safepoint(g);
        }
        double perWork = pacer.assistBytesPerWork;
        long debt = -st.assistBytes;
        long scanWork = (long) (pacer.assistWorkPerByte * debt);
        if (scanWork < Pacer.GC_OVER_ASSIST_WORK) {
            scanWork = Pacer.GC_OVER_ASSIST_WORK;
            debt = (long) (perWork * scanWork);
        }
        synchronized (pacer) {
            long bg = pacer.bgScanCredit;
            if (bg > 0) {
                if (bg < scanWork) {
                    pacer.bgScanCredit = 0;
                    st.assistBytes += 1 + (long) (perWork * bg);
                    scanWork -= bg;
                } else {
                    pacer.bgScanCredit -= scanWork;
                    st.assistBytes += debt;
                    return;
                }
            }
        }
        long t0 = System.nanoTime();
        long done = drain(pstate(c).gcw, scanWork, false);
        long dt = System.nanoTime() - t0;
        assistRealNs.addAndGet(dt);
        if (deterministicCycle) {
            vclock.addAndGet(done);
            pacer.assistTime.addAndGet(done);
        } else {
            pacer.assistTime.addAndGet(dt);
        }
        st.assistBytes += 1 + (long) (perWork * done);
        if (done < scanWork) {
            tryMarkDone();
        }
    }

    /**
     * After an allocation took a span: while marking, the assist ratio follows the new heapLive
     * (Go's revise on every heapLive update); otherwise sweep in proportion (deductSweepCredit)
     * and test the heap trigger.
     */
    @Override
    public void spanAllocated(MCache c, long addr) {
        GcPhase p = phase;
        if (p == GcPhase.MARK) {
            pacer.revise();
            return;
        }
        if (p != GcPhase.OFF) {
            return;
        }
        double perByte = sweepPagesPerByte;
        if (perByte > 0) {
            long target = (long) (perByte * (heap.heapLive() - sweepHeapLiveBasis));
            while (heap.sweeper().pagesSwept() - sweepPagesBasis < target) {
                if (!sweepone()) {
                    sweepPagesPerByte = 0;
                    break;
                }
            }
        }
        if (heap.heapLive() >= currentTrigger()) {
            gcStart(Trigger.HEAP, 0, addr);
        }
    }

    private boolean sweepone() {
        activeSweepers.incrementAndGet();
        try {
            if (sweepBlocked) {
                return false;
            }
            return heap.sweeper().sweepone();
        } finally {
            activeSweepers.decrementAndGet();
        }
    }

    // ---------------------------------------------------------------- scheduler entry points

    /**
     * A mark worker's turn on a P (fractional, dedicated or idle, as the scheduler decides with
     * {@link Pacer#dedicatedMarkWorkersNeeded()} and {@link Pacer#fractionalUtilizationGoal()}):
     * does up to maxWork scan work; surplus becomes credit that assists can take. Ends the mark
     * phase when no work is left. Returns the work done (0: nothing to do).
     */
    public long markWorker(MCache c, long maxWork, boolean idle) {
        if (phase != GcPhase.MARK || terminating) {
            return 0;
        }
        long t0 = System.nanoTime();
        long done = drain(c != null ? pstate(c).gcw : new GcWork(this), maxWork, false);
        long dt = System.nanoTime() - t0;
        (idle ? idleRealNs : bgRealNs).addAndGet(dt);
        long paced = deterministicCycle ? done : dt;
        if (deterministicCycle) {
            vclock.addAndGet(done);
        }
        synchronized (pacer) {
            pacer.bgScanCredit += done;
            if (idle) {
                pacer.idleMarkTime += paced;
            } else {
                pacer.fractionalMarkTime += paced;
            }
        }
        if (done < maxWork) {
            tryMarkDone();
        }
        return done;
    }

    /**
     * The fractional worker's turn after a preemption (deterministic pacing): it works until its
     * share of the mark phase reaches 1.2 times the fractional goal, as Go's
     * pollFractionalWorkerExit lets it.
     */
    private void fractionalTurn(MCache c, long now) {
        double goal = pacer.fractionalUtilizationGoal;
        if (goal <= 0) {
            return;
        }
        long elapsed = now - pacer.markStartTime;
        double g = 1.2 * goal;
        long want = (long) ((g * elapsed - pacer.fractionalMarkTime) / (1 - g));
        if (want > 0) {
            markWorker(c, want, false);
        }
    }

    /**
     * The scheduler preempted the goroutine on this P (its time slice ran out, DESIGN §4): while
     * marking, the fractional or dedicated worker takes its turn now, as Go's schedule() runs
     * findRunnableGCWorker. Returns the scan work done.
     */
    public long preempted(MCache c) {
        if (phase != GcPhase.MARK || terminating) {
            return 0;
        }
        if (pacer.dedicatedMarkWorkersNeeded > 0) {
            return markWorker(c, 1 << 20, false);
        }
        long now = pacingNow();
        double g = 1.2 * pacer.fractionalUtilizationGoal;
        long want = (long) ((g * (now - pacer.markStartTime) - pacer.fractionalMarkTime) / (1 - g));
        return want > 0 ? markWorker(c, want, false) : 0;
    }

    /**
     * A P has nothing to run (every goroutine blocked or sleeping): while marking, an idle worker
     * marks until the phase ends or the scheduler has work again (call repeatedly); otherwise the
     * background sweeper sweeps a span. Returns true if it did something.
     */
    public boolean idle(MCache c) {
        if (phase == GcPhase.MARK && !terminating) {
            return markWorker(c, 64 << 10, true) > 0 || phase != GcPhase.MARK;
        }
        return bgsweep();
    }

    /** One step of the background sweeper (Go's bgsweep): false when nothing is left to sweep. */
    public boolean bgsweep() {
        return sweepone();
    }

    /** sysmon's forced GC: starts a cycle when none ran for two minutes (GOGC not off). */
    public void pollTimeTrigger() {
        if (triggerTest(Trigger.TIME, 0)) {
            gcStart(Trigger.TIME, 0);
        }
    }

    // ---------------------------------------------------------------- runtime and runtime/debug

    /**
     * runtime.GC(): finishes the cycle under way, runs a full forced cycle, and returns when it
     * and its sweep are done. The calling goroutine does the marking itself when no worker runs.
     */
    public void gc() {
        int n = cycles.get();
        waitCycle(n);
        gcStart(Trigger.CYCLE, n + 1);
        waitCycle(n + 1);
        // Sweep everything, then wait for concurrent sweepers (Go: sweep.active.isDone()).
        while (cycles.get() == n + 1 && sweepone()) {
            // sweep
        }
        while (activeSweepers.get() > 0) {
            Thread.onSpinWait();
        }
    }

    /** Returns when cycle n's mark is finished, marking on this thread meanwhile. */
    private void waitCycle(int n) {
        while (cycles.get() == n && phase != GcPhase.OFF) {
            GcGoroutine g = host.currentGoroutine();
            if (g != null) {
                safepoint(g);
            }
            GcWork gcw = new GcWork(this);
            long t0 = System.nanoTime();
            long done = drain(gcw, 1 << 20, false);
            idleRealNs.addAndGet(System.nanoTime() - t0);
            if (deterministicCycle) {
                vclock.addAndGet(done);
            }
            if (done == 0) {
                tryMarkDone();
                if (cycles.get() == n && phase != GcPhase.OFF) {
                    host.beginBlocking();
                    try {
                        synchronized (cycleDone) {
                            if (cycles.get() == n && phase != GcPhase.OFF) {
                                cycleDone.wait(1);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } finally {
                        host.endBlocking();
                    }
                }
            }
        }
    }

    /** Tests and the REPL: starts a forced cycle and returns with the mark phase under way (or done, with gcstoptheworld). */
    void startMark() {
        gcStart(Trigger.CYCLE, cycles.get() + 1);
    }

    /** Tests and the REPL: marks on this thread until the cycle under way ends. */
    void finishMark() {
        waitCycle(cycles.get());
    }

    /** debug.SetGCPercent: returns the previous setting; with a negative value, waits for a mark under way. */
    public int setGCPercent(int in) {
        int out;
        lockCycle(true);
        try {
            out = pacer.setGCPercent(in);
            commitLocked();
        } finally {
            cycleLock.unlock();
        }
        if (in < 0) {
            waitCycle(cycles.get());
        }
        return out;
    }

    /** debug.SetMemoryLimit: a negative value only reads. Returns the previous limit. */
    public long setMemoryLimit(long in) {
        lockCycle(true);
        try {
            long out = pacer.setMemoryLimit(in);
            if (in >= 0 && out != in) {
                commitLocked();
            }
            return out;
        } finally {
            cycleLock.unlock();
        }
    }

    /** debug.FreeOSMemory: a forced cycle, then every free page goes back to the OS. */
    public void freeOSMemory() {
        gc();
        heap.scavenge(heap.heapFree());
    }

    /**
     * runtime.SetFinalizer(obj, fn): fn null clears. Returns null, or the fatal error Go throws
     * (the interpreter checks the argument types first, with Go's words, and prints this otherwise).
     */
    public String setFinalizer(Object obj, Object fn) {
        return setFinalizer(obj, fn, false);
    }

    /**
     * The same; tinyElem: whether obj points to a pointer-free value under 16 bytes, which the tiny
     * allocator may have put inside a block, so that it need not be at the block's start (Go allows
     * that; the finalizer runs when the whole block is unreachable).
     */
    public String setFinalizer(Object obj, Object fn, boolean tinyElem) {
        long addr = scanner.addressOf(obj);
        if (addr == 0 || heap.spanOf(addr) == null) {
            return fn == null ? null : "fatal error: runtime.SetFinalizer: pointer not in allocated block";
        }
        MSpan s = heap.spanOf(addr);
        long base = s.slotAddr(s.objIndex(addr));
        if (base != addr && !tinyElem) {
            return "fatal error: runtime.SetFinalizer: pointer not at beginning of allocated block";
        }
        synchronized (finalizers) {
            return finalizers.set(addr, obj, fn) ? null : "fatal error: runtime.SetFinalizer: finalizer already set";
        }
    }

    /** sync.Pool's cleanup (runtime_registerPoolCleanup): runs at every sweep termination, world stopped. */
    public void addPoolCleanup(Runnable r) {
        lockCycle(true);
        try {
            poolCleanups.add(r);
        } finally {
            cycleLock.unlock();
        }
    }

    /** Also told about each freed object, after the collector poisons it (clobberfree). */
    public void setFreeListener(FreeListener l) {
        freeListener = l == null ? FreeListener.NONE : l;
    }

    private void freed(Object obj, long addr) {
        if ((settings.clobberfree > 0 || opts.alwaysPoison) && obj instanceof Poisonable p) {
            p.poison(addr, cycles.get());
        }
        freeListener.freed(obj, addr);
    }

    // ---------------------------------------------------------------- background threads (tests, GOMAXPROCS > 1 without a scheduler)

    private void startThreads() {
        int workers = Math.max(1, (int) Math.round(host.gomaxprocs() * Pacer.GC_BACKGROUND_UTILIZATION));
        for (int i = 0; i < workers; i++) {
            Thread t = Thread.ofPlatform().daemon().name("gc-mark-worker-" + i).unstarted(this::workerLoop);
            threads.add(t);
            t.start();
        }
        Thread s = Thread.ofPlatform().daemon().name("gc-bgsweep").unstarted(this::sweepLoop);
        threads.add(s);
        s.start();
    }

    private void workerLoop() {
        try {
            workerLoop0();
        } catch (Throwable t) {
            opts.onBackgroundFailure.accept(t);
        }
    }

    private void workerLoop0() {
        GcWork gcw = new GcWork(this);
        while (!shutdown) {
            if (phase != GcPhase.MARK || terminating) {
                synchronized (bgLock) {
                    try {
                        bgLock.wait(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                continue;
            }
            long t0 = System.nanoTime();
            long done = drain(gcw, 64 << 10, false);
            bgRealNs.addAndGet(System.nanoTime() - t0);
            synchronized (pacer) {
                pacer.bgScanCredit += done;
                pacer.dedicatedMarkTime += System.nanoTime() - t0;
            }
            if (done == 0) {
                tryMarkDone();
                Thread.onSpinWait();
            }
        }
    }

    private void sweepLoop() {
        try {
            sweepLoop0();
        } catch (Throwable t) {
            opts.onBackgroundFailure.accept(t);
        }
    }

    private void sweepLoop0() {
        while (!shutdown) {
            if (!bgsweep()) {
                synchronized (bgLock) {
                    try {
                        bgLock.wait(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /** Stops the background threads (end of the program). */
    public void shutdown() {
        shutdown = true;
        synchronized (bgLock) {
            bgLock.notifyAll();
        }
        for (Thread t : threads) {
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
