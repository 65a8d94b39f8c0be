package minigo.interp.nodes;

import com.oracle.truffle.api.nodes.Node;
import minigo.ast.Ast;

/** Base of every minigo node: remembers the Go position it was translated from (for tracebacks and internal errors). */
public abstract class GoNode extends Node {
    private Ast.Pos pos = Ast.Pos.NONE;

    public Ast.Pos pos() {
        return pos;
    }

    @SuppressWarnings("unchecked")
    public <T extends GoNode> T at(Ast.Pos p) {
        if (p != null) this.pos = p;
        return (T) this;
    }
}
