package minigo.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import minigo.ast.Ast;

/** What the checker knows about one package-level declaration before and while resolving it. */
final class DeclInfo {
    enum Color { WHITE, GREY, BLACK }

    final Scope file;
    /** Constant or variable: the type expression (null if none). */
    Ast.Expr typ;
    /** Constant or variable: the initializer (null if none). */
    Ast.Expr init;
    /** Variables declared by one spec with a single multi-valued initializer ({@code var a, b = f()}). */
    List<Var> lhs;
    /** Constant: its iota. */
    int iota;
    Ast.TypeSpec tspec;
    Ast.FuncDecl fdecl;
    /** Constant spec with inherited type/values: the spec it inherits from (for positions). */
    Ast.ValueSpec vspec;
    /** Constant: the spec whose type and values it uses (itself, or the last spec with values). */
    Ast.ValueSpec constSrc;
    Color color = Color.WHITE;
    /** Package-level objects this declaration refers to (for the initialization order). */
    final Set<Obj> deps = new LinkedHashSet<>();
    /** Declaration order. */
    int order;

    DeclInfo(Scope file) {
        this.file = file;
    }
}
