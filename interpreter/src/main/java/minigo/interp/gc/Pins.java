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
 * A statement of a block, and each iteration of a loop, releases what was pinned while it ran
 * ({@link #mark()} before, {@link #release(int)} after): by then every value it produced is in a frame
 * slot, a heap object or a global, or is garbage. A statement left by a panic, a return, a break
 * releases nothing itself; the enclosing statement of the caller does. So pins stay bounded by
 * the work of the statements in progress on the goroutine's stack.
 *
 * <p>Most statements pin nothing, so blocks and loops release only after the statements and
 * iterations they have seen pin while interpreted ({@link minigo.interp.nodes.Stmts.Block}). In
 * compiled code, a statement that pins for the first time keeps its pins until the next release
 * around it (a later statement's, the loop iteration's, the caller's statement's): held a little
 * longer, never dropped early; a loop iteration that pins for the first time sends the loop back
 * to the interpreter, so a long loop still cannot pile up pins.
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
