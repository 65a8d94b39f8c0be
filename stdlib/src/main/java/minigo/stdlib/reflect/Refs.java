package minigo.stdlib.reflect;

import java.util.concurrent.ConcurrentHashMap;
import minigo.interp.values.DynamicTypes;
import minigo.interp.values.Iface;
import minigo.types.Pointer;
import minigo.types.Type;

/**
 * The interface values through which reflect's Go code hands types and values to the natives: a
 * {@code *T} whose dynamic type names T. A type's key is a nil {@code *T}; a Value's reference is
 * a non-nil {@code *T} to the location of the value (see package-info for what a location is).
 * The pointer type is always the canonical unnamed {@code *T} (the interpreter's type assertions
 * and method caches compare dynamic types with ==), looked up once per T.
 */
final class Refs {
    private Refs() {}

    private static final ConcurrentHashMap<Type, Type> POINTERS = new ConcurrentHashMap<>();

    /** The canonical type *t. */
    static Type pointerTo(Type t) {
        return POINTERS.computeIfAbsent(t, elem -> DynamicTypes.canonical(new Pointer(elem)));
    }

    /** The key of type t. */
    static Iface key(Type t) {
        return new Iface(pointerTo(t), null);
    }

    /** A reference to a location holding a value of type t. */
    static Iface at(Type t, Object location) {
        return new Iface(pointerTo(t), location);
    }

    /** The type a key or reference names. */
    static Type type(Object ref) {
        return ((Pointer) ((Type) ((Iface) ref).type).underlying()).elem();
    }

    /** The location a reference points to. */
    static Object location(Object ref) {
        return ((Iface) ref).value;
    }
}
