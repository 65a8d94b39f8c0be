package minigo.types;

import minigo.ast.Ast;

/**
 * A named language entity, as go/types' Object: what an identifier denotes. Every declaration creates
 * exactly one Obj; {@link Info#defs} maps the declaring identifier to it and {@link Info#uses} maps
 * every use. Objs have identity (never compare them with equals).
 */
public abstract sealed class Obj permits Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label {
    private final String name;
    private final Ast.Pos pos;
    private Type type;
    private final Package pkg;
    private Scope parent;

    protected Obj(String name, Ast.Pos pos, Type type, Package pkg) {
        this.name = name;
        this.pos = pos == null ? Ast.Pos.NONE : pos;
        this.type = type;
        this.pkg = pkg;
    }

    public String name() {
        return name;
    }

    public Ast.Pos pos() {
        return pos;
    }

    public Type type() {
        return type;
    }

    void setType(Type t) {
        this.type = t;
    }

    /** The package that declares it; null for universe objects. */
    public Package pkg() {
        return pkg;
    }

    /** The scope that holds it; null for fields, methods and objects not (yet) inserted. */
    public Scope parent() {
        return parent;
    }

    void setParent(Scope s) {
        this.parent = s;
    }

    public boolean exported() {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    /** go/types' Id: the name, qualified by the package path when not exported. */
    public String id() {
        if (exported() || pkg == null) return name;
        return pkg.path() + "." + name;
    }

    @Override
    public String toString() {
        String kind = switch (this) {
            case Var v -> v.isField() ? "field" : "var";
            case Const c -> "const";
            case TypeName t -> "type";
            case Func f -> "func";
            case PkgName p -> "package";
            case Builtin b -> "builtin";
            case Nil n -> "nil";
            case Label l -> "label";
        };
        return kind + " " + name + (type == null ? "" : " " + type);
    }
}
