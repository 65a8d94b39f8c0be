package minigo.stdlib.atomic;

import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.interp.values.Iface;
import minigo.interp.values.Pointer;
import minigo.stdlib.Args;
import minigo.types.Types;

/**
 * sync/atomic's natives. Every operation holds one global lock, so each is indivisible with respect
 * to all the others (goroutines may run on several JVM threads); values are normalised to their
 * width as the value model requires (int32 sign-extended, uint32 zero-extended).
 */
public final class AtomicNatives implements NativeProvider {
    private static final Object LOCK = new Object();
    private static final java.util.concurrent.locks.ReentrantLock VALUE_LOCK = new java.util.concurrent.locks.ReentrantLock();

    private enum W {
        I32, U32, I64;

        long norm(long v) {
            return switch (this) {
                case I32 -> (int) v;
                case U32 -> v & 0xFFFFFFFFL;
                case I64 -> v;
            };
        }
    }

    @Override
    public void register(NativeRegistry r) {
        ops(r, "Int32", W.I32);
        ops(r, "Uint32", W.U32);
        ops(r, "Int64", W.I64);
        ops(r, "Uint64", W.I64);
        ops(r, "Uintptr", W.I64);
        r.register("sync/atomic.lock", a -> {
            VALUE_LOCK.lock();
            return null;
        });
        r.register("sync/atomic.unlock", a -> {
            VALUE_LOCK.unlock();
            return null;
        });
        r.register("sync/atomic.sameType", a -> Types.identical(
                (minigo.types.Type) ((Iface) a[0]).type, (minigo.types.Type) ((Iface) a[1]).type));
    }

    private static Pointer ptr(Object o) {
        if (o == null) {
            throw minigo.interp.values.GoPanic.of(nilDeref());
        }
        return (Pointer) o;
    }

    private static minigo.interp.values.RuntimeError nilDeref() {
        return new minigo.interp.values.RuntimeError() {
            @Override
            public String error() {
                return "runtime error: invalid memory address or nil pointer dereference";
            }

            @Override
            public String goTypeName() {
                return "runtime.errorString";
            }

            @Override
            public String signalLine() {
                return "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";
            }
        };
    }

    private static void ops(NativeRegistry r, String t, W w) {
        String p = "sync/atomic.";
        r.register(p + "Load" + t, a -> {
            Pointer x = ptr(a[0]);
            synchronized (LOCK) {
                return x.loadLong();
            }
        });
        r.register(p + "Store" + t, a -> {
            Pointer x = ptr(a[0]);
            synchronized (LOCK) {
                x.storeLong(w.norm(Args.i(a[1])));
            }
            return null;
        });
        r.register(p + "Swap" + t, a -> {
            Pointer x = ptr(a[0]);
            synchronized (LOCK) {
                long old = x.loadLong();
                x.storeLong(w.norm(Args.i(a[1])));
                return old;
            }
        });
        r.register(p + "Add" + t, a -> {
            Pointer x = ptr(a[0]);
            synchronized (LOCK) {
                long n = w.norm(x.loadLong() + Args.i(a[1]));
                x.storeLong(n);
                return n;
            }
        });
        r.register(p + "CompareAndSwap" + t, a -> {
            Pointer x = ptr(a[0]);
            synchronized (LOCK) {
                if (x.loadLong() == w.norm(Args.i(a[1]))) {
                    x.storeLong(w.norm(Args.i(a[2])));
                    return true;
                }
                return false;
            }
        });
    }
}
