package minigo.interp.sched;

import minigo.interp.values.GoPanic;
import minigo.interp.values.Layout;
import minigo.interp.values.PlainError;

/**
 * A Go channel (Go's hchan): a ring buffer of {@code dataqsiz} elements, the queues of goroutines
 * blocked receiving ({@link #recvq}) and sending ({@link #sendq}), and the closed flag. nil
 * channels are Java null; the static helpers implement Go's nil-channel rules (block forever;
 * close panics).
 *
 * <table>
 * <caption>send and receive, in Go's order of checks</caption>
 * <tr><th>operation</th><th>case</th><th>effect</th></tr>
 * <tr><td>send</td><td>closed</td><td>panic: send on closed channel</td></tr>
 * <tr><td>send</td><td>a receiver waits</td><td>hand the value directly to it, ready it</td></tr>
 * <tr><td>send</td><td>buffer has room</td><td>enqueue in the buffer</td></tr>
 * <tr><td>send</td><td>otherwise</td><td>park on sendq until a receiver takes it (or close: panic)</td></tr>
 * <tr><td>recv</td><td>a sender waits</td><td>unbuffered: take its value; buffered (so full): take the head, move the sender's value to the tail</td></tr>
 * <tr><td>recv</td><td>buffer non-empty</td><td>dequeue</td></tr>
 * <tr><td>recv</td><td>closed</td><td>zero value, ok=false</td></tr>
 * <tr><td>recv</td><td>otherwise</td><td>park on recvq</td></tr>
 * </table>
 * Values are copied in (structs and arrays) as by assignment. All operations run on the goroutine
 * holding the P, so no lock is needed.
 */
public final class GoChan {
    public final Layout elem;
    final int dataqsiz;
    private final Object[] buf;
    private int qcount;
    private int sendx;
    private int recvx;
    boolean closed;
    final WaitQ recvq = new WaitQ();
    final WaitQ sendq = new WaitQ();
    /** Simulated heap address (0 = not on the heap). */
    public long addr;

    /** {@code make(chan T, size)}. */
    public GoChan(Layout elem, long size) {
        if (size < 0 || size > (1L << 30)) {
            throw GoPanic.of(minigo.interp.values.ErrorString.MAKECHAN_SIZE);
        }
        this.elem = elem;
        this.dataqsiz = (int) size;
        this.buf = new Object[dataqsiz];
    }

    /**
     * Reports the references this channel holds for the collector: buffered elements and the
     * elements of the sudogs waiting to send (Go scans hchan's buffer as part of the hchan object
     * and waiting senders' values through their stacks; ours are copies held by the sudogs).
     */
    public void scanRefs(minigo.runtime.gc.PointerVisitor v) {
        for (Object o : buf) {
            if (o != null) v.visit(o);
        }
        sendq.scanElems(v);
        recvq.scanElems(v);
    }

    public int len() {
        return qcount;
    }

    public int cap() {
        return dataqsiz;
    }

    public static int len(GoChan c) {
        return c == null ? 0 : c.qcount;
    }

    public static int cap(GoChan c) {
        return c == null ? 0 : c.dataqsiz;
    }

    public boolean isClosed() {
        return closed;
    }

    private static Sched sched() {
        return Sched.current();
    }

    // ---- send ----

    /** {@code c <- v} (blocking); c may be nil (blocks forever). */
    public static void send(GoChan c, Object v) {
        if (c == null) {
            sched().park("chan send (nil chan)");
            throw new IllegalStateException("woke from a nil channel send");
        }
        c.send(v);
    }

    public void send(Object v) {
        if (!trySendNonBlocking(v)) {
            Sched s = sched();
            Sudog me = new Sudog(s.curg(), this, elem.copyValue(v), false, 0);
            minigo.interp.gc.WriteBarrier.write(null, me.elem);
            sendq.enqueue(me);
            s.park("chan send");
            if (!me.success) {
                throw GoPanic.of(PlainError.SEND_CLOSED);
            }
        }
    }

    /**
     * Non-blocking send ({@code select} with default): true if sent. Panics if the channel is
     * closed, as Go does.
     */
    public boolean trySend(Object v) {
        return trySendNonBlocking(v);
    }

    private boolean trySendNonBlocking(Object v) {
        if (closed) {
            throw GoPanic.of(PlainError.SEND_CLOSED);
        }
        Sudog r = recvq.dequeue();
        if (r != null) {
            r.elem = elem.copyValue(v);
            minigo.interp.gc.WriteBarrier.write(null, r.elem); // handed to a goroutine whose stack may be scanned already
            r.success = true;
            wake(r);
            return true;
        }
        if (qcount < dataqsiz) {
            Object x = elem.copyValue(v);
            minigo.interp.gc.WriteBarrier.write(buf[sendx], x);
            buf[sendx] = x;
            if (++sendx == dataqsiz) {
                sendx = 0;
            }
            qcount++;
            return true;
        }
        return false;
    }

