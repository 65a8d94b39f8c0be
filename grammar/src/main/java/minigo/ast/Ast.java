package minigo.ast;

import java.util.List;

/**
 * minigo's abstract syntax tree, shaped after Go's {@code go/ast}: the same node kinds under the same
 * names, so that a reader who knows go/ast (or cmd/compile/internal/syntax) can find their way.
 *
 * <p>Nodes are immutable records built once by {@code minigo.parser.AstBuilder}. They carry no type
 * information: the checker records what it learns in side tables keyed by node <em>identity</em>
 * ({@code IdentityHashMap}), exactly as go/types fills {@code types.Info}. Never use a node as a key of
 * an ordinary {@code HashMap}: records compare structurally.
 *
 * <p>Positions are Go's: line from 1, column in bytes from 1 (a tab is one column). Every node has
 * {@link Node#pos()}, the position where go/ast's {@code Pos()} would point (the first token of the
 * node). Where Go's compiler reports an error somewhere else (the operator of a binary expression,
 * the parenthesis of a call), the node records that position too.
 *
 * <p>Lists are never null (empty instead); optional children are null where Go's are nil.
 */
public final class Ast {
    private Ast() {}

    /** A source position: file name as given on the command line, line and byte column from 1. */
    public record Pos(String file, int line, int col) {
        public static final Pos NONE = new Pos("", 0, 0);

        @Override
        public String toString() {
            return file + ":" + line + ":" + col;
        }
    }

    public sealed interface Node permits Expr, Stmt, Decl, Spec, Field, File {
        Pos pos();
    }

    // ---------------------------------------------------------------- expressions (and types)

    /** Expressions; type expressions are expressions too, as in go/ast. */
    public sealed interface Expr extends Node
            permits Ident, Ellipsis, BasicLit, FuncLit, CompositeLit, ParenExpr, SelectorExpr, IndexExpr,
            IndexListExpr, SliceExpr, TypeAssertExpr, CallExpr, StarExpr, UnaryExpr, BinaryExpr, KeyValueExpr,
            ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType {}

    /** An identifier; {@code _} is an Ident named "_". */
    public record Ident(Pos pos, String name) implements Expr {}

    /** {@code ...T} in a parameter list, or {@code [...]T}'s length (elt null). */
    public record Ellipsis(Pos pos, Expr elt) implements Expr {}

    public enum LitKind { INT, FLOAT, IMAG, CHAR, STRING }

    /**
     * A literal exactly as written in the source ({@code 0x1F}, {@code 1_000}, {@code 'a'}, {@code "a\n"},
     * a raw string with its back quotes). The checker evaluates it.
     */
    public record BasicLit(Pos pos, LitKind kind, String value) implements Expr {}

    public record FuncLit(Pos pos, FuncType type, BlockStmt body) implements Expr {}

    /** {@code T{...}}; type is null for an elided type inside another composite literal. */
    public record CompositeLit(Pos pos, Expr type, Pos lbrace, List<Expr> elts, Pos rbrace) implements Expr {}

    public record ParenExpr(Pos pos, Expr x) implements Expr {}

    /** {@code x.sel}; pos is x's position, as in go/ast. */
    public record SelectorExpr(Pos pos, Expr x, Ident sel) implements Expr {}

    /** {@code x[index]}: indexing, or a generic instantiation with one type argument. */
    public record IndexExpr(Pos pos, Expr x, Pos lbrack, Expr index, Pos rbrack) implements Expr {}

    /** {@code x[A, B]}: a generic instantiation with several type arguments. */
    public record IndexListExpr(Pos pos, Expr x, Pos lbrack, List<Expr> indices, Pos rbrack) implements Expr {}

    /** {@code x[low:high]} or {@code x[low:high:max]}; absent bounds are null. */
    public record SliceExpr(Pos pos, Expr x, Pos lbrack, Expr low, Expr high, Expr max, boolean slice3, Pos rbrack)
            implements Expr {}

    /** {@code x.(T)}; type is null for {@code x.(type)} in a type switch. */
    public record TypeAssertExpr(Pos pos, Expr x, Pos lparen, Expr type, Pos rparen) implements Expr {}

    /** {@code fun(args)}; hasEllipsis for {@code f(xs...)}. */
    public record CallExpr(Pos pos, Expr fun, Pos lparen, List<Expr> args, boolean hasEllipsis, Pos rparen)
            implements Expr {}

    /** {@code *x}: a dereference or a pointer type. */
    public record StarExpr(Pos pos, Expr x) implements Expr {}

    /** Unary operators: + - ! ^ * & <- ; op is the operator's text. pos is the operator's position. */
    public record UnaryExpr(Pos pos, String op, Expr x) implements Expr {}

    /** Binary operators; op is the operator's text ("+", "&&", "<<", "&^", ...). pos is x's position. */
    public record BinaryExpr(Pos pos, Expr x, Pos opPos, String op, Expr y) implements Expr {}

    /** {@code key: value} inside a composite literal. */
    public record KeyValueExpr(Pos pos, Expr key, Pos colon, Expr value) implements Expr {}

    /** {@code [len]elt}; len is null for a slice type, an {@link Ellipsis} for {@code [...]T}. */
    public record ArrayType(Pos pos, Expr len, Expr elt) implements Expr {}

    public record StructType(Pos pos, List<Field> fields) implements Expr {}

    /** A function type or signature. typeParams is empty for non-generic functions. */
    public record FuncType(Pos pos, List<Field> typeParams, List<Field> params, List<Field> results) implements Expr {}

