package minigo.interp.sched;

import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.interp.values.Pointer;

/**
 * Runtime entry points of Go's sync/runtime.go that stdlib's package sync may declare bodyless:
 * the mutex semaphore with LIFO queueing, notify lists (sync.Cond), spinning. The plain
 * {@code sync.runtime_Semacquire}/{@code runtime_Semrelease} keys belong to stdlib's natives,
 * which should call {@link Sched#semacquire}/{@link Sched#semrelease}. Arguments arrive in the value
 * model: a {@code *uint32} is a {@link Pointer}, a {@code *notifyList} the GoStruct itself.
 */
public final class SchedNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
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
