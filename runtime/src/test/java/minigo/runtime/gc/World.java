package minigo.runtime.gc;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import minigo.runtime.memory.MCache;
import minigo.runtime.memory.MHeap;
import minigo.runtime.memory.Malloc;

/** One goroutine, one P, globals as a list: the collector's single-threaded test bench. */
final class World implements RootSource {
    final MHeap heap = new MHeap();
    final MCache c = heap.newMCache();
    final TestG g = new TestG(8192);
    final List<Object> globals = new ArrayList<>();
    long globalsBytes;
    final ByteArrayOutputStream traceOut = new ByteArrayOutputStream();
    final Collector gc;

    World(Map<String, String> env) {
        this(env, new Collector.Options());
    }

    World(Map<String, String> env, Collector.Options o) {
        o.trace = new PrintStream(traceOut, true);
        o.alwaysPoison = true;
        o.extraGlobalsScan = 0;
        gc = new Collector(heap, Obj.SCANNER, this, MutatorHost.single(g), GcSettings.fromEnv(env), o);
    }

    Obj alloc(String name, int nrefs, long size) {
        Obj o = new Obj(name, nrefs, size);
        o.addr = Malloc.mallocgc(c, size, nrefs == 0, o);
        return o;
    }

    /** Stores v into o's field i with the write barrier, as the interpreter does. */
    void store(Obj o, int i, Object v) {
        Object old = o.get(i);
        if (gc.writeBarrier) {
            gc.writePointer(c, old, v);
        }
        o.set(i, v);
    }

    void storeGlobal(int i, Object v) {
        Object old = globals.get(i);
        if (gc.writeBarrier) {
            gc.writePointer(c, old, v);
        }
        globals.set(i, v);
    }

    /** A program with one pointer global that keeps only the last object. */
    void storeGlobal0(Object v) {
        if (globals.isEmpty()) {
            globals.add(null);
            globalsBytes = 8;
        }
        storeGlobal(0, v);
    }

    String trace() {
        return traceOut.toString();
    }

    @Override
    public void scanGlobals(PointerVisitor v) {
        for (Object o : globals) {
            v.visit(o);
        }
    }

    @Override
    public long globalsScanBytes() {
        return globalsBytes;
    }

    @Override
    public void scanRuntimeRoots(PointerVisitor v) {
    }
}