    /**
     * A send from a timer or the runtime (time.After's channel): never blocks and never panics;
     * false if the value could not be delivered.
     */
    public boolean offer(Object v) {
        return !closed && trySendNonBlocking(v);
    }

    // ---- receive ----

    // The static entry points stay small enough for C1 to inline them into their callers (see
    // Sched.waitForP): each frame they kept would be frozen and thawed at every switch.

    /** {@code <-c}: the value (the zero value once closed and drained). */
    public static Object recv(GoChan c) {
        if (c == null) {
            throw nilReceive();
        }
        return c.recv((boolean[]) null);
    }

    /** {@code v, ok := <-c} as the tuple {v, ok}. */
    public static Object[] recv2(GoChan c) {
        boolean[] ok = new boolean[1];
        Object v = nonNil(c).recv(ok);
        return new Object[]{v, ok[0]};
    }

    private static GoChan nonNil(GoChan c) {
        if (c == null) {
            throw nilReceive();
        }
        return c;
    }

    /** A receive from a nil channel blocks for ever (the deadlock detector ends the wait). */
    private static IllegalStateException nilReceive() {
        sched().park("chan receive (nil chan)");
        throw new IllegalStateException("woke from a nil channel receive");
    }

    /** Blocking receive; ok[0] (if given) tells whether a value was received (false: closed). */
    public Object recv(boolean[] ok) {
        // The ready cases are tried here as in tryRecv, not through it: it would allocate its out
        // array for every receive. (Both sharing one out-of-line helper that returns a sentinel
        // for "would block" cost the prime sieve's main thread 2-3% of CPU, medians of 7 in two
        // runs; keep the two in step.)
        Sudog s = sendq.dequeue();
        if (s != null) {
            if (ok != null) ok[0] = true;
            return takeFrom(s);
        }
        if (qcount > 0) {
            if (ok != null) ok[0] = true;
            return takeHead();
        }
        if (closed) {
            if (ok != null) ok[0] = false;
            return elem.zero();
        }
        Sched sc = sched();
        Sudog me = new Sudog(sc.curg(), this, null, false, 0);
        recvq.enqueue(me);
        sc.park("chan receive");
        if (ok != null) {
            ok[0] = me.success;
        }
        return me.success ? me.elem : elem.zero();
    }

    /**
     * Non-blocking receive: 1 = got a value (in out[0]), -1 = closed and empty (zero value in
     * out[0]), 0 = would block. The same cases as {@link #recv(boolean[])}, in the same order.
     */
    public int tryRecv(Object[] out) {
        Sudog s = sendq.dequeue();
        if (s != null) {
            out[0] = takeFrom(s);
            return 1;
        }
        if (qcount > 0) {
            out[0] = takeHead();
            return 1;
        }
        if (closed) {
            out[0] = elem.zero();
            return -1;
        }
        return 0;
    }

    /**
     * The value a waiting sender s brings: unbuffered, its own; buffered (so full), the head of the
     * buffer, and s's value goes to the tail (the same slot). Readies s.
     */
    private Object takeFrom(Sudog s) {
        Object v;
        if (dataqsiz == 0) {
            v = s.elem;
            minigo.interp.gc.WriteBarrier.write(null, s.elem);
        } else {
            v = buf[recvx];
            minigo.interp.gc.WriteBarrier.write(buf[recvx], s.elem);
            buf[recvx] = s.elem;
            if (++recvx == dataqsiz) {
                recvx = 0;
            }
            sendx = recvx;
        }
        s.elem = null;
        s.success = true;
        wake(s);
        return v;
    }

    /** Takes the head of a non-empty buffer. */
    private Object takeHead() {
        Object v = buf[recvx];
        minigo.interp.gc.WriteBarrier.write(buf[recvx], null);
        buf[recvx] = null;
        if (++recvx == dataqsiz) {
            recvx = 0;
        }
        qcount--;
        return v;
    }

    // ---- close ----

    /** Go's close(c). */
    public static void close(GoChan c) {
        if (c == null) {
            throw GoPanic.of(PlainError.CLOSE_NIL);
        }
        c.close();
    }

    public void close() {
        if (closed) {
            throw GoPanic.of(PlainError.CLOSE_CLOSED);
        }
        closed = true;
        // Collect every waiter first, then ready them in reverse order, as Go's closechan does with
        // its gList (a stack): the first waiter ends up in runnext and runs first.
        java.util.ArrayList<Sudog> all = new java.util.ArrayList<>();
        for (Sudog r; (r = recvq.dequeue()) != null; ) {
            r.elem = null;
            r.success = false;
            all.add(r);
        }
        for (Sudog w; (w = sendq.dequeue()) != null; ) {
            w.success = false;
            all.add(w);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            wake(all.get(i));
        }
    }

    /** Hands a completed sudog back to its G and makes the G runnable. */
    private static void wake(Sudog s) {
        s.g.param = s;
        sched().ready(s.g);
    }

    @Override
    public String toString() {
        return "chan(" + qcount + "/" + dataqsiz + (closed ? ", closed" : "") + ")";
    }
}
