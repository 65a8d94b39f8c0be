package minigo.stdlib.fmt;

import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.GoStruct;
import minigo.interp.values.Iface;
import minigo.interp.values.Layout;
import minigo.interp.values.ValueKind;
import minigo.types.Array;
import minigo.types.Basic;
import minigo.types.Func;
import minigo.types.MapType;
import minigo.types.Named;
import minigo.types.Package;
import minigo.types.Signature;
import minigo.types.Struct;
import minigo.types.Tuple;
import minigo.types.Type;
import minigo.types.TypeName;
import minigo.types.Universe;
import minigo.types.Var;

/** Builds checker types and value-model values by hand, for testing fmt without the front end. */
final class GoTypes {
    static final Package MAIN = new Package("main", "main", Universe.SCOPE);
    static final Ast.Pos P = Ast.Pos.NONE;

    static Named named(String name, Type underlying) {
        return new Named(new TypeName(name, P, null, MAIN), underlying);
    }

    /** fields: name, type, name, type, ... ("" names an embedded field by its type). */
    static Struct struct(Object... nameTypes) {
        List<Var> fields = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < nameTypes.length; i += 2) {
            fields.add(Var.field((String) nameTypes[i], P, (Type) nameTypes[i + 1], MAIN, false));
            tags.add("");
        }
        return new Struct(fields, tags);
    }

    /** Adds a method returning string (String, Error, GoString) to n, with a value or pointer receiver. */
    static void stringMethod(Named n, String name, boolean pointerReceiver) {
        Type recv = pointerReceiver ? new minigo.types.Pointer(n) : n;
        Signature sig = new Signature(Var.param("r", P, recv, MAIN), List.of(), Tuple.EMPTY,
                new Tuple(List.of(Var.param("", P, Basic.STRING, MAIN))), false);
        n.addMethod(new Func(name, P, sig, MAIN, null));
    }

    static Layout layout(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return Layout.of(switch (b.kind()) {
                case BOOL -> ValueKind.BOOL;
                case INT -> ValueKind.INT64;
                case INT8 -> ValueKind.INT8;
                case INT16 -> ValueKind.INT16;
                case INT32 -> ValueKind.INT32;
                case INT64 -> ValueKind.INT64;
                case UINT -> ValueKind.UINT64;
                case UINT8 -> ValueKind.UINT8;
                case UINT16 -> ValueKind.UINT16;
                case UINT32 -> ValueKind.UINT32;
                case UINT64 -> ValueKind.UINT64;
                case UINTPTR -> ValueKind.UINT64;
                case FLOAT32 -> ValueKind.FLOAT32;
                case FLOAT64 -> ValueKind.FLOAT64;
                case COMPLEX64 -> ValueKind.COMPLEX64;
                case COMPLEX128 -> ValueKind.COMPLEX128;
                case STRING -> ValueKind.STRING;
                default -> ValueKind.UNSAFE_POINTER;
            });
        }
        if (u instanceof Struct s) {
            String[] names = new String[s.numFields()];
            Layout[] ls = new Layout[s.numFields()];
            for (int i = 0; i < ls.length; i++) {
                names[i] = s.field(i).name();
                ls[i] = layout(s.field(i).type());
            }
            return Layout.struct(names, ls, t);
        }
        if (u instanceof Array a) {
            return Layout.array(layout(a.elem()), (int) a.len(), t);
        }
        if (u instanceof minigo.types.Slice) {
            return Layout.of(ValueKind.SLICE);
        }
        if (u instanceof MapType) {
            return Layout.of(ValueKind.MAP);
        }
        if (u instanceof minigo.types.Interface) {
            return Layout.of(ValueKind.INTERFACE);
        }
        if (u instanceof Signature) {
            return Layout.of(ValueKind.FUNC);
        }
        return Layout.of(ValueKind.POINTER);
    }

    static GoStruct struct(Type t, Object... fieldValues) {
        GoStruct s = new GoStruct(layout(t));
        for (int i = 0; i < fieldValues.length; i++) {
            s.store(i, fieldValues[i]);
        }
        return s;
    }

    static GoString str(String s) {
        return GoString.fromJava(s);
    }

    static GoSlice strings(String... s) {
        Object[] refs = new Object[s.length];
        for (int i = 0; i < s.length; i++) {
            refs[i] = str(s[i]);
        }
        return GoSlice.of(GoArray.ofRefs(Layout.of(ValueKind.STRING), refs));
    }

    static GoSlice ints(long... v) {
        return GoSlice.of(GoArray.ofLongs(Layout.of(ValueKind.INT64), v.clone()));
    }

    static Iface i(Type t, Object v) {
        return new Iface(t, v);
    }
}
