package minigo.stdlib.reflect;

import java.util.List;
import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.interp.values.Arith;
import minigo.interp.values.DynamicTypes;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoComplex;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.Iface;
import minigo.interp.values.Layout;
import minigo.interp.values.ValueKind;
import minigo.stdlib.Args;
import minigo.types.Array;
import minigo.types.Chan;
import minigo.types.MapType;
import minigo.types.Signature;
import minigo.types.Struct;
import minigo.types.Type;
import minigo.types.TypeString;
import minigo.types.Types;

/**
 * reflect's natives, registered under the names type.go, value.go and deepequal.go declare. A
 * type native takes a key or a reference (only its dynamic type counts, see {@link Refs}); a value
 * native takes a reference. Each is total on what the Go side lets through.
 */
public final class ReflectNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        registerTypes(r);
        registerValues(r);
        registerCalls(r);
        registerMakes(r);
        r.register("reflect.DeepEqual", a -> DeepEqual.equal(a[0], a[1]));
    }

    private static Type type(Object ref) {
        return Refs.type(ref);
    }

    private static void registerTypes(NativeRegistry r) {
        r.register("reflect.keyOf", a -> Refs.key((Type) ((Iface) a[0]).type));
        r.register("reflect.pointerKey", a -> Refs.key(Refs.pointerTo(type(a[0]))));
        r.register("reflect.typeString", a -> GoString.fromJava(TypeString.of(type(a[0]))));
        r.register("reflect.typeName", a -> GoString.fromJava(TypeInfo.name(type(a[0]))));
        r.register("reflect.typePkgPath", a -> GoString.fromJava(TypeInfo.pkgPath(type(a[0]))));
        r.register("reflect.typeKind", a -> (long) Kind.of(type(a[0])).ordinal());
        r.register("reflect.typeSize", a -> minigo.types.Sizes.AMD64.sizeof(type(a[0])));
        r.register("reflect.typeAlign", a -> minigo.types.Sizes.AMD64.alignof(type(a[0])));
        r.register("reflect.typeComparable", a -> Types.comparable(type(a[0])));
        r.register("reflect.typeAssignable", a -> Types.assignableTo(type(a[0]), type(a[1])));
        r.register("reflect.typeConvertible", a -> Types.convertibleTo(type(a[0]), type(a[1])));
        r.register("reflect.typeChanDir", a -> switch (((Chan) type(a[0]).underlying()).dir()) {
            case RECV -> 1L;
            case SEND -> 2L;
            case SEND_RECV -> 3L;
        });
        r.register("reflect.typeElem", a -> Refs.key(switch (type(a[0]).underlying()) {
            case Array t -> t.elem();
            case Chan t -> t.elem();
            case MapType t -> t.elem();
            case minigo.types.Pointer t -> t.elem();
            case minigo.types.Slice t -> t.elem();
            default -> throw new IllegalStateException("Elem of " + type(a[0]));
        }));
        r.register("reflect.typeMapKey", a -> Refs.key(((MapType) type(a[0]).underlying()).key()));
        r.register("reflect.typeLen", a -> ((Array) type(a[0]).underlying()).len());
        r.register("reflect.typeVariadic", a -> signature(a[0]).variadic());
        r.register("reflect.typeNumIn", a -> (long) signature(a[0]).params().size());
        r.register("reflect.typeNumOut", a -> (long) signature(a[0]).results().size());
        r.register("reflect.typeIn", a -> Refs.key(TypeInfo.tupleAt(signature(a[0]).params(), (Long) a[1])));
        r.register("reflect.typeOut", a -> Refs.key(TypeInfo.tupleAt(signature(a[0]).results(), (Long) a[1])));
        r.register("reflect.typeNumField", a -> (long) ((Struct) type(a[0]).underlying()).numFields());
        r.register("reflect.typeField", a -> {
            TypeInfo.Field f = TypeInfo.field(type(a[0]), Args.int32(a[1]));
            return new Object[] {GoString.fromJava(f.name()), GoString.fromJava(f.pkgPath()), Refs.key(f.type()),
                GoString.fromJava(f.tag()), f.offset(), f.embedded()};
        });
        r.register("reflect.typeFieldIndex", a -> {
            List<Integer> index = TypeInfo.fieldIndex(type(a[0]), ((GoString) a[1]).toJava());
            if (index == null) {
                return null;
            }
            long[] path = index.stream().mapToLong(Integer::longValue).toArray();
            return GoSlice.of(GoArray.ofLongs(Layout.of(ValueKind.INT64), path));
        });
        r.register("reflect.typeNumMethod", a -> (long) TypeInfo.methods(type(a[0])).size());
        r.register("reflect.typeMethod", a -> {
            TypeInfo.Method m = TypeInfo.methods(type(a[0])).get(Args.int32(a[1]));
            return new Object[] {GoString.fromJava(m.name()), GoString.fromJava(m.pkgPath()), Refs.key(m.type())};
        });
    }

    private static void registerCalls(NativeRegistry r) {
        r.register("reflect.callFunc", a -> Calls.call(a[0], (GoSlice) a[1], (Boolean) a[2]));
        r.register("reflect.boundMethod", a -> Calls.method(a[0], Args.int32(a[1])));
        r.register("reflect.methodFunc", a -> Calls.methodFunc(a[0], Args.int32(a[1])));
    }

    private static void registerMakes(NativeRegistry r) {
        r.register("reflect.makeSlice", a -> Makes.makeSlice(a[0], (Long) a[1], (Long) a[2]));
        r.register("reflect.makeMap", a -> Makes.makeMap(a[0], (Long) a[1]));
        r.register("reflect.growSlice", a -> Makes.grow(a[0], Args.int32(a[1])));
        r.register("reflect.sliceOf", a -> Makes.slice(a[0], Args.int32(a[1]), Args.int32(a[2]), Args.int32(a[3])));
        r.register("reflect.copyElems", a -> Makes.copy(a[0], a[1]));
        r.register("reflect.loadBytes", a -> read(a[0]));
        r.register("reflect.storeBytes", a -> {
            write(a[0], a[1]);
            return null;
        });
        r.register("reflect.address", a -> minigo.stdlib.fmt.Addresses.of(read(a[0]), type(a[0]).underlying()));
    }

    private static Signature signature(Object ref) {
        return (Signature) type(ref).underlying();
    }

    /** The value a reference points to. */
    private static Object read(Object ref) {
        return Locations.read(type(ref), Refs.location(ref));
    }

    private static void write(Object ref, Object v) {
        Locations.write(type(ref), Refs.location(ref), v);
    }

    private static void registerValues(NativeRegistry r) {
        r.register("reflect.locate", a -> {
            Iface x = (Iface) a[0];
            Type t = (Type) x.type;
            return Refs.at(t, Locations.fresh(t, x.value));
        });
        r.register("reflect.keyOfElem", a -> Refs.key(type(a[0])));
        r.register("reflect.newZero", a -> Refs.at(type(a[0]), Locations.zero(type(a[0]))));
        r.register("reflect.load", a -> Locations.asInterface(a[0]));
        r.register("reflect.assign", a -> {
            write(a[0], Locations.convertedFor(type(a[0]), a[1]));
            return null;
        });
        r.register("reflect.loadBool", a -> read(a[0]));
        r.register("reflect.loadInt", a -> read(a[0]));
        r.register("reflect.loadFloat", a -> read(a[0]));
        r.register("reflect.loadComplex", a -> read(a[0]));
        r.register("reflect.loadString", a -> read(a[0]));
        r.register("reflect.storeBool", a -> {
            write(a[0], a[1]);
            return null;
        });
        r.register("reflect.storeInt", a -> {
            // Truncated to the variable's width, as the conversion in Go's SetInt does.
            write(a[0], Arith.normalize(DynamicTypes.layout(type(a[0])).kind, (Long) a[1]));
            return null;
        });
        r.register("reflect.storeFloat", a -> {
            double d = (Double) a[1];
            write(a[0], Kind.of(type(a[0])) == Kind.FLOAT32 ? Arith.toFloat32(d) : d);
            return null;
        });
        r.register("reflect.storeComplex", a -> {
            GoComplex c = (GoComplex) a[1];
            boolean small = Kind.of(type(a[0])) == Kind.COMPLEX64;
            write(a[0], small ? new GoComplex(Arith.toFloat32(c.re), Arith.toFloat32(c.im)) : c);
            return null;
        });
        r.register("reflect.storeString", a -> {
            write(a[0], a[1]);
            return null;
        });
        r.register("reflect.length", a -> ValueOps.length(a[0]));
        r.register("reflect.capacity", a -> ValueOps.capacity(a[0]));
        r.register("reflect.isNil", a -> ValueOps.isNil(a[0]));
        r.register("reflect.isZero", a -> ValueOps.isZero(a[0]));
        r.register("reflect.deref", a -> Refs.at(((minigo.types.Pointer) type(a[0]).underlying()).elem(), read(a[0])));
        r.register("reflect.elemAt", a -> Locations.element(type(a[0]), Refs.location(a[0]), Args.int32(a[1])));
        r.register("reflect.fieldAt", a -> Locations.field(type(a[0]), Refs.location(a[0]), Args.int32(a[1])));
        r.register("reflect.mapKeys", a -> ValueOps.keys(a[0]));
        r.register("reflect.mapIndex", a -> ValueOps.index(a[0], a[1]));
        r.register("reflect.mapStore", a -> {
            ValueOps.store(a[0], a[1], a[2]);
            return null;
        });
        r.register("reflect.mapDelete", a -> {
            ValueOps.delete(a[0], a[1]);
            return null;
        });
    }
}
