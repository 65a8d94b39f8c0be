package minigo.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

class SourceParserTest {

    static Ast.File parse(String src) {
        return SourceParser.parse("./p.go", src.getBytes(StandardCharsets.UTF_8));
    }

    static String firstError(String src) {
        CompileError e = assertThrows(CompileError.class, () -> parse(src));
        return e.diagnostics().get(0).toString();
    }

    /** The body of func main in "package p; func main() { <body> }". */
    static List<Ast.Stmt> body(String body) {
        Ast.File f = parse("package p\n\nfunc main() {\n" + body + "\n}\n");
        return ((Ast.FuncDecl) f.decls().get(0)).body().list();
    }

    static Ast.Expr expr(String e) {
        return ((Ast.ExprStmt) body("_ = 0\n" + e).get(1)).x();
    }

    /** Token texts after semicolon insertion (inserted ones show as "newline" or "EOF"). */
    static List<String> tokens(String src) {
        GoLexer lx = new GoLexer(CharStreams.fromString(src));
        List<String> out = new ArrayList<>();
        for (Token t = lx.nextToken(); t.getType() != Token.EOF; t = lx.nextToken()) out.add(t.getText());
        return out;
    }

    // ------------------------------------------------------------------ semicolons

    @Test
    void semicolonsAfterTheTokensTheSpecLists() {
        assertEquals(List.of("x", "newline", "1", "newline", "\"s\"", "newline", "break", "newline", "continue", "newline",
                "fallthrough", "newline", "return", "newline", "x", "++", "newline", "x", "--", "newline", ")", "newline",
                "]", "newline", "}", "newline", "'c'", "newline", "`r`", "EOF"),
                tokens("x\n1\n\"s\"\nbreak\ncontinue\nfallthrough\nreturn\nx++\nx--\n)\n]\n}\n'c'\n`r`"));
    }

    @Test
    void noSemicolonAfterOperatorsKeywordsAndOpeners() {
        assertEquals(List.of("x", "+", "y", "newline", "if", "a", "{", "b", "newline", "}", "EOF"),
                tokens("x +\ny\nif\na {\nb\n}"));
        assertEquals(List.of("(", "[", "{", ",", "func"), tokens("(\n[\n{\n,\nfunc\n"));
    }

    @Test
    void commentsAndSemicolons() {
        // a line comment ends with the newline, which still ends the statement
        assertEquals(List.of("x", "newline", "y", "EOF"), tokens("x // c\ny"));
        // a general comment spanning lines acts like a newline; on one line it is nothing
        assertEquals(List.of("x", "newline", "y", "EOF"), tokens("x /* a\nb */ y"));
        assertEquals(List.of("x", "y", "EOF"), tokens("x /* a */ y"));
        // at EOF after a final token, a semicolon is inserted
        assertEquals(List.of("return", "EOF"), tokens("return"));
    }

    @Test
    void returnOnItsOwnLineEndsTheStatement() {
        List<Ast.Stmt> s = body("return\nx()");
        assertEquals(0, ((Ast.ReturnStmt) s.get(0)).results().size());
        assertInstanceOf(Ast.ExprStmt.class, s.get(1));
    }

    // ------------------------------------------------------------------ positions

    @Test
    void columnsAreBytesNotCharacters() {
        // "héllo" is 6 bytes between its quotes; 世 is 3 bytes; a tab counts 1
        Ast.CallExpr call = (Ast.CallExpr) expr("\tf(\"héllo\", 世, y)");
        assertEquals(new Ast.Pos("./p.go", 5, 2), call.pos());
        assertEquals(4, call.args().get(0).pos().col());
        assertEquals(4 + 8 + 2, call.args().get(1).pos().col());
        assertEquals(4 + 8 + 2 + 3 + 2, call.args().get(2).pos().col());
        assertEquals(4 + 8 + 2 + 3 + 2 + 1, call.rparen().col());
    }

    @Test
    void extraPositions() {
        Ast.BinaryExpr b = (Ast.BinaryExpr) expr("a  +  b");
        assertEquals(1, b.pos().col());
        assertEquals(4, b.opPos().col());
        Ast.AssignStmt a = (Ast.AssignStmt) body("xx := 1").get(0);
        assertEquals(4, a.tokPos().col());
        Ast.IncDecStmt i = (Ast.IncDecStmt) body("\tx++").get(0);
        assertEquals(3, i.tokPos().col());
        Ast.IndexExpr ix = (Ast.IndexExpr) expr("m[k]");
        assertEquals(2, ix.lbrack().col());
        assertEquals(4, ix.rbrack().col());
        Ast.CompositeLit cl = (Ast.CompositeLit) expr("T{1}");
        assertEquals(2, cl.lbrace().col());
        assertEquals(4, cl.rbrace().col());
        Ast.UnaryExpr u = (Ast.UnaryExpr) expr("  -x");
        assertEquals(3, u.pos().col());
    }

