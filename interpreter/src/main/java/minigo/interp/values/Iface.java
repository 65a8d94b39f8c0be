package minigo.interp.values;

/**
 * A non-nil Go interface value: its dynamic type (the checker's type object) and the value of that
 * type (in the value model: boxed Long/Double/Boolean for primitives). The nil interface is Java
 * null. A struct or array held in an interface is owned by the Iface (interfaces hold copies), and
 * is never modified: a type assertion to a struct type yields a value the receiver must copy
 * before changing it.
 */
public final class Iface {
    /** The dynamic type: a {@code minigo.types.Type} (never an interface type). */
    public final Object type;
    public final Object value;

    public Iface(Object type, Object value) {
        this.type = type;
        this.value = value;
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
        Layout l = DynamicTypes.layout(x.type);
        if (!l.comparable) {
            throw GoPanic.of(ErrorString.uncomparable(DynamicTypes.typeString(x.type)));
        }
        return Equality.equal(l, x.value, y.value);
    }

    /** A hash consistent with {@link #goEquals}; panics for an unhashable dynamic type as Go does. */
    public static int goHash(Object a) {
        if (a == null) {
            return 0;
        }
        Iface x = (Iface) a;
        Layout l = DynamicTypes.layout(x.type);
        if (!l.comparable) {
            throw GoPanic.of(ErrorString.unhashable(DynamicTypes.typeString(x.type)));
        }
        return Equality.hash(l, x.value);
    }

    @Override
    public String toString() {
        return "(" + DynamicTypes.typeString(type) + ") " + value;
    }
}
