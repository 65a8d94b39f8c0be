package minigo.interp.gc;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import minigo.interp.GoroutineRoot;
import minigo.interp.nodes.Locals.SlotKind;
import minigo.runtime.gc.PointerVisitor;

/**
 * A goroutine's stack scan, made with its stack mounted on the M (minigo.interp.sched: goroutines
 * are continuations the M's thread runs; Truffle frames can only be read on the stack that holds
 * them). The current stack is a pile of segments, one per mounted goroutine, each ending in a
 * {@link GoroutineRoot} frame, goroutine 1's at the bottom; the scan reads only the goroutine's own
 * segment: every reference-holding frame slot and the arguments of every Go frame. Primitive
 * slots are skipped: the kind each slot was declared with (its info) says it holds no reference.
 */
public final class StackScan {
    private StackScan() {}

    /** Go's stack scan work: the used part of the stack, here 8 bytes per slot and argument. */
    public static long scanFrames(PointerVisitor v, int segment) {
        long[] words = {0};
        int[] seg = {0};
        Truffle.getRuntime().iterateFrames(fi -> {
            if (((RootCallTarget) fi.getCallTarget()).getRootNode() instanceof GoroutineRoot) {
                return seg[0]++ == segment ? Boolean.TRUE : null; // the bottom of the segment
            }
            if (seg[0] != segment) return null;
            Frame f = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
            for (Object a : f.getArguments()) {
                if (a != null) v.visit(a);
            }
            FrameDescriptor fd = f.getFrameDescriptor();
            int n = fd.getNumberOfSlots();
            for (int i = 0; i < n; i++) {
                if (fd.getSlotInfo(i) == SlotKind.OBJECT) {
                    Object o = f.getObjectStatic(i);
                    if (o != null) v.visit(o);
                }
            }
            words[0] += n + f.getArguments().length;
            return null;
        });
        return words[0] * 8;
    }
}
