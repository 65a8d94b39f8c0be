package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import minigo.interp.nodes.Control;
import minigo.interp.nodes.ExprNode;
import minigo.interp.nodes.StmtNode;
import minigo.interp.sched.GoChan;
import minigo.interp.sched.Select;

/**
 * select: evaluates every channel (and value to send) once, in source order, then lets the
 * scheduler's selectgo pick a ready case at random, run default, or park until one is ready.
 */
public final class SelectNode extends StmtNode {
    private final Object token;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1)
    private final int[] kinds; // 0 default, 1 send, 2 receive
    @Children private final ExprNode[] chans;
    @Children private final ExprNode[] sendVals;
    @Children private final StmtNode[] bodies;
    private final int recvSlot;
    private final int okSlot;

    public SelectNode(Object token, int[] kinds, ExprNode[] chans, ExprNode[] sendVals, StmtNode[] bodies, int recvSlot, int okSlot) {
        this.token = token;
        this.kinds = kinds;
        this.chans = nonNull(chans);
        this.sendVals = nonNull(sendVals);
        this.bodies = bodies;
        this.recvSlot = recvSlot;
        this.okSlot = okSlot;
    }

    private static ExprNode[] nonNull(ExprNode[] a) {
        ExprNode[] r = a.clone();
        for (int i = 0; i < r.length; i++) {
            if (r[i] == null) r[i] = new minigo.interp.nodes.Lit.ObjLit(null);
        }
        return r;
    }

    // Every loop over the clauses is unrolled: a child picked by a run-time index would be a call
    // the compiler cannot resolve, and the frame passed to it would escape.
    @Override
    @ExplodeLoop
    public void exec(VirtualFrame f) {
        int n = kinds.length;
        int def = -1;
        int cases = 0;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == 0) def = i;
            else cases++;
        }
        Select.Case[] cs = new Select.Case[cases];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == 0) continue;
            GoChan ch = (GoChan) chans[i].execute(f);
            cs[k++] = kinds[i] == 1 ? Select.Case.send(ch, sendVals[i].execute(f)) : Select.Case.recv(ch);
        }
        int chosen = select(this, cs, def >= 0);
        k = 0;
        for (int i = 0; i < n; i++) {
            boolean mine;
            if (kinds[i] == 0) {
                mine = chosen < 0;
            } else {
                mine = k == chosen;
                if (mine && kinds[i] == 2) {
                    f.setObjectStatic(recvSlot, cs[k].received);
                    f.setBooleanStatic(okSlot, cs[k].ok);
                }
                k++;
            }
            if (mine) {
                try {
                    bodies[i].exec(f);
                } catch (Control.Break b) {
                    if (b.target != token) throw b;
                }
                return;
            }
        }
    }

    @TruffleBoundary
    private static int select(SelectNode self, Select.Case[] cs, boolean hasDefault) {
        minigo.interp.sched.Sched.current().at(self);
        return Select.select(cs, hasDefault);
    }
}
