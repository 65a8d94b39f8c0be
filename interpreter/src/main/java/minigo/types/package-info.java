/**
 * minigo's type checker, modelled on go/types and, for everything a user sees (messages, positions, the
 * order and number of errors), on types2, the checker inside Go 1.19's compiler that {@code go build}
 * runs with its "compiler error messages" setting.
 *
 * <h2>Model</h2>
 * {@link minigo.types.Type} (Basic, Named, Pointer, Slice, Array, MapType, Chan, Struct, Signature,
 * Interface, Tuple, TypeParam) and {@link minigo.types.Obj} (Var, Const, TypeName, Func, PkgName,
 * Builtin, Nil, Label) are go/types' Type and Object. Constants are exact
 * ({@link minigo.types.Constant}: BigInteger integers, rational floats, raw-byte strings).
 * {@link minigo.types.Info} records, per AST node identity, what every later phase needs; its javadoc
 * lists the invariants. Instances of generic types are unique per type-argument list and expand their
 * underlying type and methods lazily ({@code Instances}); a method of an instance is a copy of the
 * generic method whose {@link minigo.types.Func#origin()} is the declared one.
 *
 * <h2>Phases (one {@code CheckerImpl} per package)</h2>
 * <table>
 * <caption>phases</caption>
 * <tr><th>phase</th><th>what it does</th><th>where</th></tr>
 * <tr><td>branches</td><td>labels, break/continue targets, goto over declarations or into blocks, fallthrough
 *     placement: the checks gc's parser makes; their errors come first, like gc's</td><td>Branches</td></tr>
 * <tr><td>collect</td><td>imports into file scopes; every package-level const, var, type and func into the
 *     package scope (declarations may appear in any order); methods grouped by receiver base type name</td>
 *     <td>CheckerImpl.collectObjects</td></tr>
 * <tr><td>resolve</td><td>package-level objects in source order, each lazily resolving what it refers to;
 *     a colour per object (white, grey = being resolved, black). Reaching a grey object is a cycle: legal
 *     through a defined type, reported as {@code invalid recursive type} otherwise; cycles of variables are
 *     left to the initialization order. A type declared as another still grey one ({@code type Link Node}
 *     inside {@code Node struct{ Next *Link }}) waits, pending, for that one's underlying type, and so do
 *     chains of them; only a cycle of type names alone is an error. A type's methods are resolved right
 *     after the type, or once a pending type has its underlying type.</td>
 *     <td>objDecl, typeDecl, methodDecl</td></tr>
 * <tr><td>complete</td><td>interface method sets and type sets recomputed once all embedded types are known;
 *     struct self-containment ({@code invalid recursive type T}); deferred checks (map keys comparable,
 *     constraint satisfaction of instantiations)</td><td>validTypes, later</td></tr>
 * <tr><td>bodies</td><td>function bodies in source order: statements, expressions, calls and inference,
 *     terminating-statement analysis ({@code missing return}), then the body's unused variables, sorted.
 *     A standard package (Mode.STDLIB) checks a body only when it is first needed: by the init order
 *     (a function its variables' initializers reach) or by the translator ({@code Package.checkBody});
 *     its unused imports are not reported. The property {@code minigo.types.eagerStdlib} checks them
 *     all, as PackagesCheckTest does.</td>
 *     <td>CheckStmts, CheckExprs, CheckCalls</td></tr>
 * <tr><td>init order</td><td>dependencies recorded while checking initializers and bodies; variables emitted
 *     earliest-declared-first among those whose dependencies (through functions) are initialized;
 *     {@code initialization loop} on a cycle</td><td>initOrder</td></tr>
 * <tr><td>finish</td><td>unused imports; {@code missing function body} only if nothing else failed (gc reports
 *     it after type checking); the first 10 errors in report order, sorted by position, then
 *     {@code too many errors} at the 10th</td><td>unusedImports, finish</td></tr>
 * </table>
 *
 * <p>Standard packages are imported by {@link minigo.types.StdImporter} from their export data
 * ({@link minigo.types.StdExport}): the syntax trees the build parsed and the escape decisions it made
 * for them (carried to the translator by {@code Package.escapeFacts}). The checker checks those trees
 * exactly as parsed ones; an importer given its own parser (tests) parses the sources instead.
 *
 * <h2>Untyped constants</h2>
 * An untyped operand keeps its untyped kind while it takes part in constant expressions (exact
 * arithmetic, no overflow below 512 bits). When its context gives it a type (assignment, argument,
 * binary operation with a typed operand, conversion) or it must have one (a variable initializer, an
 * interface), {@code implicitTypeAndValue} checks it is representable ({@code overflows},
 * {@code truncated}, {@code cannot use ... as T value}), and {@code updateExprType} re-records the
 * expression and the untyped operands it was computed from with the final type. A non-constant shift
 * whose left operand is an untyped constant takes its type from the context, and must end up an integer
 * ({@code invalid operation: 1 << s (shift of type float64)}). Typed constants are checked after every
 * operation ({@code c * 3 (constant 300 of type int8) overflows int8}).
 *
 * <h2>Messages</h2>
 * Wording and positions follow types2 with compiler messages, checked against {@code go build} output
 * (test resources typecheck/errors, regenerated by regen.sh): an error is reported at the start of the
 * offending expression (for a binary expression: its left operand), except where types2 names another
 * position (the call's {@code (} for inference, the {@code [} of a bad index, a body's closing brace for
 * {@code missing return}). Operands are described as types2 does: {@code x (variable of type int)},
 * {@code 300 (untyped int constant)}, {@code 1 << 70 (untyped int constant 1180591620717411303424)};
 * types are printed relative to the package being checked ({@code T}, {@code struct{a int}},
 * {@code func(x int) string}), unlike {@code %T} ({@link minigo.types.Type#toString()}).
 */
package minigo.types;
