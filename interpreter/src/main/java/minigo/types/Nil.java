package minigo.types;

import minigo.ast.Ast;

/** The predeclared nil. */
public final class Nil extends Obj {
    public Nil() {
        super("nil", Ast.Pos.NONE, Basic.UNTYPED_NIL, null);
    }
}
