package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.ArrayList;
import java.util.List;
import minigo.interp.nodes.Control;
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

    @TruffleBoundary
    private Object[] choose(Object[] cs, Object[] vs) {
        GoContext ctx = GoLanguage.context(this);
        int def = -1;
        for (int i = 0; i < kinds.length; i++) if (kinds[i] == 0) def = i;
        boolean registered = false;
        try {
            for (;;) {
                List<Integer> ready = new ArrayList<>();
                for (int i = 0; i < kinds.length; i++) {
                    Chans.Chan c = (Chans.Chan) cs[i];
                    if (c == null) continue;
                    if (kinds[i] == 1 && Chans.canSend(c) || kinds[i] == 2 && Chans.canRecv(c)) ready.add(i);
                }
                if (!ready.isEmpty()) {
                    int i = ready.get(ready.size() == 1 ? 0 : ctx.random.nextInt(ready.size()));
                    Chans.Chan c = (Chans.Chan) cs[i];
                    if (kinds[i] == 1) {
                        Chans.sendNow(c, vs[i]);
                        return new Object[] {i, null};
                    }
                    if (registered) {
                        unregister(cs);
                        registered = false;
                    }
                    return new Object[] {i, Chans.recvNow(c, c.elem)};
                }
                if (def >= 0) return new Object[] {def, null};
                if (!registered) {
                    for (int i = 0; i < kinds.length; i++) {
                        if (kinds[i] == 2 && cs[i] != null) ((Chans.Chan) cs[i]).recvWaiting++;
                    }
                    registered = true;
                    Sched.changed();
                }
                Sched.block(this);
            }
        } finally {
            if (registered) unregister(cs);
        }
    }

    private void unregister(Object[] cs) {
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == 2 && cs[i] != null) ((Chans.Chan) cs[i]).recvWaiting--;
        }
    }
}
