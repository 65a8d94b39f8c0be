package minigo.interp.sched;

import minigo.interp.values.GoPanic;
import minigo.interp.values.GoRandom;
import minigo.interp.values.PlainError;

/**
 * Go's select statement (selectgo): poll the cases in a random order and take the first that can
 * proceed; otherwise take the default case if there is one; otherwise queue a sudog on every
 * channel, park, and when one channel completes a case, withdraw from the others.
 */
public final class Select {
    private Select() {
    }

    /** One case of a select: a send of {@code value} on ch, or a receive from ch. */
    public static final class Case {
        public final GoChan ch;
        public final boolean isSend;
        public final Object value;
        /** Receive cases: the value received (the zero value if the channel was closed). */
        public Object received;
        /** Receive cases: false if the case fired because the channel is closed. */
        public boolean ok;

        private Case(GoChan ch, boolean isSend, Object value) {
            this.ch = ch;
            this.isSend = isSend;
            this.value = value;
        }

        public static Case send(GoChan ch, Object value) {
            return new Case(ch, true, value);
        }

        public static Case recv(GoChan ch) {
            return new Case(ch, false, null);
        }
    }

    /**
     * Runs a select; returns the index of the case that proceeded, or -1 for the default case
     * (only when hasDefault). Receive results are left in the chosen Case.
     */
    public static int select(Case[] cases, boolean hasDefault) {
        // Poll order: a random permutation of the cases with non-nil channels (nil never proceeds).
        int[] order = new int[cases.length];
        int n = 0;
        for (int i = 0; i < cases.length; i++) {
            if (cases[i].ch == null) {
                continue;
            }
            int j = GoRandom.nextInt(n + 1);
            order[n] = order[j];
            order[j] = i;
            n++;
        }
        Object[] out = new Object[1];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            Case c = cases[i];
            if (c.isSend) {
                if (c.ch.trySend(c.value)) {
                    return i;
                }
            } else {
                int r = c.ch.tryRecv(out);
                if (r != 0) {
                    c.received = out[0];
                    c.ok = r == 1;
                    return i;
                }
            }
        }
        if (hasDefault) {
            return -1;
        }
        Sched s = Sched.current();
        G g = s.curg();
        if (n == 0) {
            s.park(cases.length == 0 ? "select (no cases)" : "select");
            throw new IllegalStateException("woke from a select that cannot proceed");
        }
        g.selectDone = false;
        g.param = null;
        Sudog list = null;
        for (int i = cases.length - 1; i >= 0; i--) {
            Case c = cases[i];
            if (c.ch == null) {
                continue;
            }
            Sudog sg = new Sudog(g, c.ch, c.isSend ? c.ch.elem.copyValue(c.value) : null, true, i);
            minigo.interp.gc.WriteBarrier.write(null, sg.elem);
            sg.waitlink = list;
            list = sg;
        }
        for (Sudog sg = list; sg != null; sg = sg.waitlink) {
            (cases[sg.caseIndex].isSend ? sg.c.sendq : sg.c.recvq).enqueue(sg);
        }
        g.waiting = list;
        s.park("select");
        Sudog won = g.param;
        g.param = null;
        for (Sudog sg = list; sg != null; sg = sg.waitlink) {
            if (sg != won) {
                (cases[sg.caseIndex].isSend ? sg.c.sendq : sg.c.recvq).remove(sg);
            }
        }
        g.waiting = null;
        Case c = cases[won.caseIndex];
        if (c.isSend) {
            if (!won.success) {
                throw GoPanic.of(PlainError.SEND_CLOSED);
            }
        } else {
            c.ok = won.success;
            c.received = won.success ? won.elem : c.ch.elem.zero();
        }
        return won.caseIndex;
    }
}
