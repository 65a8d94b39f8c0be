package minigo.types;

import minigo.ast.Ast;

/** The name an import declares in a file's scope. */
public final class PkgName extends Obj {
    private final Package imported;
    boolean used;
    /** Position of the import path literal and of the whole import spec. */
    Ast.Pos importPos, specPos;
    boolean implicitName;

    boolean declaredImplicitly() {
        return implicitName;
    }

    Ast.Pos importSpecPos() {
        return specPos != null ? specPos : pos();
    }

    public PkgName(String name, Ast.Pos pos, Package pkg, Package imported) {
        super(name, pos, Basic.INVALID, pkg);
        this.imported = imported;
    }

    public Package imported() {
        return imported;
    }
}
