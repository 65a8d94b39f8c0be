package minigo.interp.sched;

import java.util.function.Consumer;

/**
 * {@code GODEBUG=schedtrace=N}: a line about the scheduler every N ms on stderr, in Go's format;
 * {@code scheddetail=1} adds a line per P, M and G. Go's sysmon prints them from its own thread; we
 * have no monitor thread, so the M prints them at its scheduling points (every hand-off, preemption
 * check that switches, and while idle waiting for a timer), which is when anything can have changed.
 * The figures are this model's: GOMAXPROCS Ps, one M (threads=1), goroutines still alive.
 */
final class SchedTrace {
    private final long periodNanos;
    private final boolean detail;
    private final long start = System.nanoTime();
    private long next;
    private final Consumer<String> out;

    private SchedTrace(long periodMillis, boolean detail, Consumer<String> out) {
        this.periodNanos = periodMillis * 1_000_000L;
        this.detail = detail;
        this.out = out;
        this.next = start;
    }

    /** From a GODEBUG value ({@code schedtrace=1000,scheddetail=1}); null if schedtrace is not set. */
    static SchedTrace parse(String godebug, Consumer<String> out) {
        if (godebug == null || out == null) {
            return null;
        }
        long period = 0;
        boolean detail = false;
        for (String kv : godebug.split(",")) {
            int eq = kv.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String k = kv.substring(0, eq).trim();
            String v = kv.substring(eq + 1).trim();
            try {
                if (k.equals("schedtrace")) {
                    period = Long.parseLong(v);
                } else if (k.equals("scheddetail")) {
                    detail = Long.parseLong(v) != 0;
                }
            } catch (NumberFormatException e) {
                // Go ignores what it cannot parse
            }
        }
        return period > 0 ? new SchedTrace(period, detail, out) : null;
    }

    /** Nanoseconds until the next line is due (for idle waits). */
    long untilNext() {
        return Math.max(0, next - System.nanoTime());
    }

    /** Prints the line(s) if due. */
    void tick(Sched s) {
        long now = System.nanoTime();
        if (now < next) {
            return;
        }
        next = now + periodNanos;
        out.accept(render(s, (now - start) / 1_000_000));
    }

    String render(Sched s, long ms) {
        // Between two Gs (the giver is no longer RUNNING) the P counts as idle, as Go's would.
        G c = s.curgForTrace();
        G cur = c != null && c.status == G.Status.RUNNING ? c : null;
        Sched.P[] ps = s.allp();
        Sched.P running = cur == null ? null : s.currentP();
        int idle = 0;
        for (Sched.P p : ps) {
            if (p != running && !p.hasWork()) idle++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("SCHED ").append(ms).append("ms: gomaxprocs=").append(ps.length).append(" idleprocs=").append(idle)
                .append(" threads=1 spinningthreads=0 idlethreads=0 runqueue=").append(s.globalRunqSize());
        if (detail) {
            sb.append(" gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0\n");
            for (Sched.P p : ps) {
                boolean mine = p == running;
                sb.append("  P").append(p.id).append(": status=").append(mine ? 1 : 0).append(" schedtick=")
                        .append(p.schedtick).append(" syscalltick=0 m=").append(mine ? 0 : -1).append(" runqsize=")
                        .append(p.runq.size()).append(" gfreecnt=0 timerslen=")
                        .append(p.timers.size()).append('\n');
            }
            sb.append("  M0: p=").append(running == null ? -1 : running.id).append(" curg=").append(cur == null ? -1 : cur.goid)
                    .append(" mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=")
                    .append(cur == null).append(" lockedg=-1\n");
            for (G g : s.liveGoroutines()) {
                sb.append("  G").append(g.goid).append(": status=").append(goStatus(g.status)).append('(')
                        .append(g.status == G.Status.WAITING ? g.waitReason : "").append(") m=")
                        .append(g == cur ? 0 : -1).append(" lockedm=-1\n");
            }
        } else {
            sb.append(" [");
            for (int i = 0; i < ps.length; i++) {
                if (i > 0) sb.append(' ');
                sb.append(ps[i].runq.size()); // runnext not counted, as in Go
            }
            sb.append("]\n");
        }
        return sb.toString();
    }

    /** Go's numeric G states (_Grunnable 1, _Grunning 2, _Gwaiting 4, _Gdead 6). */
    private static int goStatus(G.Status st) {
        return switch (st) {
            case RUNNABLE -> 1;
            case RUNNING -> 2;
            case WAITING -> 4;
            case DEAD -> 6;
        };
    }
}
