package minigo.stdlib.reflect;

import minigo.interp.Heap;
import minigo.interp.values.DynamicTypes;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoMap;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.Iface;
import minigo.interp.values.Layout;
import minigo.types.Array;
import minigo.types.MapType;
import minigo.types.Slice;
import minigo.types.Type;

/**
 * The values reflect makes that Go allocates on the heap (MakeSlice, MakeMap, MakeChan, Append's
 * growth, a variadic call's argument slice): allocated through {@link Heap} like the interpreter's
 * own make, so MemStats counts them as Go's would.
 */
final class Makes {
    private Makes() {}

    /** MakeSlice: a reference to a new slice of type t. */
    static Iface makeSlice(Object key, long len, long cap) {
        Type t = Refs.type(key);
        return Refs.at(t, Locations.fresh(t, slice(t, len, cap)));
    }

    /** MakeMapWithSize: a reference to a new map of type t, its buckets sized for hint entries. */
    static Iface makeMap(Object key, long hint) {
        Type t = Refs.type(key);
        MapType mt = (MapType) t.underlying();
        Layout kl = DynamicTypes.layout(mt.key());
        Layout vl = DynamicTypes.layout(mt.elem());
        GoMap m = Heap.makemap(new GoMap(kl, vl, hint), kl, vl, hint, true);
        return Refs.at(t, Locations.fresh(t, m));
    }

    /**
     * Append's first step: a reference to a new location holding the slice at ref lengthened by n
     * zero elements, in a new array (grown as append grows) when its capacity is too small.
     */
    static Iface grow(Object ref, int n) {
        Type t = Refs.type(ref);
        Type elem = ((Slice) t.underlying()).elem();
        GoSlice s = (GoSlice) Locations.read(t, Refs.location(ref));
        if (n == 0) {
            // appending nothing leaves the slice as it is (nil stays nil)
            return Refs.at(t, Locations.fresh(t, s));
        }
        GoSlice r = GoSlice.grow(DynamicTypes.layout(elem), s, n);
        if (s != null && r.array == s.array) {
            // the new elements were past the old length: Go's append overwrites them with x, but
            // they must read as zero until then
            Layout l = DynamicTypes.layout(elem);
            for (int i = s.len; i < r.len; i++) {
                r.array.store(r.off + i, l.zero());
            }
        }
        return Refs.at(t, Locations.fresh(t, r));
    }

    /**
     * Value.Slice and Slice3: a reference to x[i:j:k] of the slice, addressable array or string x
     * at ref (indices checked by the caller; k is ignored for a string). Slicing an array gives a
     * []Elem sharing it; a slice or string keeps its type.
     */
    static Iface slice(Object ref, int i, int j, int k) {
        Type t = Refs.type(ref);
        Object x = Locations.read(t, Refs.location(ref));
        return switch (t.underlying()) {
            case Array a -> {
                Type st = DynamicTypes.canonical(new Slice(a.elem()));
                yield Refs.at(st, Locations.fresh(st, GoSlice.sliceArray3((GoArray) x, i, j, k)));
            }
            case Slice s -> Refs.at(t, Locations.fresh(t, GoSlice.slice3((GoSlice) x, i, j, k)));
            default -> Refs.at(t, Locations.fresh(t, ((GoString) x).substring(i, j)));
        };
    }

    /** Copy: copy(dst, src) where dst is a slice or array and src a slice, array or string. */
    static long copy(Object dstRef, Object srcRef) {
        GoSlice dst = asSlice(dstRef);
        Object src = Locations.read(Refs.type(srcRef), Refs.location(srcRef));
        if (src instanceof GoString str) {
            return GoSlice.copyString(dst, str);
        }
        return GoSlice.copy(dst, asSlice(srcRef));
    }

    /** The slice at ref, or a slice of the whole array at ref. */
    private static GoSlice asSlice(Object ref) {
        Object v = Locations.read(Refs.type(ref), Refs.location(ref));
        return v instanceof GoArray a ? GoSlice.of(a) : (GoSlice) v;
    }

    /** make(sliceType, len, cap), on the heap; the caller has checked len and cap. */
    static GoSlice slice(Type sliceType, long len, long cap) {
        Type elem = ((Slice) sliceType.underlying()).elem();
        GoSlice s = GoSlice.make(DynamicTypes.layout(elem), len, cap);
        Heap.alloc(s.array, Heap.sizeOf(elem) * s.cap, !Heap.hasPointers(elem));
        return s;
    }
}
