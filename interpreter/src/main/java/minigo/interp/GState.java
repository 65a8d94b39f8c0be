package minigo.interp;

import minigo.interp.values.GoPanic;

/**
 * The per-goroutine state the interpreter needs for panics: the depth of Go calls (so recover can
 * tell whether it was called directly by a deferred function), and the panic that a deferred call
 * running right now may recover.
 *
 * <pre>
 * state                      armed      armedDepth
 * normal execution           null       -
 * running deferred call d    the panic  depth of d's frame (caller depth + 1)
 * </pre>
 * recover() returns the armed panic's value iff its own frame's depth equals armedDepth, and marks
 * the panic recovered; the function running its defers then returns normally. A deferred
 * {@code recover()} is no call of its own: run by its function's return, it recovers what a
 * recover() in that function would (the outer armed state); run by a panic in that function, nothing.
 *
 * <p>It also holds the goroutine's Go stack as {@link Stacks} models it: the bytes of frames in
 * use, the stack's size and its guard. Invariant: stackUsed is the sum of the frame sizes of the
 * goroutine's active Go calls (each call adds its own on entry and takes it back on exit, however
 * it exits), and stackUsed &lt;= stackGuard = stackSize - StackGuard after every entry.
 */
public final class GState implements minigo.interp.sched.G.Stack {
    public int depth;
    public GoPanic armed;
    public int armedDepth;
    /**
     * While a function's deferred calls run: the armed state of the call running that function
     * (the panic it may recover, and the depth it may recover it at), for {@code defer recover()}.
     */
    public GoPanic outerArmed;
    public int outerArmedDepth;

    // ---- the goroutine's stack (Go's g.stack, stackguard0; see Stacks) ----

    /** Bytes of Go frames in use (Go's stack.hi - sp): the frame sizes of the active calls. */
    public long stackUsed;
    /** A frame that takes stackUsed past this does not fit: Go's stackguard0 (size - StackGuard). */
    public long stackGuard = Stacks.FIXED_STACK - Stacks.STACK_GUARD;
    /** The stack's size (Go's stack.hi - stack.lo): 2 KiB at first, doubled by each growth. */
    int stackSize = Stacks.FIXED_STACK;
    /** Its address when it grew (0: still the first stack, which the g keeps for reuse). */
    long stackAddr;

    /** Go's newstack: grows the stack to fit the frame just pushed; false past Go's 1 GB limit. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public boolean morestack() {
        return Stacks.grow(this);
    }

    @Override
    public long stackSize() {
        return stackSize;
    }

    @Override
    public void shrinkStack() {
        Stacks.shrink(this);
    }

    /**
     * The running goroutine's state, found without the Truffle context: the scheduler is a static
     * and the G holding the P carries its GState. A context lookup costs a thread-local read, which
     * the interpreter (before compilation) pays in full on every call: a third of fib's time. Null
     * before the scheduler starts (the caller then asks its context).
     */
    public static GState current() {
        minigo.interp.sched.Sched s = minigo.interp.sched.Sched.current();
        minigo.interp.sched.G cur = s == null ? null : s.curg();
        if (cur == null) return null;
        Object l = cur.local;
        if (l == null) cur.local = l = new GState();
        return (GState) l;
    }
}
