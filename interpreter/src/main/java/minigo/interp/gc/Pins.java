package minigo.interp.gc;

/**
 * A goroutine's temporaries the collector must see (a shadow stack). Go's compiler spills every
 * pointer that is live across a call into a stack slot, where the stack scan finds it; our nodes
 * hold intermediate values in Java locals, which no scan can read. So the values that are most
 * often held that way are pinned here until the statement that produced them ends:
 *
 * <ul>
 *   <li>every object the allocator gives out ({@code f(&A{}, &B{})}: A must survive a cycle that
 *       B's allocation starts), and</li>
 *   <li>every reference a Go function returns ({@code f(newList(), newList())}: the first list
 *       lives only in a Java local while the second is built).</li>
 * </ul>
 *
 * Releases ({@link #mark()} before, {@link #release(int)} after) happen where every value produced
 * so far is in a frame slot, a heap object or a global, or is garbage:
 *
 * <ul>
 *   <li>after a statement of a block that has been seen to pin, while interpreted (most statements
 *       pin nothing, and each release point cost compiled code: see
 *       {@link minigo.interp.nodes.Stmts.Block});</li>
 *   <li>after each iteration of a for or range loop, once an iteration has pinned; until then
 *       compiled code checks, and the first iteration that pins deoptimizes;</li>
 *   <li>at a goto back to a statement of the same block;</li>
 *   <li>when a function returns normally (its frame is gone; its result is pinned again);</li>
 *   <li>when a call's arguments are all evaluated, for what they pinned (the callee's frame holds
 *       them: {@link minigo.interp.nodes.Calls.Args#evalForCall}); a go or defer statement keeps
 *       them until its record is made.</li>
 * </ul>
 *
 * A statement left by a panic or a break releases nothing itself; an enclosing loop iteration or
 * return does. A statement that first pins in compiled code (its block's profile says it does not)
 * keeps its pins until one of those: held longer, never dropped early. So pins stay bounded by the
 * statements in progress on the goroutine's stack, each with at most one iteration's worth of its
 * loops and one pass between its gotos. A panic's pins stay until a function recovers it and
 * returns: the panic value may live only in the Java exception that carries it.
 *
 * <p>Not covered (known, rare): a reference loaded from the heap into a Java local that the rest
 * of the same expression unlinks from the heap before a cycle starts ({@code f(q.head, q.drop())}).
 *
 * <p>One P runs Go code at a time, so {@link #current} is a plain static: the scheduler sets it to
 * the goroutine's own Pins whenever a goroutine takes the P (the baton's semaphore orders it).
 */
public final class Pins {
    /** The Pins of the goroutine holding the P (null before the scheduler starts). */
    public static Pins current;

    private Object[] stack = new Object[32];
    private int top;

    /** Pins o for the running goroutine. */
    public static void pin(Object o) {
        Pins p = current;
        if (p != null && o != null) p.push(o);
    }

    private void push(Object o) {
        if (top == stack.length) stack = java.util.Arrays.copyOf(stack, top * 2);
        stack[top++] = o;
    }

    /** The running goroutine's pin depth, to release back to after a statement. */
    public static int mark() {
        Pins p = current;
        return p == null ? 0 : p.top;
    }

    /** Whether the running goroutine pinned anything since {@code mark} was taken. */
    public static boolean pinnedSince(int mark) {
        Pins p = current;
        return p != null && p.top > mark;
    }

    /** Unpins everything pinned since {@code mark} was taken. */
    public static void release(int mark) {
        Pins p = current;
        if (p != null && p.top > mark) {
            p.unpin(mark);
        }
    }

    // Out of line: compiled code keeps a test and a call, not the fill loop, at each release.
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary(allowInlining = false)
    private void unpin(int mark) {
        java.util.Arrays.fill(stack, mark, top, null);
        top = mark;
    }

    /** Reports the pinned values (on the goroutine's own thread, or while it is parked). */
    public void scan(minigo.runtime.gc.PointerVisitor v) {
        for (int i = 0; i < top; i++) v.visit(stack[i]);
    }

    public int size() {
        return top;
    }
}
