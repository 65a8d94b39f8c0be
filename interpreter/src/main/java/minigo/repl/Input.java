package minigo.repl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import minigo.ast.Diagnostic;
import minigo.parser.GoLexer;
import minigo.parser.SourceParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * What the user typed, read with Go's own lexer and parser: whether it is complete, and if so what it
 * is (declarations, as in a file; or statements, as in a function body).
 *
 * <p>Input is incomplete while a bracket ({@code ( [ {}) is open, a raw string or a general comment is
 * unterminated, or the last token cannot end a statement (Go inserts no semicolon after it: a binary
 * operator, a comma, {@code :=}, {@code else}...): exactly the inputs whose syntax error would be at
 * the end of the file, since more text could still make them valid.
 *
 * <p>Parsing wraps the text in a synthetic file whose first line holds the wrapper: the user's first
 * line is line 2, so positions map back by subtracting one line.
 */
final class Input {
    private Input() {}

    /** The name positions of typed input carry. */
    static final String FILE = "repl";

    /** The parsed forms of complete input. */
    sealed interface Parsed permits Stmts, Decls {}

    /** Statements (a function body's list). */
    record Stmts(List<Ast.Stmt> list) implements Parsed {}

    /** Declarations and imports (a file's, without the package clause). */
    record Decls(List<Ast.ImportSpec> imports, List<Ast.Decl> decls) implements Parsed {}

    static boolean isComplete(String text) {
        GoLexer lexer = new GoLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        int depth = 0;
        Token last = null;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            switch (t.getType()) {
                case GoLexer.LPAREN, GoLexer.LBRACK, GoLexer.LBRACE -> depth++;
                case GoLexer.RPAREN, GoLexer.RBRACK, GoLexer.RBRACE -> depth--;
                default -> { }
            }
            if (t.getType() != GoLexer.SEMI || !t.getText().equals("newline") && !t.getText().equals("EOF")) last = t;
            else last = null; // an inserted semicolon: the line ended a statement
        }
        for (Token p : lexer.problems) {
            if (p.getType() == GoLexer.UNTERMINATED_RAW || p.getType() == GoLexer.UNTERMINATED_COMMENT) return false;
        }
        if (depth > 0) return false;
        if (last == null) return true;
        return switch (last.getType()) {
            case GoLexer.SEMI, GoLexer.RBRACE, GoLexer.RPAREN, GoLexer.RBRACK -> true;
            default -> false; // an operator, a comma, a keyword that needs more
        };
    }

    /**
     * Parses complete input: as statements if it can be, else as declarations. Throws CompileError with
     * positions relative to the input (line 1 is its first line).
     */
    static Parsed parse(String text, String importsLine) {
        String stmtSrc = "package main;" + importsLine + "func __input() {\n" + text + "\n}\n";
        CompileError stmtErr;
        try {
            Ast.File f = SourceParser.parse(FILE, stmtSrc.getBytes(StandardCharsets.UTF_8));
            Ast.FuncDecl fd = (Ast.FuncDecl) f.decls().get(f.decls().size() - 1);
            return new Stmts(fd.body().list());
        } catch (CompileError e) {
            stmtErr = e;
        }
        String declSrc = "package main;" + importsLine + "\n" + text + "\n";
        try {
            Ast.File f = SourceParser.parse(FILE, declSrc.getBytes(StandardCharsets.UTF_8));
            List<Ast.ImportSpec> imports = new ArrayList<>();
            List<Ast.Decl> decls = new ArrayList<>();
            for (Ast.ImportSpec is : f.imports()) if (is.pos().line() > 1) imports.add(is);
            for (Ast.Decl d : f.decls()) {
                if (d.pos().line() <= 1) continue;
                if (d instanceof Ast.GenDecl g && g.tok().equals("import")) continue;
                decls.add(d);
            }
            return new Decls(imports, decls);
        } catch (CompileError e) {
            String first = text.strip();
            boolean declish = first.startsWith("import") || first.startsWith("package")
                    || first.matches("(?s)func\\s*(\\(|[\\p{L}_]).*") && !first.matches("(?s)func\\s*\\(\\s*\\)\\s*\\{.*");
            throw shift(declish ? e : stmtErr);
        }
    }

    /** Parses a whole Go file (for :load); positions are the file's own. */
    static Decls parseFile(String name, byte[] bytes) {
        Ast.File f = SourceParser.parse(name, bytes);
        List<Ast.Decl> decls = new ArrayList<>();
        for (Ast.Decl d : f.decls()) {
            if (d instanceof Ast.GenDecl g && g.tok().equals("import")) continue;
            decls.add(d);
        }
        return new Decls(f.imports(), decls);
    }

    /** Moves diagnostics of the wrapper file back to the user's lines. */
    static CompileError shift(CompileError e) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : e.diagnostics()) out.add(shift(d));
        return new CompileError(out);
    }

    static Diagnostic shift(Diagnostic d) {
        Ast.Pos p = d.pos();
        if (p == null || !FILE.equals(p.file())) return d;
        return new Diagnostic(new Ast.Pos(p.file(), Math.max(1, p.line() - 1), p.col()), d.message());
    }
}
