package minigo.stdlib.time;

import minigo.interp.natives.GoEnv;
import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.interp.sched.GoChan;
import minigo.interp.sched.Sched;
import minigo.interp.values.GoStruct;
import minigo.stdlib.Args;

/**
 * time's natives: the clock, Sleep, and the runtime timers behind Timer, Ticker and AfterFunc,
 * which are the scheduler's ({@link minigo.interp.sched.Sched#startTimer}). A timer that fires
 * sends the time on its channel without blocking (Go's sendTime) or starts its func in a new
 * goroutine (Go's goFunc), on the goroutine that holds the P, as Go's runtime does.
 */
public final class TimeNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        r.register("time.now", a -> {
            Sched s = Sched.current();
            long wall = s != null ? s.walltime() : System.currentTimeMillis() * 1_000_000L;
            long mono = s != null ? s.nanotime() : System.nanoTime();
            return new Object[] {Math.floorDiv(wall, 1_000_000_000L), Math.floorMod(wall, 1_000_000_000L), mono};
        });
        r.register("time.Sleep", a -> {
            long ns = Args.i(a[0]);
            if (ns > 0) {
                minigo.stdlib.runtime.RuntimeBridge.current().sleep(ns);
            }
            return null;
        });
        r.register("time.startTimer", a -> {
            long delay = Args.i(a[0]);
            long period = Args.i(a[1]);
            GoChan c = (GoChan) a[2];
            Object f = a[3];
            Object loc = a[4];
            Sched s = Sched.current();
            if (c != null) {
                return s.startTimer(delay, period, c, () -> sendTime(s, c, loc));
            }
            GoEnv env = GoEnv.current();
            return s.startTimer(delay, period, f, () -> env.goFunc(f));
        });
        r.register("time.stopTimer", a -> Sched.current().stopTimer((Sched.Timer) a[0]));
        r.register("time.resetTimer", a -> Sched.current().resetTimer((Sched.Timer) a[0], Args.i(a[1]), Args.i(a[2])));
    }

    /** Go's sendTime: Now() in loc (Local) on c if its buffer has room (a slow reader misses ticks). */
    private static void sendTime(Sched s, GoChan c, Object loc) {
        long wall = s.walltime();
        GoStruct t = new GoStruct(c.elem);
        long[] enc = encodeNow(Math.floorDiv(wall, 1_000_000_000L), Math.floorMod(wall, 1_000_000_000L), s.nanotime());
        t.setLong(0, enc[0]); // time.Time{wall, ext, loc}, as instant.go's Now() makes it
        t.setLong(1, enc[1]);
        t.setObject(2, loc);
        c.offer(t);
    }

    // instant.go's constants: seconds from January 1, year 1 to 1970 and to 1885.
    private static final long UNIX_TO_INTERNAL = (1969L * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;
    private static final long WALL_TO_INTERNAL = (1884L * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * 86400;

    /** {wall, ext} of the Time that Now() returns for this clock reading (instant.go). */
    private static long[] encodeNow(long unixSec, long nsec, long mono) {
        long sec = unixSec + UNIX_TO_INTERNAL - WALL_TO_INTERNAL;
        if ((sec >>> 33) != 0) {
            return new long[] {nsec, sec + WALL_TO_INTERNAL};
        }
        return new long[] {(1L << 63) | (sec << 30) | nsec, mono};
    }
}
