package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import java.util.ArrayDeque;
import minigo.interp.values.GoPanic;
import minigo.interp.values.Layout;
import minigo.interp.values.PlainError;

/**
 * Channels (a stand-in for the runtime's hchan until the scheduler lands): a buffer of cap values,
 * and for unbuffered channels a hand-off queue of senders waiting for a receiver. Operations run
 * while holding the P (see {@link Sched}); a blocked operation waits and re-checks.
 */
public final class Chans {
    private Chans() {}

    public static final class Chan {
        final Layout elem;
        final int cap;
        final ArrayDeque<Object> buf = new ArrayDeque<>();
        /** Unbuffered: values offered by blocked senders, in order (each a one-element holder). */
        final ArrayDeque<Object[]> sendq = new ArrayDeque<>();
        int recvWaiting;
        boolean closed;
        public long addr;

        Chan(Layout elem, int cap) {
            this.elem = elem;
            this.cap = cap;
        }

        @Override
        public String toString() {
            return "chan";
        }
    }

    @TruffleBoundary
    public static Object make(Layout elem, long size) {
        if (size < 0) throw GoPanic.of(minigo.interp.values.ErrorString.MAKECHAN_SIZE);
        return Heap.alloc(new Chan(elem, (int) size), 96);
    }

    public static long lenOrCap(Object o, boolean len) {
        Chan c = (Chan) o;
        if (c == null) return 0;
        return len ? c.buf.size() : c.cap;
    }

    /** Whether a send could complete now. */
    static boolean canSend(Chan c) {
        return c.closed || c.cap > 0 && c.buf.size() < c.cap || c.cap == 0 && c.recvWaiting > c.sendq.size();
    }

    static boolean canRecv(Chan c) {
        return c.closed || !c.buf.isEmpty() || !c.sendq.isEmpty();
    }

    @TruffleBoundary
    public static void send(Node loc, Object ch, Object v) {
        Chan c = (Chan) ch;
        if (c == null) {
            for (;;) Sched.block(loc);
        }
        if (c.closed) throw GoPanic.of(PlainError.SEND_CLOSED);
        if (c.cap > 0) {
            while (c.buf.size() >= c.cap) {
                Sched.block(loc);
                if (c.closed) throw GoPanic.of(PlainError.SEND_CLOSED);
            }
            c.buf.add(v);
            Sched.changed();
            return;
        }
        Object[] holder = {v, Boolean.FALSE};
        c.sendq.add(holder);
        Sched.changed();
        while (holder[1] == Boolean.FALSE) {
            if (c.closed) {
                c.sendq.remove(holder);
                throw GoPanic.of(PlainError.SEND_CLOSED);
            }
            Sched.block(loc);
        }
    }

    /** Sends without waiting for the receiver to take the value (select, when a receiver is waiting). */
    static void sendNow(Chan c, Object v) {
        if (c.closed) throw GoPanic.of(PlainError.SEND_CLOSED);
        if (c.cap > 0) c.buf.add(v);
        else c.sendq.add(new Object[] {v, Boolean.FALSE});
        Sched.changed();
    }

    /** Receives: {value, ok}. */
    @TruffleBoundary
    public static Object[] recv(Node loc, Object ch, Layout elem) {
        Chan c = (Chan) ch;
        if (c == null) {
            for (;;) Sched.block(loc);
        }
        c.recvWaiting++;
        Sched.changed();
        try {
            while (!canRecv(c)) Sched.block(loc);
        } finally {
            c.recvWaiting--;
        }
        return recvNow(c, elem);
    }

    static Object[] recvNow(Chan c, Layout elem) {
        if (!c.buf.isEmpty()) {
            Object v = c.buf.poll();
            Sched.changed();
            return new Object[] {v, true};
        }
        if (!c.sendq.isEmpty()) {
            Object[] h = c.sendq.poll();
            h[1] = Boolean.TRUE;
            Sched.changed();
            return new Object[] {h[0], true};
        }
        return new Object[] {elem.zero(), false};
    }

    @TruffleBoundary
    public static void close(Node loc, Object ch) {
        Chan c = (Chan) ch;
        if (c == null) throw GoPanic.of(PlainError.CLOSE_NIL);
        if (c.closed) throw GoPanic.of(PlainError.CLOSE_CLOSED);
        c.closed = true;
        Sched.changed();
    }
}
