package minigo.interp.values;

import com.oracle.truffle.api.RootCallTarget;

/**
 * A Go func value: the code (a Truffle call target) plus what the closure captured, and for a
 * method value ({@code x.M}) the bound receiver. Top-level functions have no captures and are
 * shared. nil funcs are Java null. Funcs are not comparable in Go (only to nil).
 *
 * <p>The calling convention (where captures and receiver go among the frame arguments) belongs to
 * the interpreter; this class only carries them.
 */
public final class GoFunc {
    private static final Object[] NO_CAPTURES = new Object[0];

    public final RootCallTarget target;
    /** Captured variables (Boxes for assigned ones, plain values for read-only ones). */
    public final Object[] captures;
    /** The receiver of a method value (already copied if it is a value receiver). */
    public final Object receiver;
    public final boolean hasReceiver;
    /** Simulated heap address of the closure object (0 = static or stack closure). */
    public long addr;

    public GoFunc(RootCallTarget target) {
        this(target, NO_CAPTURES, null, false);
    }

    public GoFunc(RootCallTarget target, Object[] captures) {
        this(target, captures, null, false);
    }

    private GoFunc(RootCallTarget target, Object[] captures, Object receiver, boolean hasReceiver) {
        this.target = target;
        this.captures = captures;
        this.receiver = receiver;
        this.hasReceiver = hasReceiver;
    }

    /** A method value: target bound to receiver. */
    public static GoFunc bound(RootCallTarget target, Object receiver) {
        return new GoFunc(target, NO_CAPTURES, receiver, true);
    }

    @Override
    public String toString() {
        return "func " + target;
    }
}
