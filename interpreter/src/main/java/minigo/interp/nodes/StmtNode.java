package minigo.interp.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A statement: executed for its effect. Control transfers are ControlFlowExceptions, except for the
 * commonest one: a return reached through blocks, ifs and switches of the function body (not
 * loops) is reported by {@link #execReturning}'s result instead of being thrown. Throwing costs
 * little in compiled code, where the catch is a jump, but a lot in the interpreter that runs
 * until then (HotSpot unwinds each Java frame between the throw and FuncRoot's catch).
 */
public abstract class StmtNode extends GoNode {
    public abstract void exec(VirtualFrame frame);

    /**
     * Executes the statement; true when it ended by a return statement (the results are stored in
     * their slots and the function must return). Only statements that can contain a return outside
     * a loop override this; by default a return inside throws {@link Control.Return}.
     */
    public boolean execReturning(VirtualFrame frame) {
        exec(frame);
        return false;
    }
}
