package minigo.interp.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import minigo.interp.nodes.IntKind;
import minigo.interp.nodes.Locals.SlotKind;
import minigo.interp.values.Layout;
import minigo.interp.values.ValueKind;
import minigo.types.Array;
import minigo.types.Basic;
import minigo.types.BasicKind;
import minigo.types.Chan;
import minigo.types.Interface;
import minigo.types.MapType;
import minigo.types.Named;
import minigo.types.Pointer;
import minigo.types.Signature;
import minigo.types.Slice;
import minigo.types.Struct;
import minigo.types.Tuple;
import minigo.types.Type;
import minigo.types.TypeParam;

/** How checker types map onto the value model: slot kinds, integer kinds, layouts, canonical types. */
public final class TypeUtil {
    private TypeUtil() {}

    public static BasicKind basicKind(Type t) {
        return t.underlying() instanceof Basic b ? b.kind() : null;
    }

    public static boolean isInteger(Type t) {
        return t.underlying() instanceof Basic b && b.isInteger();
    }

    public static boolean isFloat(Type t) {
        return t.underlying() instanceof Basic b && b.isFloat();
    }

    public static boolean isComplex(Type t) {
        return t.underlying() instanceof Basic b && b.isComplex();
    }

    public static boolean isBool(Type t) {
        return t.underlying() instanceof Basic b && b.isBoolean();
    }

    public static boolean isString(Type t) {
        return t.underlying() instanceof Basic b && b.isString();
    }

    public static boolean isInterface(Type t) {
        return t.underlying() instanceof Interface;
    }

    public static boolean isFloat32(Type t) {
        BasicKind k = basicKind(t);
        return k == BasicKind.FLOAT32;
    }

    public static SlotKind slotKind(Type t) {
        if (t.underlying() instanceof Basic b) {
            if (b.isInteger()) return SlotKind.LONG;
            if (b.isFloat()) return SlotKind.DOUBLE;
            if (b.isBoolean()) return SlotKind.BOOL;
        }
        return SlotKind.OBJECT;
    }

    public static boolean isComposite(Type t) {
        Type u = t.underlying();
        return u instanceof Struct || u instanceof Array;
    }

    public static IntKind intKind(Type t) {
        BasicKind k = basicKind(t);
        if (k == null) throw new IllegalArgumentException("not an integer type: " + t);
        return switch (k) {
            case INT8 -> IntKind.I8;
            case INT16 -> IntKind.I16;
            case INT32, UNTYPED_RUNE -> IntKind.I32;
            case INT, INT64, UNTYPED_INT -> IntKind.I64;
            case UINT8 -> IntKind.U8;
            case UINT16 -> IntKind.U16;
            case UINT32 -> IntKind.U32;
            case UINT, UINT64, UINTPTR -> IntKind.U64;
            default -> throw new IllegalArgumentException("not an integer type: " + t);
        };
    }

