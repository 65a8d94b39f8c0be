package minigo.types;

import minigo.ast.Ast;

/** A type name: a defined type, an alias ({@link #isAlias()}), a type parameter, or a predeclared type. */
public final class TypeName extends Obj {
    private boolean alias;

    public TypeName(String name, Ast.Pos pos, Type type, Package pkg) {
        super(name, pos, type, pkg);
    }

    public boolean isAlias() {
        return alias;
    }

    void setAlias() {
        this.alias = true;
    }
}
