package minigo.types;

import minigo.ast.Ast;

/** A statement label (labels have their own per-function scope). */
public final class Label extends Obj {
    boolean used;

    public Label(String name, Ast.Pos pos, Package pkg) {
        super(name, pos, Basic.INVALID, pkg);
    }
}
