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
import minigo.interp.values.Layout;
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
            case GoStruct s -> s.freedIn == 0 ? s.addr : freed(s.addr, s.typeName(), s.freedIn);
            case GoArray a -> a.freedIn == 0 ? a.addr : freed(a.addr, a.typeName(), a.freedIn);
            case Box b -> b.freedIn == 0 ? b.addr : freed(b.addr, b.typeName(), b.freedIn);
            case Pointer p -> p.address(); // an interior pointer to a field or an element
            case GoString s -> s.addr;
            case GoMap m -> m.freedIn == 0 ? m.addr : freed(m.addr, m.typeName(), m.freedIn);
            case GoFunc f -> f.addr;
            case GoChan c -> c.addr;
            case Iface i -> i.addr;
            case HeapBlock b -> b.addr;
            default -> 0;
        };
    }

    /**
     * A struct's references; its nested structs and arrays are part of the same object (they have
     * interior addresses, which would only lead back to this object), so they are scanned here.
     */
    private static void scanStruct(GoStruct s, PointerVisitor v) {
        Layout l = s.layout;
        if (l.ptrdata() == 0) return;
        for (int f = 0; f < l.fieldCount(); f++) {
            Layout fl = l.field(f);
            if (fl.ptrdata() == 0) continue;
            Object r = s.getObject(f);
            if (r == null) continue;
            if (fl.isComposite()) scanInline(r, v);
            else v.visit(r);
        }
    }

    private static void scanArray(GoArray a, PointerVisitor v) {
        Object[] refs = a.refs;
        if (refs == null || a.elem.ptrdata() == 0) return;
        boolean inline = a.elem.isComposite();
        for (Object r : refs) {
            if (r == null) continue;
            if (inline) scanInline(r, v);
            else v.visit(r);
        }
    }

    private static void scanInline(Object nested, PointerVisitor v) {
        if (nested instanceof GoStruct ns) scanStruct(ns, v);
        else if (nested instanceof GoArray na) scanArray(na, v);
    }

    /**
     * GODEBUG=clobberfree=1: the sweeper poisoned this object when it freed it, and a mark has
     * found a reference to it again: the collector freed something the program could still reach
     * (Go: "found pointer to free object"). Checked here, where every reference passes during a
     * mark, so the program's own loads and stores pay nothing.
     */
    private static long freed(long addr, String type, int cycle) {
        throw new minigo.runtime.gc.GcFatalError(minigo.runtime.gc.Poisonable.useAfterFree(addr, type, cycle));
    }

    @Override
    public long scan(Object o, PointerVisitor v) {
        switch (o) {
            case GoStruct s -> {
                scanStruct(s, v);
                return s.layout.ptrdata();
            }
            case GoArray a -> {
                scanArray(a, v);
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