    // ------------------------------------------------------------------ declarations

    @Test
    void constIotaAndElidedSpecs() {
        Ast.File f = parse("package p\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n\tE\n)\n");
        List<Ast.Spec> specs = ((Ast.GenDecl) f.decls().get(0)).specs();
        for (int i = 0; i < specs.size(); i++) assertEquals(i, ((Ast.ValueSpec) specs.get(i)).iota());
        Ast.ValueSpec b = (Ast.ValueSpec) specs.get(1);
        assertTrue(b.values().isEmpty());
        assertNull(b.type());
        assertEquals(2, ((Ast.ValueSpec) specs.get(2)).names().size());
    }

    @Test
    void parametersGroupAsGoDoes() {
        Ast.File f = parse("package p\nfunc f(a, b int, c ...string) (x, y int) {}\nfunc g(int, string) error\n");
        Ast.FuncDecl fd = (Ast.FuncDecl) f.decls().get(0);
        List<Ast.Field> ps = fd.type().params();
        assertEquals(2, ps.size());
        assertEquals(List.of("a", "b"), ps.get(0).names().stream().map(Ast.Ident::name).toList());
        assertInstanceOf(Ast.Ellipsis.class, ps.get(1).type());
        assertEquals(1, fd.type().results().size());
        Ast.FuncDecl g = (Ast.FuncDecl) f.decls().get(1);
        assertNull(g.body());
        assertEquals(2, g.type().params().size());
        assertTrue(g.type().params().get(0).names().isEmpty());
    }

    @Test
    void generics() {
        Ast.File f = parse("""
                package p
                type List[T any] struct{ next *List[T] }
                type Pair[K comparable, V any] struct{}
                type Num interface{ ~int | ~float64 }
                type A [N]int
                func Sum[T Num](xs ...T) (s T) { return }
                var x = Sum[int](1, 2)
                var y Pair[string, int]
                """);
        Ast.TypeSpec list = (Ast.TypeSpec) ((Ast.GenDecl) f.decls().get(0)).specs().get(0);
        assertEquals(1, list.typeParams().size());
        Ast.TypeSpec arr = (Ast.TypeSpec) ((Ast.GenDecl) f.decls().get(3)).specs().get(0);
        assertTrue(arr.typeParams().isEmpty());
        assertInstanceOf(Ast.ArrayType.class, arr.type());
        Ast.InterfaceType num = (Ast.InterfaceType) ((Ast.TypeSpec) ((Ast.GenDecl) f.decls().get(2)).specs().get(0)).type();
        Ast.BinaryExpr union = (Ast.BinaryExpr) num.elements().get(0).type();
        assertEquals("|", union.op());
        assertEquals("~", ((Ast.UnaryExpr) union.x()).op());
        Ast.ValueSpec xs = (Ast.ValueSpec) ((Ast.GenDecl) f.decls().get(5)).specs().get(0);
        Ast.CallExpr call = (Ast.CallExpr) xs.values().get(0);
        assertInstanceOf(Ast.IndexExpr.class, call.fun());
        Ast.ValueSpec ys = (Ast.ValueSpec) ((Ast.GenDecl) f.decls().get(6)).specs().get(0);
        assertInstanceOf(Ast.IndexListExpr.class, ys.type());
    }

    // ------------------------------------------------------------------ the composite literal ambiguity

    @Test
    void braceAfterATypeNameInAHeaderOpensTheBlock() {
        Ast.IfStmt s = (Ast.IfStmt) body("if x == T {\n}").get(0);
        assertInstanceOf(Ast.Ident.class, ((Ast.BinaryExpr) s.cond()).y());
        Ast.ForStmt f = (Ast.ForStmt) body("for x < T {\n}").get(0);
        assertInstanceOf(Ast.BinaryExpr.class, f.cond());
        Ast.RangeStmt r = (Ast.RangeStmt) body("for _, v := range T {\n}").get(0);
        assertInstanceOf(Ast.Ident.class, r.x());
        Ast.SwitchStmt sw = (Ast.SwitchStmt) body("switch pkg.T {\n}").get(0);
        assertInstanceOf(Ast.SelectorExpr.class, sw.tag());
    }

