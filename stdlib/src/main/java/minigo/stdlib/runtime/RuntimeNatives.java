package minigo.stdlib.runtime;

import java.nio.charset.StandardCharsets;
import minigo.interp.natives.GoEnv;
import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoStruct;
import minigo.stdlib.Args;
import minigo.stdlib.os.OsNatives;

/** Natives of runtime, runtime/debug and sync (the semaphores), through {@link RuntimeBridge}. */
public final class RuntimeNatives implements NativeProvider {
    /** MemStats' scalar fields in declaration order (their struct field indices). */
    static final String[] MEMSTATS_FIELDS = {
        "Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys", "HeapIdle",
        "HeapInuse", "HeapReleased", "HeapObjects", "StackInuse", "StackSys", "MSpanInuse", "MSpanSys",
        "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys", "OtherSys", "NextGC", "LastGC", "PauseTotalNs",
        "PauseNs", "PauseEnd", "NumGC", "NumForcedGC", "GCCPUFraction", "EnableGC", "DebugGC", "BySize",
    };

    static int field(String name) {
        for (int i = 0; i < MEMSTATS_FIELDS.length; i++) {
            if (MEMSTATS_FIELDS[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no MemStats field " + name);
    }

    @Override
    public void register(NativeRegistry r) {
        r.register("runtime.GC", a -> {
            RuntimeBridge.current().gc();
            // Go's runtime.GC parks its caller until the mark ends and yields after each span it
            // sweeps: other goroutines, the finalizer goroutine the sweep woke among them, run
            // before it returns.
            RuntimeBridge.current().gosched();
            return null;
        });
        r.register("runtime.GOMAXPROCS", a -> (long) RuntimeBridge.current().gomaxprocs((int) Args.i(a[0])));
        r.register("runtime.NumCPU", a -> (long) Runtime.getRuntime().availableProcessors());
        r.register("runtime.Caller", a -> {
            minigo.interp.natives.GoEnv env = minigo.interp.natives.GoEnv.current();
            Object[] c = env.caller((int) Args.i(a[0]));
            if (c == null) return new Object[] {0L, minigo.interp.values.GoString.EMPTY, 0L, false};
            long pc = env.pc((String) c[0], (String) c[1], (int) c[2]);
            return new Object[] {pc, minigo.interp.values.GoString.fromJava((String) c[1]), (long) (int) c[2], true};
        });
        r.register("runtime.Callers", a -> {
            // frame 0 is runtime.Callers itself, as in Go
            minigo.interp.natives.GoEnv env = minigo.interp.natives.GoEnv.current();
            java.util.List<Object[]> frames = env.callers();
            long skip = Math.max(0, Args.i(a[0]));
            minigo.interp.values.GoSlice pcs = (minigo.interp.values.GoSlice) a[1];
            int n = 0;
            for (long i = skip; i < frames.size() && n < minigo.interp.values.GoSlice.len(pcs); i++, n++) {
                Object[] c = frames.get((int) i);
                pcs.array.setLong(pcs.off + n, env.pc((String) c[0], (String) c[1], (int) c[2]));
            }
            return (long) n;
        });
        r.register("runtime.Stack", a -> {
            byte[] text = minigo.interp.natives.GoEnv.current().stacks(Args.b(a[1])).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            minigo.interp.values.GoSlice buf = (minigo.interp.values.GoSlice) a[0];
            int n = Math.min(text.length, minigo.interp.values.GoSlice.len(buf));
            for (int i = 0; i < n; i++) buf.array.setLong(buf.off + i, text[i] & 0xff);
            return (long) n;
        });
        r.register("runtime.pcInfo", a -> {
            Object[] p = minigo.interp.natives.GoEnv.current().pcInfo(Args.i(a[0]));
            if (p == null) return new Object[] {minigo.interp.values.GoString.EMPTY, minigo.interp.values.GoString.EMPTY, 0L, 0L, false};
            return new Object[] {minigo.interp.values.GoString.fromJava((String) p[0]), minigo.interp.values.GoString.fromJava((String) p[1]),
                    (long) (int) p[2], (long) p[3], true};
        });
        r.register("runtime.NumGoroutine", a -> (long) RuntimeBridge.current().numGoroutine());
        r.register("runtime.Gosched", a -> {
            RuntimeBridge.current().gosched();
            return null;
        });
        r.register("runtime.Goexit", a -> {
            // Unwinds the goroutine like a panic that runs its deferred calls and that recover() does
            // not see; the goroutine's entry (or main's, see ProgramRoot) ends it quietly.
            throw minigo.interp.values.GoPanic.goexit();
        });
        r.register("runtime.KeepAlive", a -> null);
        r.register("runtime.Breakpoint", a -> {
            minigo.interp.natives.GoEnv.current().breakpoint();
            return null;
        });
        r.register("runtime.SetFinalizer", a -> {
            Object obj = a[0] instanceof minigo.interp.values.Iface i ? i.value : a[0];
            Object fn = a[1] instanceof minigo.interp.values.Iface i ? i.value : a[1];
            // a pointer into a tiny block is allowed for a pointer-free element under 16 bytes
            boolean tinyElem = a[0] instanceof minigo.interp.values.Iface i && i.type.underlying() instanceof minigo.types.Pointer p
                    && !minigo.interp.Heap.hasPointers(p.elem()) && minigo.interp.Heap.sizeOf(p.elem()) < 16;
            String fatal = RuntimeBridge.current().setFinalizer(obj, fn, tinyElem);
            if (fatal != null) {
                OsNatives.write(2, (fatal + "\n").getBytes(StandardCharsets.UTF_8));
                GoEnv.current().exit(2);
            }
            return null;
        });
        r.register("runtime.ReadMemStats", a -> {
            GoStruct m = (GoStruct) a[0];
            m.setBool(field("EnableGC"), true);
            RuntimeBridge.current().readMemStats(new RuntimeBridge.MemStatsSink() {
                @Override
                public void set(String name, long value) {
                    m.setLong(field(name), value);
                }

                @Override
                public void setFloat(String name, double value) {
                    m.setDouble(field(name), value);
                }

                @Override
                public void setPause(int i, long pauseNs, long pauseEnd) {
                    ((GoArray) m.getObject(field("PauseNs"))).setLong(i, pauseNs);
                    ((GoArray) m.getObject(field("PauseEnd"))).setLong(i, pauseEnd);
                }

                @Override
                public void setBySize(int i, long size, long mallocs, long frees) {
                    GoStruct c = (GoStruct) ((GoArray) m.getObject(field("BySize"))).getObject(i);
                    c.setLong(0, size);
                    c.setLong(1, mallocs);
                    c.setLong(2, frees);
                }
            });
            return null;
        });

        r.register("runtime/debug.SetGCPercent", a -> (long) RuntimeBridge.current().setGCPercent((int) Args.i(a[0])));
        r.register("runtime/debug.SetMemoryLimit", a -> RuntimeBridge.current().setMemoryLimit(Args.i(a[0])));
        r.register("runtime/debug.FreeOSMemory", a -> {
            RuntimeBridge.current().freeOSMemory();
            return null;
        });
        r.register("runtime/debug.SetMaxStack", a -> RuntimeBridge.current().setMaxStack(Args.i(a[0])));
        r.register("runtime/debug.Stack", a -> Args.byteSlice(GoEnv.current().stack().getBytes(StandardCharsets.UTF_8)));

        // sync.Pool's cleanup runs at every collection's start (the collector calls it, world stopped).
        r.register("sync.runtime_registerPoolCleanup", a -> {
            minigo.runtime.gc.Collector c = minigo.interp.gc.GcRuntime.collector();
            Object cleanup = a[0];
            if (c != null) {
                c.addPoolCleanup(() -> GoEnv.current().callFunc(cleanup));
            }
            return null;
        });

        // sync's semaphores and notify lists belong to the scheduler: minigo.interp.sched.SchedNatives.
        r.register("sync.fatal", a -> {
            GoEnv.current().fatal(Args.s(a[0]).toJava());
            return null;
        });
    }
}
