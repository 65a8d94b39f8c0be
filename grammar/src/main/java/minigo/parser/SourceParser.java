package minigo.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import minigo.ast.Diagnostic;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The front door of the grammar module: Go source bytes in, {@link Ast.File} out, or a
 * {@link CompileError} carrying the diagnostics Go's compiler would print.
 *
 * <p>Steps: decode (strict UTF-8, as Go), lex (semicolons inserted by {@link GoLexer}), check literals
 * and malformed tokens, parse in ANTLR's fast SLL mode and, only if that fails, again in full LL mode
 * (a failure in SLL may be a false alarm; a failure in LL is a real syntax error, translated into Go's
 * words by {@link GoSyntaxErrors}), then build the AST with {@link AstBuilder}.
 *
 * <p>Parsing and building recurse as deep as the source nests, so they run on a thread of their own
 * with a large stack: 10,000 nested parentheses are valid Go and must not overflow the caller's stack.
 */
public final class SourceParser {
    /** Deeper bracket nesting is refused before parsing (10,000 must work; the stack allows ~10x more). */
    static final int MAX_NESTING = 100_000;
    /** Go's compiler stops after this many errors. */
    static final int MAX_ERRORS = 10;
    /** Stack for the parsing thread: generous, the memory is only reserved, not committed. */
    private static final long STACK_BYTES = 1L << 29;

    private SourceParser() {}

