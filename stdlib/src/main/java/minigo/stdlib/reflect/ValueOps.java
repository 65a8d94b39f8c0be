package minigo.stdlib.reflect;

import minigo.interp.sched.GoChan;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoComplex;
import minigo.interp.values.GoMap;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Iface;
import minigo.interp.values.Layout;
import minigo.interp.values.ValueKind;
import minigo.types.Array;
import minigo.types.MapType;
import minigo.types.Struct;
import minigo.types.Type;

/**
 * The questions Value asks of the value a reference points to, beyond plain loads and stores:
 * lengths, nil and zero tests, and map access. The Go side has checked the kind before calling.
 */
final class ValueOps {
    private ValueOps() {}

    private static final Layout ANY = Layout.of(ValueKind.INTERFACE);

    static long length(Object ref) {
        Type t = Refs.type(ref);
        Object v = Locations.read(t, Refs.location(ref));
        return switch (Kind.of(t)) {
            case CHAN -> GoChan.len((GoChan) v);
            case MAP -> GoMap.len((GoMap) v);
            case SLICE -> GoSlice.len((GoSlice) v);
            case STRING -> ((GoString) v).length();
            default -> throw new IllegalStateException("Len of " + t);
        };
    }

    static long capacity(Object ref) {
        Type t = Refs.type(ref);
        Object v = Locations.read(t, Refs.location(ref));
        return switch (Kind.of(t)) {
            case CHAN -> GoChan.cap((GoChan) v);
            case SLICE -> GoSlice.cap((GoSlice) v);
            default -> throw new IllegalStateException("Cap of " + t);
        };
    }

    /** For the kinds that have nil, which is Java null for every one of them. */
    static boolean isNil(Object ref) {
        return Locations.read(Refs.type(ref), Refs.location(ref)) == null;
    }

    static boolean isZero(Object ref) {
        Type t = Refs.type(ref);
        return isZero(t, Locations.read(t, Refs.location(ref)));
    }

    /** Value.IsZero: floats and complex numbers are zero only as +0 (their bits are all zero). */
    private static boolean isZero(Type t, Object v) {
        return switch (Kind.of(t)) {
            case BOOL -> !(Boolean) v;
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> (Long) v == 0;
            case FLOAT32, FLOAT64 -> Double.doubleToRawLongBits((Double) v) == 0;
            case COMPLEX64, COMPLEX128 -> {
                GoComplex c = (GoComplex) v;
                yield Double.doubleToRawLongBits(c.re) == 0 && Double.doubleToRawLongBits(c.im) == 0;
            }
            case STRING -> ((GoString) v).length() == 0;
            case ARRAY -> {
                GoArray a = (GoArray) v;
                Type elem = ((Array) t.underlying()).elem();
                for (int i = 0; i < a.length; i++) {
                    if (!isZero(elem, a.load(i))) {
                        yield false;
                    }
                }
                yield true;
            }
            case STRUCT -> {
                GoStruct s = (GoStruct) v;
                Struct st = (Struct) t.underlying();
                for (int i = 0; i < st.numFields(); i++) {
                    if (!isZero(st.field(i).type(), s.load(i))) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> v == null;
        };
    }

    /** The map at ref (null for a nil map). */
    private static GoMap map(Object ref) {
        return (GoMap) Locations.read(Refs.type(ref), Refs.location(ref));
    }

    private static MapType mapType(Object ref) {
        return (MapType) Refs.type(ref).underlying();
    }

    /** References to copies of the map's keys, in the order a range over it would take (a []any). */
    static GoSlice keys(Object ref) {
        Type kt = mapType(ref).key();
        GoMap m = map(ref);
        Object[] keys = new Object[GoMap.len(m)];
        GoMap.Iterator it = GoMap.iterate(m);
        for (int i = 0; it.next(); i++) {
            keys[i] = Refs.at(kt, Locations.fresh(kt, it.key()));
        }
        return GoSlice.of(GoArray.ofRefs(ANY, keys));
    }

    /** A reference to a copy of the element stored under the key at keyRef, or null when there is none. */
    static Iface index(Object ref, Object keyRef) {
        MapType mt = mapType(ref);
        GoMap m = map(ref);
        Object key = Locations.convertedFor(mt.key(), keyRef);
        Object v = m == null ? GoMap.ABSENT : m.lookup(key);
        return v == GoMap.ABSENT ? null : Refs.at(mt.elem(), Locations.fresh(mt.elem(), v));
    }

    /** m[key] = elem; a nil map panics as Go's does. */
    static void store(Object ref, Object keyRef, Object elemRef) {
        MapType mt = mapType(ref);
        GoMap.put(map(ref), Locations.convertedFor(mt.key(), keyRef), Locations.convertedFor(mt.elem(), elemRef));
    }

    /** delete(m, key). */
    static void delete(Object ref, Object keyRef) {
        GoMap m = map(ref);
        Object key = Locations.convertedFor(mapType(ref).key(), keyRef);
        if (m != null) {
            m.delete(key);
        }
    }
}
