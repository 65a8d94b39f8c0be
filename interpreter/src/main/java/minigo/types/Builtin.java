package minigo.types;

import minigo.ast.Ast;

/** A predeclared function (or an unsafe one); its calls are checked specially and have no Signature. */
public final class Builtin extends Obj {
    public enum Id {
        APPEND("append"), CAP("cap"), CLEAR("clear"), CLOSE("close"), COMPLEX("complex"), COPY("copy"),
        DELETE("delete"), IMAG("imag"), LEN("len"), MAKE("make"), NEW("new"), PANIC("panic"),
        PRINT("print"), PRINTLN("println"), REAL("real"), RECOVER("recover"),
        SIZEOF("Sizeof"), ALIGNOF("Alignof"), OFFSETOF("Offsetof"), ADD("Add"), SLICE("Slice");

        public final String goName;

        Id(String goName) {
            this.goName = goName;
        }
    }

    private final Id id;

    public Builtin(Id id) {
        super(id.goName, Ast.Pos.NONE, Basic.INVALID, null);
        this.id = id;
    }

    public Id builtinId() {
        return id;
    }
}
