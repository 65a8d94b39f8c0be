/**
 * minigo's type checker, modelled on go/types (and on types2, the checker inside Go's compiler, whose
 * error messages and positions {@code go build} prints).
 *
 * <h2>Model</h2>
 * {@link minigo.types.Type} (Basic, Named, Pointer, Slice, Array, MapType, Chan, Struct, Signature,
 * Interface, Tuple, TypeParam) and {@link minigo.types.Obj} (Var, Const, TypeName, Func, PkgName,
 * Builtin, Nil, Label) are go/types' Type and Object. Constants are exact
 * ({@link minigo.types.Constant}: BigInteger integers, rational floats, raw-byte strings).
 * {@link minigo.types.Info} records, per AST node identity, what every later phase needs.
 *
 * <h2>Phases</h2>
 * <table>
 * <tr><th>phase</th><th>what it does</th></tr>
 * <tr><td>collect</td><td>imports into file scopes; every package-level const, var, type and func into the
 *     package scope (out-of-order declarations are legal); methods attached to their receiver base type
 *     names</td></tr>
 * <tr><td>resolve</td><td>package-level objects are type-checked lazily on first use, with a colour per
 *     object (white, grey = on the path, black); reaching a grey object reports a cycle:
 *     {@code invalid recursive type} through types, {@code initialization cycle} or
 *     {@code invalid constant type}/{@code typechecking loop} through values</td></tr>
 * <tr><td>bodies</td><td>function bodies, after all package-level declarations, in source order: statements,
 *     expressions, untyped constant conversion, label and branch rules, terminating-statement analysis
 *     ({@code missing return}), and at the end of each body its unused variables</td></tr>
 * <tr><td>init order</td><td>dependency graph of package-level variables and functions (references found
 *     while checking initializers and bodies); variables emitted in dependency order, ties broken by
 *     declaration order, as the spec requires</td></tr>
 * <tr><td>unused</td><td>unused imports ({@code "os" imported but not used}); errors sorted by position,
 *     cut at 10 with {@code too many errors}</td></tr>
 * </table>
 *
 * <h2>Untyped constants</h2>
 * An untyped operand keeps its untyped kind while it takes part in constant expressions; when the
 * context gives it a type (assignment, call argument, binary operation with a typed operand, conversion)
 * or it must have one (a variable initializer, an interface argument) the checker converts it: checks
 * the value is representable (rounding floats to float32/float64, {@code overflows} or
 * {@code truncated} otherwise), and re-records the expression, and every untyped operand inside it,
 * with the final type. So Info never holds an untyped type for an expression whose value is used at
 * run time.
 *
 * <h2>Invariants of Info (for a package that checked cleanly)</h2>
 * See {@link minigo.types.Info}. In short: every expression has a TypeAndValue; every identifier
 * that declares or denotes an object is in defs or uses; every selector that is not a qualified
 * identifier has a Selection; every generic instantiation has an Instance.
 */
package minigo.types;
