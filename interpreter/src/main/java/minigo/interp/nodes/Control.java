package minigo.interp.nodes;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Non-local transfers inside one function: break, continue, goto and return. They are Truffle
 * ControlFlowExceptions (no stack trace; the compiler turns them into jumps). Labels are identified by
 * objects chosen at translation time (the LabeledStmt's label, or a per-loop token for unlabeled ones).
 */
public final class Control {
    private Control() {}

    public static final class Break extends ControlFlowException {
        public final Object target;

        public Break(Object target) {
            this.target = target;
        }
    }

    public static final class Continue extends ControlFlowException {
        public final Object target;

        public Continue(Object target) {
            this.target = target;
        }
    }

    /** goto label: caught by the block that declares the label, which resumes at that statement. */
    public static final class Goto extends ControlFlowException {
        public final Object label;

        public Goto(Object label) {
            this.label = label;
        }
    }

    /** return: the results are already stored in the function's result slots. */
    public static final class Return extends ControlFlowException {
        public static final Return INSTANCE = new Return();
    }
}