    /**
     * Parses one Go source file.
     *
     * @param displayName the name positions carry (as Go prints it, e.g. {@code ./prog.go})
     * @param source the file's bytes (UTF-8)
     * @throws CompileError with Go's diagnostics when the file is not syntactically valid Go
     */
    public static Ast.File parse(String displayName, byte[] source) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(parseHere(displayName, source));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "minigo-parser", STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Object r = result.get();
        if (r instanceof Ast.File f) return f;
        if (r instanceof StackOverflowError) {
            throw new CompileError(List.of(new Diagnostic(new Ast.Pos(displayName, 1, 1),
                    "syntax error: source nested too deeply")));
        }
        if (r instanceof RuntimeException e) throw e;
        if (r instanceof Error e) throw e;
        throw new IllegalStateException(String.valueOf(r));
    }

    /**
     * True for the diagnostics that Go's go command, not its compiler, produces while it reads a
     * file's package clause and imports ({@code expected 'package', found 'EOF'},
     * {@code expected 'STRING', found newline}, {@code illegal UTF-8 encoding}). Go prints those
     * without the {@code # command-line-arguments} header and without the {@code ./} before the file
     * name; a launcher that mirrors {@code go run} needs to know.
     */
    public static boolean reportedByGoCommand(Diagnostic d) {
        String m = d.message();
        return m.startsWith("expected '") || m.equals("illegal UTF-8 encoding") || m.startsWith("illegal character")
                || m.endsWith("literal not terminated") || m.equals("comment not terminated");
    }

    /** Parses on the calling thread (callers that already run on a large stack). */
    static Ast.File parseHere(String displayName, byte[] source) {
        SourceText src = new SourceText(displayName, source);
        List<Diagnostic> diags = new ArrayList<>(src.encodingErrors);

        GoLexer lexer = new GoLexer(CharStreams.fromString(src.text, displayName));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        for (Token p : lexer.problems) diags.add(lexicalProblem(src, p));
        for (Token t : tokens.getTokens()) {
            switch (t.getType()) {
                case GoLexer.NUMBER -> LiteralChecks.checkNumber(src, t, diags);
                case GoLexer.IDENTIFIER -> LiteralChecks.checkIdentifier(src, t, diags);
                case GoLexer.RUNE -> { if (t.getText().length() >= 2 && t.getText().endsWith("'")) LiteralChecks.checkRune(src, t, diags); }
                case GoLexer.STRING -> { if (t.getText().length() >= 2 && t.getText().endsWith("\"")) LiteralChecks.checkString(src, t, diags); }
                default -> { }
            }
        }

        HeaderBraces.mark(tokens.getTokens());

        // Nesting beyond any real program would only exhaust the parser's stack slowly; say so at once.
        int depth = 0;
        for (Token t : tokens.getTokens()) {
            int ty = t.getType();
            if (ty == GoLexer.LPAREN || ty == GoLexer.LBRACK || ty == GoLexer.LBRACE || ty == GoLexer.HEADER_LBRACE) {
                if (++depth > MAX_NESTING) {
                    throw fail(List.of(new Diagnostic(src.pos(t.getStartIndex()), "syntax error: source nested too deeply")));
                }
            } else if (ty == GoLexer.RPAREN || ty == GoLexer.RBRACK || ty == GoLexer.RBRACE) {
                depth--;
            }
        }

        // The package clause is checked by the go command before the compiler sees the file.
        Token first = tokens.get(0);
        if (first.getType() != GoLexer.PACKAGE) {
            minigo.ast.Ast.Pos at = first.getType() == Token.EOF ? GoSyntaxErrors.goParserEofPos(src) : src.pos(first.getStartIndex());
            throw fail(List.of(new Diagnostic(at, "expected 'package', found " + GoSyntaxErrors.goParserFound(first))));
        }
        // The go command reads the file up to its imports before compiling; what it finds wrong
        // there it reports alone, in its own words.
        int headerEnd = src.length();
        for (Token t : tokens.getTokens()) {
            int ty = t.getType();
            if (ty == GoLexer.FUNC || ty == GoLexer.VAR || ty == GoLexer.CONST || ty == GoLexer.TYPE) {
                headerEnd = t.getStartIndex();
                break;
            }
        }
        for (Token p : lexer.problems) {
            if (p.getStartIndex() < headerEnd) throw fail(List.of(goScannerProblem(src, p)));
        }
        for (Diagnostic d : src.encodingErrors) {
            if (d.message().equals("invalid UTF-8 encoding") && d.compareTo(new Diagnostic(src.pos(headerEnd), "")) < 0) {
                throw fail(List.of(new Diagnostic(d.pos(), "illegal UTF-8 encoding")));
            }
        }

        GoParser parser = new GoParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        GoParser.SourceFileContext tree;
        try {
            tree = parser.sourceFile();
        } catch (ParseCancellationException | RecognitionFailure e) {
            if (System.getenv("MINIGO_PARSE_DEBUG") != null) System.err.println("SLL failed: " + displayName);
            tokens.seek(0);
            parser.reset();
            parser.setInterpreter(new CommittingATNSimulator(parser, parser.getATN()));
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new FirstErrorStrategy());
            try {
                tree = parser.sourceFile();
            } catch (RecognitionFailure f) {
                Diagnostic d = GoSyntaxErrors.translate(src, parser, f);
                if (d.message().startsWith("expected ")) throw fail(List.of(d)); // the go command's own check
                // Go drops an error at EOF that follows earlier errors: it is only their consequence.
                if (f.offending.getType() != Token.EOF || diags.isEmpty()) diags.add(d);
                org.antlr.v4.runtime.ParserRuleContext root = f.ctx;
                while (root != null && root.getParent() != null) root = root.getParent();
                if (root != null) {
                    new AstBuilder(src, tokens).checkComplete(root, f.offending.getTokenIndex() - 1, diags);
                }
                throw fail(diags);
            }
        }
        if (!diags.isEmpty()) throw fail(diags);
        try {
            return new AstBuilder(src, tokens).file(tree);
        } catch (SyntaxError e) {
            diags.add(new Diagnostic(e.pos, e.getMessage()));
            throw fail(diags);
        }
    }

    private static CompileError fail(List<Diagnostic> diags) {
        List<Diagnostic> all = new ArrayList<>(diags);
        Collections.sort(all);
        // As Go's compiler: one syntax error per line at most.
        List<Diagnostic> sorted = new ArrayList<>();
        Diagnostic lastSyntax = null;
        for (Diagnostic d : all) {
            if (d.message().startsWith("syntax error")) {
                if (lastSyntax != null && lastSyntax.pos().line() == d.pos().line()
                        && lastSyntax.pos().file().equals(d.pos().file())) {
                    continue;
                }
                lastSyntax = d;
            }
            sorted.add(d);
        }
        if (sorted.size() > MAX_ERRORS) sorted = sorted.subList(0, MAX_ERRORS);
        return new CompileError(sorted);
    }

    /** A malformed token in the import section, as go/scanner words it for the go command. */
    private static Diagnostic goScannerProblem(SourceText src, Token t) {
        String msg = switch (t.getType()) {
            case GoLexer.INVALID_CHAR -> "illegal character " + LiteralChecks.uplus(t.getText().codePointAt(0));
            case GoLexer.UNTERMINATED_COMMENT -> "comment not terminated";
            case GoLexer.UNTERMINATED_RAW -> "raw string literal not terminated";
            case GoLexer.UNTERMINATED_RUNE -> "rune literal not terminated";
            default -> "string literal not terminated";
        };
        return new Diagnostic(src.pos(t.getStartIndex()), msg);
    }

    private static Diagnostic lexicalProblem(SourceText src, Token t) {
        String text = t.getText();
        int end = t.getStopIndex() + 1;
        boolean atEof = end >= src.length();
        return switch (t.getType()) {
            case GoLexer.INVALID_CHAR -> new Diagnostic(src.pos(t.getStartIndex()),
                    "invalid character " + LiteralChecks.uplus(text.codePointAt(0)));
            case GoLexer.UNTERMINATED_COMMENT -> new Diagnostic(src.pos(t.getStartIndex()), "comment not terminated");
            case GoLexer.UNTERMINATED_RAW -> new Diagnostic(src.pos(t.getStartIndex()), "string not terminated");
            case GoLexer.UNTERMINATED_STRING -> atEof
                    ? new Diagnostic(src.pos(t.getStartIndex()), "string not terminated")
                    : new Diagnostic(src.pos(end), "newline in string");
            case GoLexer.UNTERMINATED_RUNE -> atEof
                    ? new Diagnostic(src.pos(t.getStartIndex()), "rune literal not terminated")
                    : new Diagnostic(src.pos(end), "newline in rune literal");
            default -> new Diagnostic(src.pos(t.getStartIndex()), "syntax error: unexpected " + text);
        };
    }
}
