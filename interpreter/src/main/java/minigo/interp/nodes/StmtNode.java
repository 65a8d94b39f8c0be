package minigo.interp.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A statement: executed for its effect. Control transfers are ControlFlowExceptions. */
public abstract class StmtNode extends GoNode {
    public abstract void exec(VirtualFrame frame);
}
