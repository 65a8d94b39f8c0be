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

    void invoke() {
        if (action != null) {
            action.run();
        } else {
            target.call(arguments);
        }
    }
}
