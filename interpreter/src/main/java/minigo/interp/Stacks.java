package minigo.interp;

import minigo.runtime.memory.MHeap;

/**
 * Goroutine stacks that grow and shrink as Go's do (stack.go's newstack, shrinkstack, gfput), in
 * bytes of Go frames: every call adds its function's frame size to the goroutine's
 * {@link GState#stackUsed}, and a call whose frame passes the guard makes the stack twice as
 * large (a new stack from the stack allocator, the old one freed: copystack). The collector's
 * stack scan halves a stack that uses less than a quarter of itself; a goroutine that exits with
 * a grown stack frees it, and its g keeps a 2 KiB one for reuse. StackInuse and the pacer's stack
 * term follow. The JVM's own stack is another matter: deep recursion is bounded by
 * {@link FuncRoot#MAX_DEPTH} calls long before a Go stack would reach its 1 GB limit, unless the
 * frames are large.
 */
final class Stacks {
    private Stacks() {}

    /** Go 1.19's starting stack (_FixedStack on linux). */
    static final int FIXED_STACK = 2048;
    /** Go's _StackGuard on linux/amd64: what must stay free below a frame. */
    static final int STACK_GUARD = 928;
    /** Go's _StackLimit: what a shrink leaves for a leaf call. */
    static final int STACK_LIMIT = 800;
    /** Doubles g's stack until the frames in use fit below the guard; false past the limit (see {@link #limit}). */
    static boolean grow(GState g) {
        long newsize = (long) g.stackSize * 2;
        while (newsize - g.stackUsed < STACK_GUARD) newsize *= 2;
        if (newsize > limit()) return false;
        copystack(g, (int) newsize);
        return true;
    }

    /** The largest stack allowed: 1 GB unless runtime/debug.SetMaxStack said otherwise. */
    static long limit() {
        return Heap.mheap().stacks().stackLimit();
    }

    /** Go's shrinkstack: half the size when less than a quarter is in use (never below 2 KiB). */
    static void shrink(GState g) {
        int newsize = g.stackSize / 2;
        if (newsize < FIXED_STACK) return;
        if (g.stackUsed + STACK_LIMIT >= g.stackSize / 4) return;
        copystack(g, newsize);
    }

    /** Go's gfput: a dead goroutine's grown stack is freed; its g keeps a starting-size stack. */
    static void release(GState g) {
        if (g.stackAddr != 0) copystack(g, FIXED_STACK);
    }

    /** Moves g to a stack of newsize bytes (the first 2 KiB stack stays with the g's record). */
    private static void copystack(GState g, int newsize) {
        MHeap h = Heap.mheap();
        if (g.stackAddr != 0) h.stacks().stackfree(Heap.mcache(), g.stackAddr, g.stackSize);
        g.stackAddr = newsize == FIXED_STACK ? 0 : h.stacks().stackalloc(Heap.mcache(), newsize);
        g.stackSize = newsize;
        g.stackGuard = newsize - STACK_GUARD;
    }
}
