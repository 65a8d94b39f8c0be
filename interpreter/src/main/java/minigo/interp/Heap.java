package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import minigo.interp.gc.HeapBlock;
import minigo.interp.gc.Pins;
import minigo.interp.sched.GoChan;
import minigo.interp.values.Box;
import minigo.interp.values.Iface;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoFunc;
import minigo.interp.values.GoMap;
import minigo.interp.values.GoString;
import minigo.interp.values.GoStruct;
import minigo.runtime.iface.ConvT;
import minigo.runtime.memory.MCache;
import minigo.runtime.memory.MHeap;
import minigo.runtime.memory.Malloc;
import minigo.runtime.memory.MemStats;
import minigo.types.Array;
import minigo.types.Basic;
import minigo.types.BasicKind;
import minigo.types.Chan;
import minigo.types.Interface;
import minigo.types.MapType;
import minigo.types.Pointer;
import minigo.types.Signature;
import minigo.types.Sizes;
import minigo.types.Slice;
import minigo.types.Struct;
import minigo.types.Type;

/**
 * The single entry point of every heap allocation the interpreter makes on behalf of Go code
 * (new, &T{}, escaping variables, make, append growth, closures, interface boxing): it asks the
 * simulated runtime's {@link Malloc#mallocgc} for a slot of Go's size, so that MemStats counts what
 * Go counts, and records the simulated address in the value object.
 *
 * <p>One {@link MHeap} per run (created when the program's context is), one {@link MCache} for the
 * single P the interpreter runs Go code on. Every goroutine runs on the M's one thread
 * (minigo.interp.sched), so the allocator needs no lock, as Go's mcache needs none: it belongs to
 * the running P.
 *
 * <p>Callers decide WHETHER to allocate (escape analysis: a value kept on the stack never comes
 * here); this class only decides how much and where.
 */
public final class Heap {
    private Heap() {}

    private static MHeap mheap;
    private static MCache mcache;

    /** A fresh heap for a new run. */
    public static synchronized void reset() {
        mheap = new MHeap();
        mcache = mheap.newMCache();
        allglen = 6;
        allgcap = 8;
        gfree = 0;
        gs.clear();
        allgsArray = null;
        // the goroutines that exist before main.main (main's own among them) each own a stack
        for (int i = 0; i < allglen; i++) mheap.stacks().stackalloc(mcache, STACK_MIN);
    }

    /** The run's heap (created on first use). */
    public static synchronized MHeap mheap() {
        if (mheap == null) reset();
        return mheap;
    }

    /** The mcache of the P that runs Go code (the collector's per-P work buffers hang off it). */
    public static MCache mcache() {
        return mcache;
    }

    /** A pointerful allocation of size bytes (the conservative default: scan). */
    public static <T> T alloc(T object, long size) {
        return alloc(object, size, false);
    }

    /** An allocation of the Go type t: Go's size, noscan iff t has no pointers. */
    public static <T> T alloc(T object, Type t) {
        return alloc(object, sizeOf(t), !hasPointers(t));
    }

    @TruffleBoundary
    public static <T> T alloc(T object, long size, boolean noscan) {
        // No lock: only the M's thread runs Go code (minigo.interp.sched), and a cycle this allocation
        // starts mounts parked goroutines' stacks to scan them, which a held monitor would pin.
        if (mheap == null) reset();
        long addr = Malloc.mallocgc(mcache, size, noscan, object);
        setAddr(object, addr);
        // Until the statement that allocated it ends, the new object may live only in a Java local.
        Pins.pin(object);
        return object;
    }

    /**
     * An allocation that no value object of ours stands for (a map's buckets, a g, a funcval): the
     * returned block must be held by its owner for as long as Go would keep the memory.
     */
    public static HeapBlock allocBlock(long size, boolean noscan) {
        return alloc(new HeapBlock(noscan ? 0 : size), size, noscan);
    }

