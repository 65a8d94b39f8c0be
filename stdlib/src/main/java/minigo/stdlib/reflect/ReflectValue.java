package minigo.stdlib.reflect;

import minigo.interp.values.GoStruct;
import minigo.types.Named;
import minigo.types.Type;

/**
 * What a reflect.Value holds, for fmt, which prints a Value as the value inside it (Go's printArg
 * looks through reflect.Value). Reads the Value struct of value.go: field 0 is the reference, field 1
 * the flags.
 */
public final class ReflectValue {
    private ReflectValue() {}

    /** value.go's flagStickyRO | flagEmbedRO: reached through an unexported field. */
    private static final long FLAG_RO = 1 << 6 | 1 << 7;

    /**
     * A valid Value's contents: its type, the value in the value model, and whether Interface may
     * be called (fmt calls no methods on values reached through unexported fields); ref is the
     * Value's reference.
     */
    public record Contents(Type type, Object value, boolean canInterface, Object ref) {
        /** The value as Interface would return it (an Iface, or null for a nil interface). */
        public Object asInterface() {
            return Locations.asInterface(ref);
        }
    }

    /** Whether t is reflect.Value. */
    public static boolean isValue(Type t) {
        return t instanceof Named n && n.obj().name().equals("Value") && n.obj().pkg() != null
                && n.obj().pkg().path().equals("reflect");
    }

    /** The contents of a reflect.Value, or null for the zero Value. */
    public static Contents contents(Object value) {
        Object ref = ((GoStruct) value).load(0);
        if (ref == null) {
            return null;
        }
        long flag = (Long) ((GoStruct) value).load(1);
        Type t = Refs.type(ref);
        return new Contents(t, Locations.read(t, Refs.location(ref)), (flag & FLAG_RO) == 0, ref);
    }
}
