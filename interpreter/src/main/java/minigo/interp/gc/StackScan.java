package minigo.interp.gc;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import minigo.runtime.gc.PointerVisitor;

/**
 * A goroutine's scan of its own stack (it must run on the goroutine's thread: Truffle frames can
 * only be read there). Every reference-holding frame slot of every Go frame, the frames' arguments
 * (the receiver or closure context and the parameters as passed), the goroutine's pinned
 * temporaries ({@link Pins}) and whatever the scheduler holds for a goroutine that has not started
 * yet. Primitive slots are skipped: their tags say they hold no reference.
 */
public final class StackScan {
    private StackScan() {}

    /** Go's stack scan work: the used part of the stack, here 8 bytes per slot and argument. */
    public static long scanFrames(PointerVisitor v) {
        long[] words = {0};
        Truffle.getRuntime().iterateFrames(fi -> {
            Frame f = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
            for (Object a : f.getArguments()) {
                if (a != null) v.visit(a);
            }
            int n = f.getFrameDescriptor().getNumberOfSlots();
            for (int i = 0; i < n; i++) {
                if (f.isObject(i)) {
                    Object o = f.getObject(i);
                    if (o != null) v.visit(o);
                }
            }
            words[0] += n + f.getArguments().length;
            return null;
        });
        return words[0] * 8;
    }
}
