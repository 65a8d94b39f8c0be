package minigo.types;

import java.util.List;
import minigo.ast.Ast;

/** The universe scope: predeclared types, constants, nil, built-in functions, and package unsafe. */
public final class Universe {
    private Universe() {}

    public static final Scope SCOPE = new Scope(null, "universe");
    /** The interface of {@code any} (printed "any" in checker messages, as types2 does). */
    public static final Interface ANY_IFACE = Interface.empty();
    public static final Named ERROR;
    public static final TypeName COMPARABLE;
    public static final Const IOTA;
    public static final Nil NIL = new Nil();
    public static final Package UNSAFE = new Package("unsafe", "unsafe", SCOPE);

    static {
        for (Basic b : new Basic[] {Basic.BOOL, Basic.INT, Basic.INT8, Basic.INT16, Basic.INT32, Basic.INT64,
                Basic.UINT, Basic.UINT8, Basic.UINT16, Basic.UINT32, Basic.UINT64, Basic.UINTPTR, Basic.FLOAT32,
                Basic.FLOAT64, Basic.COMPLEX64, Basic.COMPLEX128, Basic.STRING, Basic.BYTE, Basic.RUNE}) {
            SCOPE.insert(new TypeName(b.name(), Ast.Pos.NONE, b, null));
        }
        TypeName any = new TypeName("any", Ast.Pos.NONE, ANY_IFACE, null);
        any.setAlias();
        SCOPE.insert(any);
        // error: interface{ Error() string }
        TypeName errObj = new TypeName("error", Ast.Pos.NONE, null, null);
        ERROR = new Named(errObj, null);
        Signature errSig = new Signature(Var.param("", Ast.Pos.NONE, ERROR, null), List.of(), Tuple.EMPTY,
                new Tuple(List.of(Var.param("", Ast.Pos.NONE, Basic.STRING, null))), false);
        Func errM = new Func("Error", Ast.Pos.NONE, errSig, null, null);
        ERROR.setUnderlying(Interface.of(List.of(errM)));
        SCOPE.insert(errObj);
        COMPARABLE = new TypeName("comparable", Ast.Pos.NONE, null, null);
        Interface cmp = new Interface(List.of(), List.of(), List.of());
        cmp.markComparable();
        cmp.complete();
        cmp.markComparable();
        new Named(COMPARABLE, cmp);
        SCOPE.insert(COMPARABLE);
        SCOPE.insert(new Const("true", Ast.Pos.NONE, Basic.UNTYPED_BOOL, null, Constant.TRUE));
        SCOPE.insert(new Const("false", Ast.Pos.NONE, Basic.UNTYPED_BOOL, null, Constant.FALSE));
        IOTA = new Const("iota", Ast.Pos.NONE, Basic.UNTYPED_INT, null, Constant.of(0));
        SCOPE.insert(IOTA);
        SCOPE.insert(NIL);
        for (Builtin.Id id : Builtin.Id.values()) {
            if (id.ordinal() < Builtin.Id.SIZEOF.ordinal()) {
                if (id == Builtin.Id.CLEAR) continue; // Go 1.21
                SCOPE.insert(new Builtin(id));
            } else UNSAFE.scope().insert(new Builtin(id));
        }
        UNSAFE.scope().insert(new TypeName("Pointer", Ast.Pos.NONE, Basic.UNSAFE_POINTER, UNSAFE));
    }

    public static Obj lookup(String name) {
        return SCOPE.lookup(name);
    }
}
