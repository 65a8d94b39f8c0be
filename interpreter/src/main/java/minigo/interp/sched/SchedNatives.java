package minigo.interp.sched;

import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.interp.values.Pointer;

/**
 * The runtime entry points package sync is written against (Go's sync/runtime.go declarations,
 * bodyless in stdlib's package sync): semaphores (with Go's LIFO option for mutex waiters), notify
 * lists for sync.Cond, spinning (never: one P). Arguments arrive in the value
 * model: a {@code *uint32} is a {@link Pointer}, a {@code *notifyList} the GoStruct itself.
 */
public final class SchedNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        r.register("sync.runtime_Semacquire", a -> {
            Sched s = Sched.current();
            s.sema.acquire(s, (Pointer) a[0], false);
            return null;
        });
        r.register("sync.runtime_Semrelease", a -> {
            Sched s = Sched.current();
            s.sema.release(s, (Pointer) a[0], (Boolean) a[1]);
            return null;
        });
        r.register("sync.runtime_SemacquireMutex", a -> {
            Sched s = Sched.current();
            s.sema.acquire(s, (Pointer) a[0], (Boolean) a[1]);
            return null;
        });
        r.register("sync.runtime_notifyListAdd", a -> Sched.current().notifyListAdd(a[0]) & 0xFFFFFFFFL);
        r.register("sync.runtime_notifyListWait", a -> {
            Sched.current().notifyListWait(a[0], (Long) a[1]);
            return null;
        });
        r.register("sync.runtime_notifyListNotifyAll", a -> {
            Sched.current().notifyListNotifyAll(a[0]);
            return null;
        });
        r.register("sync.runtime_notifyListNotifyOne", a -> {
            Sched.current().notifyListNotifyOne(a[0]);
            return null;
        });
        r.register("sync.runtime_canSpin", a -> false);
        r.register("sync.runtime_doSpin", a -> null);
        r.register("sync.runtime_nanotime", a -> System.nanoTime());
    }
}
