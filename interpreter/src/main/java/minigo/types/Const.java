package minigo.types;

import minigo.ast.Ast;

/** A declared constant; value is exact, already converted to the constant's type when it is typed. */
public final class Const extends Obj {
    private Constant value;

    public Const(String name, Ast.Pos pos, Type type, Package pkg, Constant value) {
        super(name, pos, type, pkg);
        this.value = value;
    }

    public Constant value() {
        return value;
    }

    void setValue(Constant v) {
        this.value = v;
    }
}
