package minigo.interp.values;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;
import minigo.types.Basic;
import minigo.types.MapType;
import minigo.types.Named;
import minigo.types.Package;
import minigo.types.Signature;
import minigo.types.Slice;
import minigo.types.Struct;
import minigo.types.Tuple;
import minigo.types.Type;
import minigo.types.TypeName;
import minigo.types.Universe;
import minigo.types.Var;

/** Checker types for the tests, with their layouts installed as the interpreter would. */
final class TestTypes {
    static final Package MAIN = new Package("main", "main", Universe.SCOPE);
    static final Map<Type, Layout> LAYOUTS = new IdentityHashMap<>();

    static final Type INT = reg(Basic.INT, Layout.of(ValueKind.INT64, Basic.INT));
    static final Type FLOAT64 = reg(Basic.FLOAT64, Layout.of(ValueKind.FLOAT64, Basic.FLOAT64));
    static final Type STRING = reg(Basic.STRING, Layout.of(ValueKind.STRING, Basic.STRING));
    static final Type INTS = reg(new Slice(Basic.INT), null);
    static final Type MY_INT = reg(named("MyInt", Basic.INT), null);
    static final Type MAP_INT_INT = reg(new MapType(Basic.INT, Basic.INT), null);
    /** func(...interface {}) (int, error), fmt.Println's type. */
    static final Type PRINTLN = reg(new Signature(
        new Tuple(List.of(Var.param("a", Ast.Pos.NONE, new Slice(Universe.ANY_IFACE), null))),
        new Tuple(List.of(Var.param("n", Ast.Pos.NONE, Basic.INT, null), Var.param("err", Ast.Pos.NONE, Universe.ERROR, null))),
        true), null);
    /** type S struct{ f []int }, not comparable. */
    static final Type S = reg(named("S", new Struct(List.of(Var.field("f", Ast.Pos.NONE, new Slice(Basic.INT), MAIN, false)), List.of(""))), null);

    static {
        LAYOUTS.put(INTS, Layout.of(ValueKind.SLICE, INTS));
        LAYOUTS.put(MY_INT, Layout.of(ValueKind.INT64, MY_INT));
        LAYOUTS.put(MAP_INT_INT, Layout.of(ValueKind.MAP, MAP_INT_INT));
        LAYOUTS.put(PRINTLN, Layout.of(ValueKind.FUNC, PRINTLN));
        LAYOUTS.put(S, Layout.struct(new String[]{"f"}, new Layout[]{LAYOUTS.get(INTS)}, S));
        DynamicTypes.install(t -> {
            Layout l = LAYOUTS.get(t);
            if (l == null) {
                throw new IllegalArgumentException("no test layout for " + t);
            }
            return l;
        });
    }

    private TestTypes() {
    }

    private static Type reg(Type t, Layout l) {
        if (l != null) {
            LAYOUTS.put(t, l);
        }
        return t;
    }

    private static Named named(String name, Type underlying) {
        TypeName obj = new TypeName(name, Ast.Pos.NONE, null, MAIN);
        return new Named(obj, underlying);
    }

    static Layout layout(Type t) {
        return DynamicTypes.layout(t);
    }
}