    /**
     * An interface. Each element is a Field: a method (one name, type a FuncType), or an embedded
     * element (no names): an interface name or a type-set term such as {@code ~int | string}, given as
     * a BinaryExpr with op "|" over UnaryExpr "~" terms.
     */
    public record InterfaceType(Pos pos, List<Field> elements) implements Expr {}

    public record MapType(Pos pos, Expr key, Expr value) implements Expr {}

    public enum ChanDir { BOTH, SEND, RECV }

    public record ChanType(Pos pos, ChanDir dir, Expr value) implements Expr {}

    /**
     * A field of a struct, a parameter, a result, a type parameter or an interface element.
     * names is empty for an anonymous parameter or an embedded field; tag is the raw tag literal or null.
     */
    public record Field(Pos pos, List<Ident> names, Expr type, BasicLit tag) implements Node {}

    // ---------------------------------------------------------------- statements

    public sealed interface Stmt extends Node
            permits DeclStmt, EmptyStmt, LabeledStmt, ExprStmt, SendStmt, IncDecStmt, AssignStmt, GoStmt,
            DeferStmt, ReturnStmt, BranchStmt, BlockStmt, IfStmt, CaseClause, SwitchStmt, TypeSwitchStmt,
            CommClause, SelectStmt, ForStmt, RangeStmt {}

    /** A const, var or type declaration inside a function. */
    public record DeclStmt(Pos pos, GenDecl decl) implements Stmt {}

    public record EmptyStmt(Pos pos) implements Stmt {}

    public record LabeledStmt(Pos pos, Ident label, Stmt stmt) implements Stmt {}

    public record ExprStmt(Pos pos, Expr x) implements Stmt {}

    public record SendStmt(Pos pos, Expr chan, Pos arrow, Expr value) implements Stmt {}

    /** {@code x++} or {@code x--}; tok is "++" or "--". */
    public record IncDecStmt(Pos pos, Expr x, Pos tokPos, String tok) implements Stmt {}

    /** tok is "=", ":=" or an assignment operator such as "+=" or "&^=". */
    public record AssignStmt(Pos pos, List<Expr> lhs, Pos tokPos, String tok, List<Expr> rhs) implements Stmt {}

    public record GoStmt(Pos pos, CallExpr call) implements Stmt {}

    public record DeferStmt(Pos pos, CallExpr call) implements Stmt {}

    public record ReturnStmt(Pos pos, List<Expr> results) implements Stmt {}

    /** break, continue, goto, fallthrough; label may be null. */
    public record BranchStmt(Pos pos, String tok, Ident label) implements Stmt {}

    public record BlockStmt(Pos pos, List<Stmt> list, Pos rbrace) implements Stmt {}

    /** els is null, an IfStmt, or a BlockStmt. */
    public record IfStmt(Pos pos, Stmt init, Expr cond, BlockStmt body, Stmt els) implements Stmt {}

    /** A case of a switch or type switch; list is empty for {@code default}. */
    public record CaseClause(Pos pos, List<Expr> list, boolean isDefault, Pos colon, List<Stmt> body) implements Stmt {}

    /** tag is null for {@code switch {}}; body holds CaseClauses. */
    public record SwitchStmt(Pos pos, Stmt init, Expr tag, BlockStmt body) implements Stmt {}

    /**
     * {@code switch [init;] [x :=] y.(type) {}}; assign is an ExprStmt holding the TypeAssertExpr, or an
     * AssignStmt {@code x := y.(type)}.
     */
    public record TypeSwitchStmt(Pos pos, Stmt init, Stmt assign, BlockStmt body) implements Stmt {}

    /** A case of a select: comm is a SendStmt, an ExprStmt or AssignStmt with a receive, or null for default. */
    public record CommClause(Pos pos, Stmt comm, Pos colon, List<Stmt> body) implements Stmt {}

    public record SelectStmt(Pos pos, BlockStmt body) implements Stmt {}

    /** init, cond and post may be null. */
    public record ForStmt(Pos pos, Stmt init, Expr cond, Stmt post, BlockStmt body) implements Stmt {}

    /**
     * {@code for key, value := range x}; key and value may be null; tok is ":=", "=" or null when there
     * are no iteration variables.
     */
    public record RangeStmt(Pos pos, Expr key, Expr value, String tok, Pos tokPos, Expr x, BlockStmt body)
            implements Stmt {}

    // ---------------------------------------------------------------- declarations

    public sealed interface Decl extends Node permits GenDecl, FuncDecl {}

    /** tok is "import", "const", "type" or "var"; lparen is null when the specs are not parenthesised. */
    public record GenDecl(Pos pos, String tok, Pos lparen, List<Spec> specs) implements Decl {}

    /** recv is null for a function; body is null for a function declared without a body. */
    public record FuncDecl(Pos pos, Field recv, Ident name, FuncType type, BlockStmt body) implements Decl {}

    public sealed interface Spec extends Node permits ImportSpec, ValueSpec, TypeSpec {}

    /** name is null, an Ident (possibly "_" or "."); path is the string literal. */
    public record ImportSpec(Pos pos, Ident name, BasicLit path) implements Spec {}

    /**
     * A const or var spec. For constants, iota is the spec's index in its declaration, and a spec with
     * no type and no values repeats the previous spec's (the builder leaves that to the checker: it keeps
     * type and values empty/null as written).
     */
    public record ValueSpec(Pos pos, List<Ident> names, Expr type, List<Expr> values, int iota) implements Spec {}

    /** {@code type name[typeParams] type} or an alias {@code type name = type} (assign non-null). */
    public record TypeSpec(Pos pos, Ident name, List<Field> typeParams, Pos assign, Expr type) implements Spec {}

    /** One source file. */
    public record File(Pos pos, String fileName, Ident packageName, List<ImportSpec> imports, List<Decl> decls)
            implements Node {}
}
