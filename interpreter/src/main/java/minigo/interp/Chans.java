package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import minigo.interp.nodes.ExprNode;
import minigo.interp.sched.GoChan;
import minigo.interp.values.GoPanic;
import minigo.interp.values.Layout;

/** Channel operations of the translated program, on the scheduler's hchan ({@link GoChan}). */
public final class Chans {
    private Chans() {}

    @TruffleBoundary
    public static Object make(Layout elem, long size) {
        if (size < 0) throw GoPanic.of(minigo.interp.values.ErrorString.MAKECHAN_SIZE);
        return Heap.alloc(new GoChan(elem, size), 96);
    }

    public static long lenOrCap(Object o, boolean len) {
        GoChan c = (GoChan) o;
        return len ? GoChan.len(c) : GoChan.cap(c);
    }

    @TruffleBoundary
    public static void send(Node loc, Object ch, Object v) {
        minigo.interp.sched.Sched.current().at(loc);
        try {
            GoChan.send((GoChan) ch, v);
        } catch (GoPanic p) {
            throw p.at(loc); // a send on a closed channel, at the send's line
        }
    }

    /** {@code <-ch}: the value (the zero value once ch is closed and drained). */
    @TruffleBoundary
    public static Object recv(Node loc, Object ch) {
        minigo.interp.sched.Sched.current().at(loc);
        return GoChan.recv((GoChan) ch);
    }

    /**
     * {@code <-ch} as an expression. It answers the typed requests itself (the base class would add
     * a frame between the parent and the receive): a goroutine that blocks here is frozen and
     * thawed at every switch with the frames it holds, and those it returns through afterwards.
     */
    public static final class Recv extends ExprNode {
        @Child ExprNode ch;

        public Recv(ExprNode ch) {
            this.ch = ch;
        }

        @Override
        public Object execute(VirtualFrame f) {
            return recv(this, ch.execute(f));
        }

        @Override
        public long executeLong(VirtualFrame f) {
            return (Long) recv(this, ch.execute(f));
        }

        @Override
        public double executeDouble(VirtualFrame f) {
            return (Double) recv(this, ch.execute(f));
        }

        @Override
        public boolean executeBool(VirtualFrame f) {
            return (Boolean) recv(this, ch.execute(f));
        }
    }

    /** {@code v, ok := <-ch}: {value, ok}. */
    @TruffleBoundary
    public static Object[] recv2(Node loc, Object ch) {
        minigo.interp.sched.Sched.current().at(loc);
        return GoChan.recv2((GoChan) ch);
    }

    @TruffleBoundary
    public static void close(Node loc, Object ch) {
        GoChan.close((GoChan) ch);
    }
}
