package minigo.stdlib.time;

import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.stdlib.Args;

/** time's natives: the clock and Sleep. */
public final class TimeNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        r.register("time.now", a -> {
            java.time.Instant now = java.time.Instant.now();
            return new Object[] {now.getEpochSecond(), (long) now.getNano(), System.nanoTime()};
        });
        // TODO(scheduler): park the goroutine on a timer of its P instead of sleeping its thread.
        r.register("time.Sleep", a -> {
            long ns = Args.i(a[0]);
            if (ns > 0) {
                minigo.stdlib.runtime.RuntimeBridge.current().sleep(ns);
            }
            return null;
        });
    }
}
