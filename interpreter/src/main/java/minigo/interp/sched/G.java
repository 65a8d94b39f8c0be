package minigo.interp.sched;

/**
 * A goroutine (Go's g): its id, its status, its stack (a continuation; none for goroutine 1, which
 * runs on the M's own thread), and what it is waiting for. Its code runs only while it holds the P.
 */
public final class G implements minigo.runtime.gc.GcGoroutine {
    /** Go's G states, restricted to what a simulated scheduler distinguishes. */
    public enum Status {
        /** Created, never run yet (Go: _Grunnable, first time). */
        RUNNABLE,
        /** Holds the P and executes Go code (_Grunning). */
        RUNNING,
        /** Parked: on a channel, select, semaphore, sleep (_Gwaiting). */
        WAITING,
        /** Finished (_Gdead). */
        DEAD
    }

    public final long goid;
    volatile Status status = Status.RUNNABLE;
    /** Why it waits, as Go's tracebacks print it: "chan receive", "select", "semacquire"... */
    volatile String waitReason = "";
    /** REPL sessions: thrown in this G when it next gets the P ({@link Sched#abortParked}). */
    volatile RuntimeException abort;
    /** The thread this G runs on: the M's. */
    volatile Thread thread;
    /** This G's stack while it does not run: a continuation ({@link Continuations}) the M mounts (null for goroutine 1). */
    Object cont;
    /** The interpreter's per-goroutine state (panics, call depth), made on first use. */
    public Object local;
    /** The go statement that made this G (the interpreter's node; for "created by"). */
    public Object goSite;
    /** Where this G parked (the interpreter's node of the channel operation or select), if known. */
    public Object waitSite;
    /** Whether its continuation has started (only a started G has frames to read). */
    boolean started;
    /** Work to do on this G's own stack when the M mounts it while parked ({@link Sched#onStackOf}). */
    Runnable stackAction;
    /** What runs: the goroutine's function call. */
    final Runnable body;

    // ---- the collector's view (minigo.runtime.gc) ----
    private final minigo.runtime.gc.GcGState gcState = new minigo.runtime.gc.GcGState();
    /** Temporaries of this goroutine the collector must see (see {@link minigo.interp.gc.Pins}). */
    public final minigo.interp.gc.Pins pins = new minigo.interp.gc.Pins();
    /**
     * Until the goroutine's first frame holds them: the evaluated function and arguments of its
     * {@code go} statement (Go keeps them on the new goroutine's stack), and the funcval block.
     */
    public volatile Object startRoots;

    // ---- set by whoever wakes a parked G ----
    /** The sudog that completed this G's channel operation or select case. */
    Sudog param;
    /** A select this G runs has been won by one of its cases (Go's selectDone). */
    boolean selectDone;
    /** The sudogs this G has queued for a blocking select (Go's waiting list). */
    Sudog waiting;

    G(long goid, Runnable body) {
        this.goid = goid;
        this.body = body;
    }

    @Override
    public minigo.runtime.gc.GcGState gcState() {
        return gcState;
    }

    /**
     * Which segment of the M's current stack holds this G's frames during a scan (0: on top; see
     * {@link Sched#onStackOf}); set by the scheduler around a scan it was asked for.
     */
    public int scanSegment;

    /**
     * The references the last scan found in this G's frames, valid while the G has not run since:
     * only a goroutine changes its own frames, so a goroutine parked since the last cycle has the
     * same frame contents, and the next cycle's scan can read them without mounting its stack.
     */
    private Object[] frameRefs;
    private long frameWork;
    private boolean ranSinceScan = true;

    /** This G runs again (it holds the P): its pins are the running ones, its frames may change. */
    void resumed() {
        ranSinceScan = true;
        minigo.interp.gc.Pins.current = pins;
    }

    /** Whether a scan must read the frames themselves (with the stack mounted), or may reuse the last one's. */
    public boolean framesChanged() {
        return ranSinceScan || frameRefs == null;
    }

    /**
     * With this G's stack mounted (or unchanged since the last scan, {@link #framesChanged}): its
     * frames, its pinned temporaries, its go statement's arguments.
     */
    @Override
    public long scanOwnStack(minigo.runtime.gc.PointerVisitor v) {
        long w;
        if (!framesChanged()) {
            for (Object o : frameRefs) v.visit(o);
            w = frameWork;
        } else {
            java.util.ArrayList<Object> found = new java.util.ArrayList<>();
            w = minigo.interp.gc.StackScan.scanFrames(o -> {
                found.add(o);
                v.visit(o);
            }, scanSegment);
            // the running goroutine's frames change as soon as it goes on: nothing to keep
            if (status != Status.RUNNING) {
                frameRefs = found.toArray();
                frameWork = w;
                ranSinceScan = false;
            }
        }
        pins.scan(v);
        Object r = startRoots;
        if (r != null) v.visit(r);
        return w;
    }

    /**
     * The goroutine's stack as the interpreter models it (its per-goroutine state implements it):
     * its size in bytes, and Go's shrinkstack, which the collector's stack scan calls.
     */
    public interface Stack {
        long stackSize();

        void shrinkStack();
    }

    @Override
    public void shrinkStack() {
        if (local instanceof Stack s) s.shrinkStack();
    }

    /** Go 1.19 starts goroutine stacks at 2 KiB; they grow as calls need more. */
    @Override
    public long stackSize() {
        return local instanceof Stack s ? s.stackSize() : 2048;
    }

    public Status status() {
        return status;
    }

    public String waitReason() {
        return waitReason;
    }

    @Override
    public String toString() {
        return "goroutine " + goid + " [" + (status == Status.WAITING ? waitReason : status.name().toLowerCase()) + "]";
    }
}
