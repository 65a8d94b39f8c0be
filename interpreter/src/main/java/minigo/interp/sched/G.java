package minigo.interp.sched;

import java.util.concurrent.Semaphore;

/**
 * A goroutine (Go's g): its id, its status, the JVM thread it runs on, and what it is waiting for.
 * The thread runs interpreter code only while this G holds the P; otherwise it waits on
 * {@link #baton}.
 */
public final class G {
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
    /** Released once when this G is given the P. */
    final Semaphore baton = new Semaphore(0);
    /** The thread running this G (set when it gets the P). */
    volatile Thread thread;
    /** What runs: the goroutine's function call. */
    final Runnable body;

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
