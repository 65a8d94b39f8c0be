package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import minigo.interp.nodes.Control;
import minigo.interp.sched.GoChan;
import minigo.interp.sched.Select;
import minigo.interp.nodes.ExprNode;
import minigo.interp.nodes.StmtNode;

/**
 * select: evaluates every channel (and value to send) once, then picks uniformly at random among
 * the cases that can proceed; with none ready it runs default, or blocks until one is.
 */
public final class SelectNode extends StmtNode {
    private final Object token;
    private final int[] kinds;
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
        Object[] cs = new Object[n];
        Object[] vs = new Object[n];
        for (int i = 0; i < n; i++) {
            if (kinds[i] != 0) {
                cs[i] = chans[i].execute(f);
                if (kinds[i] == 1) vs[i] = sendVals[i].execute(f);
            }
        }
        Object[] chosen = choose(cs, vs);
        int i = (Integer) chosen[0];
        if (kinds[i] == 2) {
            Object[] r = (Object[]) chosen[1];
            f.setObject(recvSlot, r[0]);
            f.setBoolean(okSlot, (Boolean) r[1]);
        }
        try {
            bodies[i].exec(f);
        } catch (Control.Break b) {
            if (b.target != token) throw b;
        }
    }

    /** Runs Go's selectgo over the evaluated cases: {chosen case index, {value, ok} for a receive}. */
    @TruffleBoundary
    private Object[] choose(Object[] cs, Object[] vs) {
        int def = -1;
        int n = 0;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == 0) def = i;
            else n++;
        }
        Select.Case[] cases = new Select.Case[n];
        int[] index = new int[n];
        int k = 0;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == 0) continue;
            GoChan c = (GoChan) cs[i];
            cases[k] = kinds[i] == 1 ? Select.Case.send(c, vs[i]) : Select.Case.recv(c);
            index[k++] = i;
        }
        int chosen = Select.select(cases, def >= 0);
        if (chosen < 0) return new Object[] {def, null};
        Select.Case c = cases[chosen];
        return new Object[] {index[chosen], c.isSend ? null : new Object[] {c.received, c.ok}};
    }
}