    @Test
    void compositeLiteralsThatGoAllowsInHeaders() {
        Ast.RangeStmt r = (Ast.RangeStmt) body("for _, v := range []int{1, 2} {\n}").get(0);
        assertInstanceOf(Ast.CompositeLit.class, r.x());
        Ast.IfStmt s = (Ast.IfStmt) body("if v == (T{}) {\n}").get(0);
        assertInstanceOf(Ast.ParenExpr.class, ((Ast.BinaryExpr) s.cond()).y());
        Ast.IfStmt g = (Ast.IfStmt) body("if f(T{1}, func() bool { if a { return b }; return c }) {\n}").get(0);
        assertInstanceOf(Ast.CallExpr.class, g.cond());
        Ast.IfStmt m = (Ast.IfStmt) body("if _, ok := map[string]int{\"a\": 1}[k]; ok {\n}").get(0);
        assertInstanceOf(Ast.AssignStmt.class, m.init());
        // outside headers, T{} is a composite literal
        assertInstanceOf(Ast.CompositeLit.class, ((Ast.AssignStmt) body("x := T{}").get(0)).rhs().get(0));
    }

    @Test
    void typeSwitches() {
        Ast.TypeSwitchStmt t = (Ast.TypeSwitchStmt) body("switch v := x.(type) {\ncase int, *T:\ndefault:\n}").get(0);
        assertInstanceOf(Ast.AssignStmt.class, t.assign());
        assertEquals(2, t.body().list().size());
        assertTrue(((Ast.CaseClause) t.body().list().get(1)).isDefault());
        Ast.TypeSwitchStmt u = (Ast.TypeSwitchStmt) body("switch x.(type) {\n}").get(0);
        assertInstanceOf(Ast.ExprStmt.class, u.assign());
    }

    // ------------------------------------------------------------------ errors

    @Test
    void syntaxErrorsReadAsGos() {
        assertEquals("./p.go:4:9: syntax error: unexpected y at end of statement",
                firstError("package p\n\nfunc main() {\n\tx := 1 y := 2\n}\n"));
        assertEquals("./p.go:3:1: syntax error: non-declaration statement outside function body",
                firstError("package p\n\nx := 1\n"));
        assertEquals("./p.go:1:1: expected 'package', found 'func'", firstError("func main() {}\n"));
        assertEquals("./p.go:1:1: expected 'package', found 'EOF'", firstError(""));
    }

    @Test
    void encodingErrors() {
        byte[] nul = "package p\nvar s = \"a\0b\"\n".getBytes(StandardCharsets.UTF_8);
        CompileError e = assertThrows(CompileError.class, () -> SourceParser.parse("./p.go", nul));
        assertEquals("./p.go:2:11: invalid NUL character", e.diagnostics().get(0).toString());
        byte[] bad = "package p\nfunc f() {}\nvar s = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        e = assertThrows(CompileError.class, () -> SourceParser.parse("./p.go", bad));
        assertEquals("./p.go:3:13: invalid UTF-8 encoding", e.diagnostics().get(0).toString());
    }

    @Test
    void lexicalErrorsAreAllReportedInOrderWithTheFirstSyntaxError() {
        // as go 1.19 prints it: the stray '@' is skipped, so '+' continues onto the next line
        CompileError e = assertThrows(CompileError.class, () -> parse("package p\nvar a = '@' + @\nvar b = 09 + #\n"));
        assertEquals(List.of("./p.go:2:15: invalid character U+0040 '@'", "./p.go:3:1: syntax error: unexpected var, expecting expression",
                        "./p.go:3:10: invalid digit '9' in octal literal", "./p.go:3:14: invalid character U+0023 '#'"),
                e.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        int n = 10_000;
        String src = "package p\nvar x = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n";
        Ast.File f = parse(src);
        Ast.Expr e = ((Ast.ValueSpec) ((Ast.GenDecl) f.decls().get(0)).specs().get(0)).values().get(0);
        int depth = 0;
        while (e instanceof Ast.ParenExpr p) {
            e = p.x();
            depth++;
        }
        assertEquals(n, depth);
        // and an unbalanced one still gets an ordinary syntax error
        String bad = "package p\nvar x = " + "(".repeat(n) + "1\n";
        assertTrue(firstError(bad).contains("syntax error"));
    }

    @Test
    void longFlatChainsBuildIteratively() {
        String sum = "x" + " + x".repeat(50_000);
        Ast.Expr e = ((Ast.ValueSpec) ((Ast.GenDecl) parse("package p\nvar y = " + sum + "\n").decls().get(0)).specs().get(0))
                .values().get(0);
        assertInstanceOf(Ast.BinaryExpr.class, e);
    }
}