    private static void setAddr(Object o, long addr) {
        if (o instanceof GoStruct s) setInterior(s, addr);
        else if (o instanceof GoArray a) setInterior(a, addr);
        else if (o instanceof Box b) b.addr = addr;
        else if (o instanceof GoMap m) m.addr = addr;
        else if (o instanceof GoFunc f) f.addr = addr;
        else if (o instanceof GoString s) s.addr = addr;
        else if (o instanceof Iface i) i.addr = addr;
        else if (o instanceof GoChan c) c.addr = addr;
        else if (o instanceof HeapBlock b) b.addr = addr;
    }

    /**
     * A struct or array's nested structs and arrays are locations inside the same heap object: they
     * get their interior addresses (base plus offset), so that a pointer to one (&amp;x.f, &amp;a[i])
     * keeps the whole object alive, as in Go, and prints the address Go would.
     */
    private static void setInterior(GoStruct s, long addr) {
        s.addr = addr;
        minigo.interp.values.Layout l = s.layout;
        for (int f = 0; f < l.fieldCount(); f++) {
            if (!l.field(f).isComposite()) continue;
            Object n = s.getObject(f);
            if (n instanceof GoStruct ns) setInterior(ns, addr + l.offset(f));
            else if (n instanceof GoArray na) setInterior(na, addr + l.offset(f));
        }
    }

    private static void setInterior(GoArray a, long addr) {
        a.addr = addr;
        if (!a.elem.isComposite()) return;
        for (int i = 0; i < a.length; i++) {
            Object n = a.refs[i];
            if (n instanceof GoStruct ns) setInterior(ns, addr + i * a.elem.size);
            else if (n instanceof GoArray na) setInterior(na, addr + i * a.elem.size);
        }
    }

    /**
     * make(map[K]V, hint) and map literals: the hmap header (48 bytes, scan) when the map escapes,
     * the bucket array when the hint needs B > 0 (plus a mapextra when it has preallocated overflow
     * buckets), and the bookkeeping that charges later growth ({@link MapAccount}).
     */
    public static minigo.interp.values.GoMap makemap(minigo.interp.values.GoMap m, minigo.interp.values.Layout kl,
            minigo.interp.values.Layout vl, long hint, boolean heap) {
        if (heap) alloc(m, minigo.runtime.maps.MapLayout.HMAP_SIZE, false);
        m.account = new MapAccount(kl, vl, hint, heap);
        return m;
    }

    // ------------------------------------------------------------------ goroutines (newproc)

    /** Go 1.19's g struct lands in the 416-byte size class. */
    static final long G_SIZE = 416;
    /** Go 1.19 starts every goroutine with a 2 KiB stack. */
    static final int STACK_MIN = 2048;
    /** allgs: len and cap of the []*g; six goroutines exist before main's first go statement. */
    private static long allglen = 6;
    private static long allgcap = 8;
    /** Dead gs waiting for reuse (gfput/gfget): a new goroutine takes one before allocating. */
    private static long gfree;
    /** The g objects allocated so far (Go never frees a g: allgs keeps them) and allgs' array. */
    private static final java.util.List<HeapBlock> gs = new java.util.ArrayList<>();
    private static HeapBlock allgsArray;

    /**
     * newproc's allocations for one go statement: the closure wrapping a call with arguments
     * (closureSize &gt; 0, returned so that the new goroutine holds it), then a g, unless a dead
     * one can be reused, which joins allgs (append).
     */
    @TruffleBoundary
    public static HeapBlock newproc(long closureSize, boolean closureNoscan) {
        HeapBlock closure = closureSize > 0 ? allocBlock(closureSize, closureNoscan) : null;
        if (gfree > 0) {
            gfree--;
            return closure;
        }
        gs.add(allocBlock(G_SIZE, false));
        mheap.stacks().stackalloc(mcache, STACK_MIN); // a dead g keeps its stack for reuse
        if (allglen == allgcap) {
            long newCap = Malloc.growsliceCap(allgcap, allglen + 1, 8);
            allgsArray = allocBlock(Malloc.growsliceBytes(newCap, 8), false);
            allgcap = newCap;
        }
        allglen++;
        return closure;
    }

