package minigo.interp.gc;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import minigo.runtime.gc.Collector;

/**
 * Go's hybrid write barrier at the interpreter's reference stores (mbarrier.go): while the
 * collector marks, a store of a reference into a struct field, an array or slice element, a
 * variable's box, a map entry or a channel buffer first shades the reference it overwrites and the
 * one it writes. The value classes call it at every such store; when no mark is running the cost
 * is one check of {@link Collector#writeBarrier}.
 *
 * <p>Unlike Go we do not tell heap stores from stack stores (a value object does not know where
 * it lives: a nested struct of a heap object has no address of its own), so stores into stack
 * objects take the barrier too; shading more is safe, only slower.
 */
public final class WriteBarrier {
    private WriteBarrier() {}

    /** The running program's collector (null: none, as in the REPL and unit tests). */
    static volatile Collector gc;

    /** Before a reference slot changes from {@code old} to {@code nu}. */
    public static void write(Object old, Object nu) {
        Collector c = gc;
        if (c != null && c.writeBarrier) {
            slow(c, old, nu);
        }
    }

    /**
     * Before {@code n} references are copied from {@code src} at {@code srcPos} over {@code dst} at
     * {@code dstPos} (Go's bulkBarrierPreWrite): shades the ones overwritten and the ones written.
     */
    public static void bulkCopy(Object[] src, int srcPos, Object[] dst, int dstPos, int n) {
        Collector c = gc;
        if (c != null && c.writeBarrier) {
            shadeAll(c, dst, dstPos, n);
            shadeAll(c, src, srcPos, n);
        }
    }

    @TruffleBoundary
    private static void slow(Collector c, Object old, Object nu) {
        c.writePointer(minigo.interp.Heap.mcache(), old, nu);
    }

    @TruffleBoundary
    private static void shadeAll(Collector c, Object[] dst, int pos, int n) {
        for (int i = pos; i < pos + n; i++) {
            if (dst[i] != null) c.shade(minigo.interp.Heap.mcache(), dst[i]);
        }
    }
}
