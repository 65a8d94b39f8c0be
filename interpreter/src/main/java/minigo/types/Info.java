package minigo.types;

import java.util.IdentityHashMap;
import java.util.Map;
import minigo.ast.Ast;

/**
 * The side tables the checker fills, keyed by AST node identity (as go/types.Info). Invariants, once
 * a package checked without error:
 * <ul>
 * <li>types has an entry for every expression (including type expressions and parenthesized ones), except
 *     identifiers that only declare (see defs), selector names ({@code sel} of a SelectorExpr) and
 *     the keys of struct composite literals (field names).</li>
 * <li>every constant expression has mode CONSTANT and a value; an untyped constant's recorded type is the
 *     type it finally gets (never an untyped kind, except for untyped nil where it is compared to nil,
 *     and for untyped bool/const operands of shifts that stay untyped in a constant expression).</li>
 * <li>defs maps every declaring identifier (also {@code _}, with a null value for package names and
 *     for the symbolic variable of a type switch); uses maps every identifier that denotes an object.</li>
 * <li>implicits: ImportSpec without name → its PkgName; CaseClause of a type switch with a symbolic variable
 *     → that clause's Var (the clause's own copy, typed by the case); an anonymous Field (unnamed parameter) → its Var.</li>
 * <li>selections: every SelectorExpr that is not a qualified identifier ({@code pkg.Name}: that one is in uses).</li>
 * <li>instances: every identifier that denotes a generic function or type and is instantiated (explicitly or by inference).</li>
 * <li>scopes: File, FuncType (function scope: parameters and results), BlockStmt, IfStmt, SwitchStmt,
 *     TypeSwitchStmt, ForStmt, RangeStmt, CaseClause, CommClause.</li>
 * </ul>
 */
public final class Info {
    public final Map<Ast.Expr, TypeAndValue> types = new IdentityHashMap<>();
    public final Map<Ast.Ident, Obj> defs = new IdentityHashMap<>();
    public final Map<Ast.Ident, Obj> uses = new IdentityHashMap<>();
    public final Map<Ast.Node, Obj> implicits = new IdentityHashMap<>();
    public final Map<Ast.SelectorExpr, Selection> selections = new IdentityHashMap<>();
    public final Map<Ast.Ident, Instance> instances = new IdentityHashMap<>();
    public final Map<Ast.Node, Scope> scopes = new IdentityHashMap<>();

    /** The type of e (null if unknown). */
    public Type typeOf(Ast.Expr e) {
        TypeAndValue tv = types.get(e);
        if (tv != null) return tv.type();
        if (e instanceof Ast.Ident id) {
            Obj o = objectOf(id);
            if (o != null) return o.type();
        }
        return null;
    }

    /** The object id defines or uses. */
    public Obj objectOf(Ast.Ident id) {
        Obj o = defs.get(id);
        return o != null ? o : uses.get(id);
    }

    public Constant constantOf(Ast.Expr e) {
        TypeAndValue tv = types.get(e);
        return tv == null ? null : tv.value();
    }
}