    /** The runtime's own roots in the heap: every g and the allgs array. */
    public static void scanRuntimeRoots(minigo.runtime.gc.PointerVisitor v) {
        for (HeapBlock g : gs) v.visit(g);
        if (allgsArray != null) v.visit(allgsArray);
        // The timers' channels and funcs, as the runtime's timer heaps keep them.
        minigo.interp.sched.Sched s = minigo.interp.sched.Sched.current();
        if (s != null) s.scanTimers(v);
    }

    /** A goroutine exited: its g goes to the free list. */
    public static void goexit() {
        gfree++;
    }

    /** runtime.ReadMemStats' source: the heap's statistics (the world is stopped: we hold the lock). */
    @TruffleBoundary
    public static synchronized void readMemStats(MemStats m) {
        if (mheap == null) reset();
        mheap.readMemStats(m);
    }

    /** Go's amd64 size of a value of type t. */
    @TruffleBoundary // recursive over types: partial evaluation must not follow it
    public static long sizeOf(Type t) {
        try {
            return Sizes.AMD64.sizeof(t);
        } catch (RuntimeException e) {
            return 8;
        }
    }

    /** Go's amd64 alignment of a value of type t. */
    @TruffleBoundary // recursive over types: partial evaluation must not follow it
    public static long alignOf(Type t) {
        try {
            return Sizes.AMD64.alignof(t);
        } catch (RuntimeException e) {
            return 8;
        }
    }

    /** Does a value of type t hold pointers (else its allocation is noscan)? */
    @TruffleBoundary // recursive over types: partial evaluation must not follow it
    public static boolean hasPointers(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return b.kind() == BasicKind.STRING || b.kind() == BasicKind.UNSAFE_POINTER
                    || b.kind() == BasicKind.UNTYPED_STRING || b.kind() == BasicKind.UNTYPED_NIL;
        }
        if (u instanceof Struct s) {
            for (int i = 0; i < s.numFields(); i++) {
                if (hasPointers(s.field(i).type())) return true;
            }
            return false;
        }
        if (u instanceof Array a) return a.len() > 0 && hasPointers(a.elem());
        return true; // pointers, slices, maps, chans, funcs, interfaces
    }

    /** Does a value of this layout hold pointers? */
    @TruffleBoundary // recursive over types: partial evaluation must not follow it
    public static boolean hasPointers(minigo.interp.values.Layout l) {
        if (l.type instanceof Type t) return hasPointers(t);
        return switch (l.kind) {
            case BOOL, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128 -> false;
            case ARRAY -> l.length > 0 && hasPointers(l.elem);
            default -> true;
        };
    }

    /** Is t pointer-shaped (stored directly in an interface's data word)? */
    @TruffleBoundary // recursive over types: partial evaluation must not follow it
    public static boolean pointerShaped(Type t) {
        Type u = t.underlying();
        if (u instanceof Pointer || u instanceof MapType || u instanceof Chan || u instanceof Signature) return true;
        if (u instanceof Basic b) return b.kind() == BasicKind.UNSAFE_POINTER;
        if (u instanceof Struct s) return s.numFields() == 1 && pointerShaped(s.field(0).type());
        if (u instanceof Array a) return a.len() == 1 && pointerShaped(a.elem());
        return false;
    }

    /** The convT the compiler picks to put a t into an interface. */
    @TruffleBoundary // recursive over types: partial evaluation must not follow it
    public static ConvT convT(Type t) {
        Type u = t.underlying();
        boolean isString = u instanceof Basic b && (b.kind() == BasicKind.STRING || b.kind() == BasicKind.UNTYPED_STRING);
        return ConvT.of(sizeOf(t), (int) alignOf(t), hasPointers(t), isString, u instanceof Slice, pointerShaped(t));
    }

    static boolean isInterface(Type t) {
        return t.underlying() instanceof Interface;
    }
}
