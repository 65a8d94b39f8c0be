package minigo.types;

import minigo.ast.Ast;

/** The name an import declares in a file's scope. */
public final class PkgName extends Obj {
    private final Package imported;
    boolean used;

    public PkgName(String name, Ast.Pos pos, Package pkg, Package imported) {
        super(name, pos, Basic.INVALID, pkg);
        this.imported = imported;
    }

    public Package imported() {
        return imported;
    }
}
