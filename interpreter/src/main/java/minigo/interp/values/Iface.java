package minigo.interp.values;

import minigo.types.Type;

/**
 * A non-nil Go interface value: its dynamic type (the checker's type; never an interface type) and
 * the value of that type (in the value model: boxed Long/Double/Boolean for primitives). The nil
 * interface is Java null. A struct or array held in an interface is owned by the Iface (interfaces
 * hold copies) and never modified: a type assertion to a struct type yields a value the receiver
 * must copy before changing it. Compare dynamic types with {@code Types.identical}, never equals.
 */
public final class Iface {
    public final Type type;
    public final Object value;
    /**
     * Simulated heap address of the boxed copy of {@link #value} when the conversion to an interface
     * allocated one (convT), 0 when the value is stored directly or came from static data.
     */
    public long addr;
    /** The layout of {@link #type}, looked up on first comparison or hash. */
    private Layout layout;

    public Iface(Type type, Object value) {
        this.type = type;
        this.value = value;
    }

    /** The layout of the dynamic type (kind, comparability), cached. */
    public Layout layout() {
        Layout l = layout;
        if (l == null) {
            l = DynamicTypes.layout(type);
            layout = l;
        }
        return l;
    }

    /** Go's == on two interface values (either may be nil): same dynamic type and equal values. */
    public static boolean goEquals(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        Iface x = (Iface) a;
        Iface y = (Iface) b;
        if (!DynamicTypes.identical(x.type, y.type)) {
            return false;
        }
        Layout l = x.layout();
        if (!l.comparable) {
            throw GoPanic.of(ErrorString.uncomparable(DynamicTypes.typeString(x.type)));
        }
        return equalValues(l, x.value, y.value);
    }

    /**
     * The dynamic values compared by their layout. A boundary, because Go's == recurses through
     * interfaces (an interface holding a struct holding an interface...), which partial evaluation
     * would follow without end: the dynamic layout is not a constant there.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static boolean equalValues(Layout l, Object a, Object b) {
        return Equality.equal(l, a, b);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static int hashValue(Layout l, Object v) {
        return Equality.hash(l, v);
    }

    /** A hash consistent with {@link #goEquals}; panics for an unhashable dynamic type as Go does. */
    public static int goHash(Object a) {
        if (a == null) {
            return 0;
        }
        Iface x = (Iface) a;
        Layout l = x.layout();
        if (!l.comparable) {
            throw GoPanic.of(ErrorString.unhashable(DynamicTypes.typeString(x.type)));
        }
        return hashValue(l, x.value);
    }

    @Override
    public String toString() {
        return "(" + DynamicTypes.typeString(type) + ") " + value;
    }
}
