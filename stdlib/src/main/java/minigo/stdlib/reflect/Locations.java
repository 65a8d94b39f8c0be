package minigo.stdlib.reflect;

import minigo.interp.values.Box;
import minigo.interp.values.DynamicTypes;
import minigo.interp.values.ElemPointer;
import minigo.interp.values.FieldPointer;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Iface;
import minigo.interp.values.Layout;
import minigo.interp.values.Pointer;
import minigo.types.Array;
import minigo.types.Slice;
import minigo.types.Struct;
import minigo.types.Type;

/**
 * Reading and writing the value a reflect.Value refers to. A location of type T is what a Go
 * {@code *T} holds in minigo's value model: the GoStruct or GoArray itself when T is a struct or
 * array type, otherwise a {@link Pointer} (a Box, a FieldPointer, an ElemPointer).
 */
final class Locations {
    private Locations() {}

    /** The value of type t at loc: boxed for primitives, the object itself for structs and arrays. */
    static Object read(Type t, Object loc) {
        return Kind.of(t).isComposite() ? loc : ((Pointer) loc).load();
    }

    /** Stores v, a value of type t, at loc; structs and arrays are copied into the location. */
    static void write(Type t, Object loc, Object v) {
        switch (Kind.of(t)) {
            case STRUCT -> ((GoStruct) loc).copyFrom((GoStruct) v);
            case ARRAY -> ((GoArray) loc).copyFrom((GoArray) v);
            default -> ((Pointer) loc).store(v);
        }
    }

    /**
     * A new location holding v. A struct or array is not copied: it becomes the location, which
     * is safe because such a Value is not addressable and is never written through.
     */
    static Object fresh(Type t, Object v) {
        if (Kind.of(t).isComposite()) {
            return v;
        }
        Box b = Box.zero(DynamicTypes.layout(t));
        b.store(v);
        return b;
    }

    /** A new location holding the zero value of t. */
    static Object zero(Type t) {
        Layout l = DynamicTypes.layout(t);
        return Kind.of(t).isComposite() ? l.zero() : Box.zero(l);
    }

    /** A reference to element i of the array at loc: a nested struct or array is its own location. */
    static Iface element(Type elem, GoArray a, int i) {
        Object loc = Kind.of(elem).isComposite() ? a.load(i) : new ElemPointer(a, i);
        return Refs.at(elem, loc);
    }

    /** A reference to element i of the array or slice of type t at loc (i in range). */
    static Iface element(Type t, Object loc, int i) {
        if (t.underlying() instanceof Array a) {
            return element(a.elem(), (GoArray) loc, i);
        }
        GoSlice s = (GoSlice) read(t, loc);
        return element(((Slice) t.underlying()).elem(), s.array, s.off + i);
    }

    /** A reference to field i of the struct at loc. */
    static Iface field(Type t, Object loc, int i) {
        Type ft = ((Struct) t.underlying()).field(i).type();
        GoStruct st = (GoStruct) loc;
        return Refs.at(ft, Kind.of(ft).isComposite() ? st.load(i) : new FieldPointer(st, i));
    }

    /**
     * The value at ref made fit for a location of type dst (assignable, checked by the caller): an
     * interface location takes it with its dynamic type.
     */
    static Object convertedFor(Type dst, Object ref) {
        return Kind.of(dst) == Kind.INTERFACE ? asInterface(ref) : read(Refs.type(ref), Refs.location(ref));
    }

    /**
     * The value at ref as an interface value, what Value.Interface returns: with its canonical
     * type, and a struct or array copied, as the interface owns its payload.
     */
    static Object asInterface(Object ref) {
        Type src = Refs.type(ref);
        Object v = read(src, Refs.location(ref));
        if (Kind.of(src) == Kind.INTERFACE) {
            return v;
        }
        return new Iface(DynamicTypes.canonical(src), DynamicTypes.layout(src).copyValue(v));
    }
}