    public static ValueKind valueKind(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.kind()) {
                case BOOL, UNTYPED_BOOL -> ValueKind.BOOL;
                case INT8 -> ValueKind.INT8;
                case INT16 -> ValueKind.INT16;
                case INT32, UNTYPED_RUNE -> ValueKind.INT32;
                case INT, INT64, UNTYPED_INT -> ValueKind.INT64;
                case UINT8 -> ValueKind.UINT8;
                case UINT16 -> ValueKind.UINT16;
                case UINT32 -> ValueKind.UINT32;
                case UINT, UINT64, UINTPTR -> ValueKind.UINT64;
                case FLOAT32 -> ValueKind.FLOAT32;
                case FLOAT64, UNTYPED_FLOAT -> ValueKind.FLOAT64;
                case COMPLEX64 -> ValueKind.COMPLEX64;
                case COMPLEX128, UNTYPED_COMPLEX -> ValueKind.COMPLEX128;
                case STRING, UNTYPED_STRING -> ValueKind.STRING;
                case UNSAFE_POINTER -> ValueKind.UNSAFE_POINTER;
                default -> ValueKind.POINTER; // untyped nil
            };
        }
        if (u instanceof Pointer) return ValueKind.POINTER;
        if (u instanceof Slice) return ValueKind.SLICE;
        if (u instanceof MapType) return ValueKind.MAP;
        if (u instanceof Chan) return ValueKind.CHAN;
        if (u instanceof Signature) return ValueKind.FUNC;
        if (u instanceof Interface) return ValueKind.INTERFACE;
        if (u instanceof Struct) return ValueKind.STRUCT;
        if (u instanceof Array) return ValueKind.ARRAY;
        throw new IllegalArgumentException("no value kind for " + t);
    }

    private static final Map<Type, Layout> LAYOUTS = new IdentityHashMap<>();

    /** The values layout of a (substituted, canonical or not) type; cached per type object. */
    public static synchronized Layout layout(Type t) {
        Layout l = LAYOUTS.get(t);
        if (l != null) return l;
        Type u = t.underlying();
        if (u instanceof Struct s) {
            Layout[] fs = new Layout[s.numFields()];
            String[] names = new String[fs.length];
            for (int i = 0; i < fs.length; i++) {
                fs[i] = layout(s.field(i).type());
                names[i] = s.field(i).name();
            }
            l = Layout.struct(names, fs, t);
        } else if (u instanceof Array a) {
            l = Layout.array(layout(a.elem()), (int) a.len(), t);
        } else {
            l = Layout.of(valueKind(t), t);
        }
        LAYOUTS.put(t, l);
        return l;
    }

    /** The zero value of t in the value model (fresh for structs and arrays). */
    public static Object zero(Type t) {
        return layout(t).zero();
    }

    // ------------------------------------------------------------------ identity and canonical types

    public static boolean identical(Type a, Type b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof Basic x && b instanceof Basic y) return x.kind() == y.kind();
        if (a instanceof Named x && b instanceof Named y) {
            if (x.origin() != y.origin()) return false;
            if (!x.isInstance() && !y.isInstance()) return false;
            List<Type> xa = x.typeArgs(), ya = y.typeArgs();
            if (xa.size() != ya.size()) return false;
            for (int i = 0; i < xa.size(); i++) if (!identical(xa.get(i), ya.get(i))) return false;
            return true;
        }
        if (a instanceof Pointer x && b instanceof Pointer y) return identical(x.elem(), y.elem());
        if (a instanceof Slice x && b instanceof Slice y) return identical(x.elem(), y.elem());
        if (a instanceof Array x && b instanceof Array y) return x.len() == y.len() && identical(x.elem(), y.elem());
        if (a instanceof MapType x && b instanceof MapType y) return identical(x.key(), y.key()) && identical(x.elem(), y.elem());
        if (a instanceof Chan x && b instanceof Chan y) return x.dir() == y.dir() && identical(x.elem(), y.elem());
        if (a instanceof Struct x && b instanceof Struct y) {
            if (x.numFields() != y.numFields()) return false;
            for (int i = 0; i < x.numFields(); i++) {
                var f = x.field(i);
                var g = y.field(i);
                if (!f.name().equals(g.name()) || f.embedded() != g.embedded() || !identical(f.type(), g.type())) return false;
                if (!f.exported() && f.pkg() != g.pkg()) return false;
                String ta = x.tag(i), tb = y.tag(i);
                if (ta == null ? tb != null && !tb.isEmpty() : !ta.equals(tb == null ? "" : tb)) {
                    if (!(ta != null && ta.isEmpty() && tb == null)) return false;
                }
            }
            return true;
        }
        if (a instanceof Signature x && b instanceof Signature y) {
            return x.variadic() == y.variadic() && identical(x.params(), y.params()) && identical(x.results(), y.results());
        }
        if (a instanceof Tuple x && b instanceof Tuple y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!identical(x.typeAt(i), y.typeAt(i))) return false;
            return true;
        }
        if (a instanceof Interface x && b instanceof Interface y) {
            var xm = x.allMethods();
            var ym = y.allMethods();
            if (xm.size() != ym.size()) return false;
            for (var m : xm) {
                var n = y.method(m.name());
                if (n == null || !identical(m.type(), n.type())) return false;
            }
            return true;
        }
        if (a instanceof TypeParam || b instanceof TypeParam) return a == b;
        return false;
    }

    private static final Map<String, List<Type>> CANON = new HashMap<>();

    /**
     * The canonical representative of t: identical types give the same object, so the dynamic types
     * in interface values can be compared with ==.
     */
    public static synchronized Type canon(Type t) {
        if (t instanceof Basic b) return Basic.of(b.kind()) == null ? b : Basic.of(b.kind());
        String key = t.toString();
        List<Type> bucket = CANON.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Type c : bucket) {
            if (identical(c, t)) return c;
        }
        bucket.add(t);
        return t;
    }
}
