package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
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

    @Override
    public void exec(VirtualFrame f) {
        int n = kinds.length;
        int def = -1;
        int cases = 0;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == 0) def = i;
            else cases++;
        }
        Select.Case[] cs = new Select.Case[cases];
        int[] clause = new int[cases];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == 0) continue;
            GoChan ch = (GoChan) chans[i].execute(f);
            cs[k] = kinds[i] == 1 ? Select.Case.send(ch, sendVals[i].execute(f)) : Select.Case.recv(ch);
            clause[k++] = i;
        }
        int chosen = select(this, cs, def >= 0);
        int i;
        if (chosen < 0) {
            i = def;
        } else {
            i = clause[chosen];
            if (kinds[i] == 2) {
                f.setObject(recvSlot, cs[chosen].received);
                f.setBoolean(okSlot, cs[chosen].ok);
            }
        }
        try {
            bodies[i].exec(f);
        } catch (Control.Break b) {
            if (b.target != token) throw b;
        }
    }

    @TruffleBoundary
    private static int select(SelectNode self, Select.Case[] cs, boolean hasDefault) {
        minigo.interp.sched.Sched.current().at(self);
        return Select.select(cs, hasDefault);
    }
}
