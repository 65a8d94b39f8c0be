package minigo.interp.gc;

import minigo.interp.Deferred;
import minigo.interp.sched.GoChan;
import minigo.interp.values.Box;
import minigo.interp.values.ElemPointer;
import minigo.interp.values.FieldPointer;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoFunc;
import minigo.interp.values.GoMap;
import minigo.interp.values.GoPanic;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Iface;
import minigo.interp.values.Pointer;
import minigo.runtime.gc.ObjectScanner;
import minigo.runtime.gc.PointerVisitor;

/**
 * The collector's knowledge of the interpreter's values (Go's heap bitmaps, turned inside out):
 * which Java objects are heap objects ({@link #addressOf}), and which references each value holds
 * ({@link #scan}). Values that are not heap objects (a slice header, a stack struct, an interface
 * that boxed nothing) are scanned through by the collector, so every reference they lead to is
 * found.
 */
public final class ValueScanner implements ObjectScanner {
    public static final ValueScanner INSTANCE = new ValueScanner();

    private ValueScanner() {}

    @Override
    public long addressOf(Object o) {
        return switch (o) {
            case GoStruct s -> s.addr;
            case GoArray a -> a.addr;
            case Pointer p -> p.address(); // Box, or an interior pointer to a field or an element
            case GoString s -> s.addr;
            case GoMap m -> m.addr;
            case GoFunc f -> f.addr;
            case GoChan c -> c.addr;
            case Iface i -> i.addr;
            case HeapBlock b -> b.addr;
            default -> 0;
        };
    }

    @Override
    public long scan(Object o, PointerVisitor v) {
        switch (o) {
            case GoStruct s -> {
                s.scanRefs(v);
                return s.layout.ptrdata();
            }
            case GoArray a -> {
                Object[] refs = a.refs;
                if (refs == null) return 0;
                for (Object r : refs) {
                    if (r != null) v.visit(r);
                }
                long ep = a.elem.ptrdata();
                return a.length == 0 || ep == 0 ? 0 : (a.length - 1) * a.elem.size + ep;
            }
            case GoSlice s -> {
                v.visit(s.array);
                return 0;
            }
            case Box.RefBox b -> {
                if (b.value != null) v.visit(b.value);
                return 8;
            }
            case FieldPointer p -> {
                v.visit(p.struct);
                return 0;
            }
            case ElemPointer p -> {
                v.visit(p.array);
                return 0;
            }
            case Iface i -> {
                Object x = i.value;
                if (x == null || x instanceof Long || x instanceof Double || x instanceof Boolean) return 0;
                v.visit(x);
                return i.addr != 0 ? i.layout().ptrdata() : 0;
            }
            case GoMap m -> {
                m.scanRefs(v);
                return 48; // hmap: count, flags, B, noverflow, hash0, then buckets, oldbuckets, nevacuate, extra
            }
            case GoFunc f -> {
                for (Object c : f.captures) {
                    if (c != null) v.visit(c);
                }
                if (f.receiver != null) v.visit(f.receiver);
                return 8L * (1 + f.captures.length + (f.hasReceiver ? 1 : 0));
            }
            case GoChan c -> {
                c.scanRefs(v);
                return 96;
            }
            case Object[] tuple -> {
                for (Object x : tuple) {
                    if (x != null) v.visit(x);
                }
                return 0;
            }
            case Deferred d -> {
                d.scanRefs(v);
                return 0;
            }
            case GoPanic p -> {
                if (p.value != null) v.visit(p.value);
                return 0;
            }
            case HeapBlock b -> {
                return b.ptrdata;
            }
            default -> {
                return 0;
            }
        }
    }
}
