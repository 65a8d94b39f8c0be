package minigo.types;

import minigo.ast.Ast;

/**
 * A variable: local, package-level, parameter, result, or struct field. {@link #interpData} is a slot
 * the interpreter may use (frame slot, global cell); the checker never reads it.
 */
public final class Var extends Obj {
    private final boolean isField;
    private final boolean embedded;
    private boolean isParam;
    private boolean packageLevel;
    boolean used;
    /** For instantiated fields/params: the generic Var this was substituted from; itself otherwise. */
    private Var origin = this;
    /** Free for the interpreter. */
    public Object interpData;

    public Var(String name, Ast.Pos pos, Type type, Package pkg, boolean isField, boolean embedded) {
        super(name, pos, type, pkg);
        this.isField = isField;
        this.embedded = embedded;
    }

    public static Var local(String name, Ast.Pos pos, Type type, Package pkg) {
        return new Var(name, pos, type, pkg, false, false);
    }

    public static Var param(String name, Ast.Pos pos, Type type, Package pkg) {
        Var v = new Var(name, pos, type, pkg, false, false);
        v.isParam = true;
        return v;
    }

    public static Var field(String name, Ast.Pos pos, Type type, Package pkg, boolean embedded) {
        return new Var(name, pos, type, pkg, true, embedded);
    }

    public boolean isField() {
        return isField;
    }

    /** An embedded struct field. */
    public boolean embedded() {
        return embedded;
    }

    public boolean isParam() {
        return isParam;
    }

    public boolean isPackageLevel() {
        return packageLevel;
    }

    void setPackageLevel() {
        this.packageLevel = true;
    }

    void setParam() {
        this.isParam = true;
    }

    public Var origin() {
        return origin;
    }

    void setOrigin(Var o) {
        this.origin = o;
    }

    @Override
    public void setType(Type t) {
        super.setType(t);
    }
}
