package minigo.interp;

import com.oracle.truffle.api.CallTarget;

/**
 * A deferred call: its target and arguments were evaluated when the defer statement ran. A defer
 * of a builtin (close, delete, print, panic...) carries a Java action instead of a target.
 */
public final class Deferred {
    final CallTarget target;
    final Object[] arguments;
    final Runnable action;
    final Deferred next;

    public Deferred(CallTarget target, Object[] arguments, Deferred next) {
        this.target = target;
        this.arguments = arguments;
        this.action = null;
        this.next = next;
    }

    public Deferred(Runnable action, Deferred next) {
        this.target = null;
        this.arguments = null;
        this.action = action;
        this.next = next;
    }

    /** The collector's view: the evaluated arguments of this deferred call and of those after it. */
    public void scanRefs(minigo.runtime.gc.PointerVisitor v) {
        for (Deferred d = this; d != null; d = d.next) {
            if (d.arguments != null) {
                for (Object a : d.arguments) {
                    if (a != null) v.visit(a);
                }
            }
        }
    }

    void invoke() {
        if (action != null) {
            action.run();
        } else {
            target.call(arguments);
        }
    }
}
