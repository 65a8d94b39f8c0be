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
 * the panic recovered; the function running its defers then returns normally.
 */
public final class GState {
    public int depth;
    public GoPanic armed;
    public int armedDepth;
    /** Panics recovered so far (their printing gets " [recovered]"). */

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
