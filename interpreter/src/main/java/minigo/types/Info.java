package minigo.types;

import java.util.IdentityHashMap;
import java.util.Map;
import minigo.ast.Ast;

/**
 * The side tables the checker fills, keyed by AST node identity (as go/types.Info). Invariants, once
 * a package checked without error (ValidProgramsTest walks every conformance program to hold us to them):
 * <ul>
 * <li><b>types</b> has an entry for every expression, type expressions included, except: identifiers
 *     (see defs/uses; a use's type is its object's), the {@code sel} of a SelectorExpr, the field-name
 *     keys of struct literals, import path literals, the {@code ...} of {@code [...]T}, and the
 *     {@code ~T} / {@code A | B} nodes of type-set terms (their operand types are recorded).</li>
 * <li>An untyped constant expression's recorded type is its <em>final</em> type (the type of the variable,
 *     parameter or operand it was converted to, or its default type), with its value converted (floats
 *     rounded to float32/float64). Operands <em>inside</em> a constant expression keep their untyped types:
 *     evaluate the outermost constant, never its parts. Non-constant untyped results (comparisons,
 *     non-constant shifts of untyped constants) are recorded with their final or default type.</li>
 * <li>{@code nil} is recorded with the type it is used as ({@code *T}, {@code []int}, an interface...),
 *     as types2 does; it stays {@code untyped nil} only where nothing gives it a type.</li>
 * <li>A comma-ok expression used in a two-value assignment ({@code v, ok := m[k]}, {@code x.(T)},
 *     {@code <-ch}) is recorded with a Tuple type (T, bool); elsewhere with T.</li>
 * <li>A CompositeLit without a type inside another literal whose element type is {@code *T} is recorded with
 *     type {@code *T}: it means {@code &T{...}}.</li>
 * <li>A call of a generic function records its instantiated Signature on the function expression, and
 *     the Instance (type arguments, explicit or inferred) on its identifier in {@code instances}.</li>
 * <li><b>defs</b> maps every declaring identifier (also {@code _}, to null; the package name to null; the
 *     symbolic variable of a type switch to null, see implicits); <b>uses</b> maps every identifier that
 *     denotes an object, including the {@code sel} of a SelectorExpr (field, method or package member).</li>
 * <li><b>implicits</b>: ImportSpec without name → its PkgName; CaseClause of a type switch with a symbolic
 *     variable → that clause's own Var (typed by the case when it lists one type, else the switched
 *     interface type); an anonymous parameter/result/receiver Field → its Var.</li>
 * <li><b>selections</b>: every SelectorExpr that is not a qualified identifier ({@code pkg.Name}, in uses);
 *     index is the path through embedded fields.</li>
 * <li><b>scopes</b>: File, FuncType (the function scope: parameters, results and the body's top-level
 *     declarations share it, as in Go; the body BlockStmt maps to the same scope), BlockStmt, IfStmt,
 *     SwitchStmt, TypeSwitchStmt, ForStmt, RangeStmt, CaseClause, CommClause, generic TypeSpec.</li>
 * </ul>
 */
public final class Info {
    public final Map<Ast.Expr, TypeAndValue> types = new UndoableMap<>();
    public final Map<Ast.Ident, Obj> defs = new IdentityHashMap<>();
    public final Map<Ast.Ident, Obj> uses = new UndoableMap<>();
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
