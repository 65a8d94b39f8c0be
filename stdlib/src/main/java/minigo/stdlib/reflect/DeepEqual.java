package minigo.stdlib.reflect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minigo.interp.values.DynamicTypes;
import minigo.interp.values.Equality;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoComplex;
import minigo.interp.values.GoMap;
import minigo.interp.values.GoSlice;
import minigo.interp.values.Iface;
import minigo.types.Array;
import minigo.types.MapType;
import minigo.types.Pointer;
import minigo.types.Slice;
import minigo.types.Struct;
import minigo.types.Type;

/**
 * reflect.DeepEqual over minigo's values, walking both by their (identical) type as Go's
 * deepValueEqual walks two reflect.Values.
 *
 * <p>Cycles: before comparing what two non-nil pointers, maps or slices lead to, the pair is
 * recorded with its type; meeting the pair again answers true, as Go does, so that cyclic values
 * compare in finite time. Go also records interfaces (by the address of the interface word); here a
 * cycle through an interface always passes through a pointer, map or slice, which is recorded, so
 * the answers agree. Pairs are recorded in either order, as Go's visit keys are ordered by address.
 * A slice is identified by its first element's location (array and offset), which is what Go's
 * pointer identity of the slice's data amounts to.
 */
final class DeepEqual {
    /** Identity of what a recorded value points to: the object and, for slices, the offset in it. */
    private record Target(Object object, int offset) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Target t && offset == t.offset && Equality.samePointer(object, t.object);
        }

        @Override
        public int hashCode() {
            return Equality.hashPointer(object) * 31 + offset;
        }
    }

    private record Visit(Target a, Target b) {}

    /** Per visited pair, the types it was met with (the same pair may be met as different types). */
    private final Map<Visit, List<Type>> visited = new HashMap<>();

    private DeepEqual() {}

    /** DeepEqual(x, y) for two interface values (Iface or null). */
    static boolean equal(Object x, Object y) {
        if (x == null || y == null) {
            return x == y;
        }
        Iface a = (Iface) x;
        Iface b = (Iface) y;
        if (!DynamicTypes.identical(a.type, b.type)) {
            return false;
        }
        return new DeepEqual().values(a.type, a.value, b.value);
    }

    /** Whether the pair was met before as type t; records it if not. */
    private boolean seen(Target a, Target b, Type t) {
        List<Type> types = visited.get(new Visit(a, b));
        if (types == null) {
            types = visited.get(new Visit(b, a));
        }
        if (types == null) {
            types = new ArrayList<>();
            visited.put(new Visit(a, b), types);
        }
        for (Type seen : types) {
            if (DynamicTypes.identical(seen, t)) {
                return true;
            }
        }
        types.add(t);
        return false;
    }

    private boolean values(Type t, Object a, Object b) {
        return switch (Kind.of(t)) {
            case BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, STRING ->
                    a.equals(b);
            // == on doubles: NaN is unequal to itself, +0 equals -0.
            case FLOAT32, FLOAT64 -> (double) (Double) a == (double) (Double) b;
            case COMPLEX64, COMPLEX128 -> {
                GoComplex x = (GoComplex) a;
                GoComplex y = (GoComplex) b;
                yield x.re == y.re && x.im == y.im;
            }
            case CHAN, UNSAFE_POINTER -> a == b;
            // Funcs are never deeply equal, except two nil funcs.
            case FUNC -> a == null && b == null;
            case ARRAY -> elements(((Array) t.underlying()).elem(), (GoArray) a, 0, (GoArray) b, 0,
                    ((GoArray) a).length);
            case STRUCT -> {
                Struct st = (Struct) t.underlying();
                minigo.interp.values.GoStruct x = (minigo.interp.values.GoStruct) a;
                minigo.interp.values.GoStruct y = (minigo.interp.values.GoStruct) b;
                for (int i = 0; i < st.numFields(); i++) {
                    if (!values(st.field(i).type(), x.load(i), y.load(i))) {
                        yield false;
                    }
                }
                yield true;
            }
            case INTERFACE -> {
                if (a == null || b == null) {
                    yield a == b;
                }
                Iface x = (Iface) a;
                Iface y = (Iface) b;
                yield DynamicTypes.identical(x.type, y.type) && values(x.type, x.value, y.value);
            }
            case POINTER -> pointers(t, a, b);
            case SLICE -> slices(t, (GoSlice) a, (GoSlice) b);
            case MAP -> maps(t, (GoMap) a, (GoMap) b);
            case INVALID -> throw new IllegalStateException("DeepEqual of " + t);
        };
    }

    private boolean elements(Type elem, GoArray a, int offA, GoArray b, int offB, int n) {
        for (int i = 0; i < n; i++) {
            if (!values(elem, a.load(offA + i), b.load(offB + i))) {
                return false;
            }
        }
        return true;
    }

    private boolean pointers(Type t, Object a, Object b) {
        if (Equality.samePointer(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (seen(new Target(a, 0), new Target(b, 0), t)) {
            return true;
        }
        Type elem = ((Pointer) t.underlying()).elem();
        return values(elem, Locations.read(elem, a), Locations.read(elem, b));
    }

    private boolean slices(Type t, GoSlice a, GoSlice b) {
        if ((a == null) != (b == null)) {
            return false;
        }
        if (a == null) {
            return true;
        }
        if (a.len != b.len) {
            return false;
        }
        // The same elements (same first element and length) are equal, even holding NaNs.
        if (a.array == b.array && a.off == b.off) {
            return true;
        }
        if (seen(new Target(a.array, a.off), new Target(b.array, b.off), t)) {
            return true;
        }
        return elements(((Slice) t.underlying()).elem(), a.array, a.off, b.array, b.off, a.len);
    }

    private boolean maps(Type t, GoMap a, GoMap b) {
        if ((a == null) != (b == null)) {
            return false;
        }
        if (a == null) {
            return true;
        }
        if (a.len() != b.len()) {
            return false;
        }
        if (a == b) {
            return true;
        }
        if (seen(new Target(a, 0), new Target(b, 0), t)) {
            return true;
        }
        Type elem = ((MapType) t.underlying()).elem();
        GoMap.Iterator it = a.iterator();
        while (it.next()) {
            Object other = b.lookup(it.key());
            if (other == GoMap.ABSENT || !values(elem, it.value(), other)) {
                return false;
            }
        }
        return true;
    }
}
