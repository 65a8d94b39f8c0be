package minigo.parser;

import minigo.ast.Diagnostic;
import minigo.parser.GoParser.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Words a syntax error found by ANTLR the way Go's compiler (cmd/compile/internal/syntax) words it.
 *
 * <p>Go's parser is hand-written recursive descent; each of its error sites has its own phrase. The
 * grammar here is shaped so that ANTLR stops on the same token Go does; this class then recognises
 * which of Go's sites that corresponds to, from the rule being parsed and the tokens that would have
 * been acceptable:
 * <ul>
 *   <li>a list (arguments, composite literal elements, parameters) that could have continued or
 *       closed: {@code unexpected X in argument list; possibly missing comma or )};</li>
 *   <li>a statement that could have ended: {@code unexpected X at end of statement}; a top-level
 *       declaration: {@code after top level declaration}; a statement where a declaration must
 *       be: {@code non-declaration statement outside function body};</li>
 *   <li>an expression or a type that should have started: {@code expecting expression},
 *       {@code expecting type};</li>
 *   <li>one specific token that was required: {@code expecting X}, with Go's names for tokens;</li>
 *   <li>otherwise {@code unexpected X}.</li>
 * </ul>
 * Go names the offending token by kind: {@code newline}, {@code EOF}, {@code semicolon},
 * {@code comma}, {@code literal "x"}, an identifier or keyword by itself, an operator by its text.
 */
final class GoSyntaxErrors {
    private GoSyntaxErrors() {}

    static Diagnostic translate(SourceText src, GoParser parser, RecognitionFailure f) {
        if (System.getenv("MINIGO_PARSE_DEBUG") != null) {
            StringBuilder stack = new StringBuilder();
            for (ParserRuleContext c = f.ctx; c != null; c = c.getParent()) stack.append(c.getClass().getSimpleName()).append(' ');
            System.err.println("parse error at " + f.offending + " noViable=" + f.noViableAlt + " expected="
                    + f.expected.toString(GoLexer.VOCABULARY) + " stack=" + stack
                    + (f.cause instanceof org.antlr.v4.runtime.NoViableAltException nv ? " start=" + nv.getStartToken() : ""));
        }
        Report r = report(parser, f);
        Token t = r.at();
        if (t.getType() == Token.EOF && r.message().startsWith("expected ")) return new Diagnostic(goParserEofPos(src), r.message());
        return new Diagnostic(src.pos(t.getType() == Token.EOF ? src.length() : t.getStartIndex()), r.message());
    }

    /**
     * Where go/parser puts EOF: a final newline does not start a new line for it, so EOF after
     * "x\n" is reported on x's line, one column past the newline.
     */
    static minigo.ast.Ast.Pos goParserEofPos(SourceText src) {
        int n = src.length();
        if (n > 0 && src.text.endsWith("\n")) {
            minigo.ast.Ast.Pos nl = src.pos(n - 1);
            return new minigo.ast.Ast.Pos(nl.file(), nl.line(), nl.col() + 1);
        }
        return src.pos(n);
    }

    /** Go's description of the token it did not expect. */
    static String describe(Token t) {
        switch (t.getType()) {
            case Token.EOF:
                return "EOF";
            case GoLexer.SEMI:
                return t.getText().equals(";") ? "semicolon" : t.getText();
            case GoLexer.COMMA:
                return "comma";
            case GoLexer.NUMBER: case GoLexer.RUNE: case GoLexer.STRING: case GoLexer.RAW_STRING:
                return "literal " + t.getText();
            default:
                return t.getText();
        }
    }

    /** Go's name for a token it wanted. */
    static String tokstring(int type) {
        switch (type) {
            case GoLexer.COMMA: return "comma";
            case GoLexer.SEMI: return "semicolon or newline";
            case GoLexer.IDENTIFIER: return "name";
            case Token.EOF: return "EOF";
            case GoLexer.HEADER_LBRACE: return "{";
            default:
                String lit = GoLexer.VOCABULARY.getLiteralName(type);
                return lit != null ? lit.substring(1, lit.length() - 1) : GoLexer.VOCABULARY.getSymbolicName(type);
        }
    }

    private static boolean has(IntervalSet s, int... types) {
        for (int t : types) if (!s.contains(t)) return false;
        return true;
    }

    private static String unexpected(Token t, String rest) {
        return "syntax error: unexpected " + describe(t) + rest;
    }

    private static boolean in(ParserRuleContext c, Class<?> k) {
        for (; c != null; c = c.getParent()) if (k.isInstance(c)) return true;
        return false;
    }

    private static String closerOf(ParserRuleContext c) {
        if (c instanceof ArgumentsContext || c instanceof ParametersContext || c instanceof ParenOperandContext) return ")";
        if (c instanceof IndexContext || c instanceof TypeArgsContext || c instanceof TypeParametersContext) return "]";
        if (c instanceof BlockContext || c instanceof HeaderBlockContext || c instanceof LiteralValueContext || c instanceof StructTypeContext
                || c instanceof InterfaceTypeContext || c instanceof SwitchStmtContext || c instanceof SelectStmtContext) return "}";
        return null;
    }

    private static boolean startsExpression(int t) {
        switch (t) {
            case GoLexer.IDENTIFIER: case GoLexer.NUMBER: case GoLexer.RUNE: case GoLexer.STRING: case GoLexer.RAW_STRING:
            case GoLexer.LPAREN: case GoLexer.LBRACK: case GoLexer.FUNC: case GoLexer.STRUCT: case GoLexer.MAP:
            case GoLexer.CHAN: case GoLexer.INTERFACE: case GoLexer.STAR: case GoLexer.AMP: case GoLexer.PLUS:
            case GoLexer.MINUS: case GoLexer.NOT: case GoLexer.CARET: case GoLexer.ARROW: case GoLexer.TILDE:
                return true;
            default:
                return false;
        }
    }

    private static String headerKeyword(ParserRuleContext c) {
        for (; c != null; c = c.getParent()) {
            if (c instanceof IfHeaderContext) return "if";
            if (c instanceof ForHeaderContext) return "for";
            if (c instanceof SwitchHeaderContext) return "switch";
            if (c instanceof BlockContext) return null;
        }
        return null;
    }

    /** The message, and possibly a different token to report it at (Go consumed one more token). */
    record Report(Token at, String message) {}

    static Report report(GoParser parser, RecognitionFailure f) {
        org.antlr.v4.runtime.TokenStream ts = parser.getInputStream();
        Token t = f.offending;
        int idx = t.getTokenIndex();
        Token prev = idx > 0 ? ts.get(idx - 1) : null;
        Token next = t.getType() != Token.EOF && idx + 1 < ts.size() ? ts.get(idx + 1) : null;
        int pt = prev != null ? prev.getType() : -1;
        ParserRuleContext ctx = f.ctx;
        IntervalSet exp = f.expected;
        int tt = t.getType();

        // ANTLR declines a separator whose successor cannot go on; Go takes it and fails on the successor.
        if (tt == GoLexer.COMMA && next != null && !startsExpression(next.getType())
                && pt != GoLexer.LPAREN && pt != GoLexer.COMMA && pt != GoLexer.LBRACK && pt != GoLexer.LBRACE
                && (in(ctx, ExpressionListContext.class) || ctx instanceof StatementContext || ctx instanceof SimpleStmtContext
                    || ctx instanceof StatementListContext || ctx instanceof BlockContext)
                && !in(ctx, ArgumentsContext.class) && !in(ctx, LiteralValueContext.class)) {
            return new Report(next, unexpected(next, ", expecting expression"));
        }

        if (tt == GoLexer.RBRACK && pt == GoLexer.LBRACK && !in(ctx, TypeArgsContext.class)
                && (in(ctx, IndexContext.class) || ctx instanceof IndexBodyContext)) {
            return new Report(t, unexpected(t, ", expecting operand"));
        }
        if (pt == GoLexer.SEMI && exp.size() == 1 && exp.contains(GoLexer.HEADER_LBRACE) && tt != GoLexer.HEADER_LBRACE) {
            return new Report(t, unexpected(t, ", expecting expression")); // Go reads a statement there
        }
        if (in(ctx, TypeArgsContext.class) && tt == GoLexer.RBRACK && pt == GoLexer.LBRACK) {
            return new Report(t, unexpected(t, ", expecting type"));
        }
        if (pt == GoLexer.COMMA && (ctx instanceof Type_Context || ctx instanceof IndexBodyContext || ctx instanceof TypeArgsContext)
                && (ctx.getParent() instanceof IndexBodyContext || ctx.getParent() instanceof TypeArgsContext
                    || ctx instanceof IndexBodyContext || ctx instanceof TypeArgsContext)) {
            return new Report(t, unexpected(t, ", expecting ]"));
        }
        if (ctx instanceof PackageClauseContext) {
            return new Report(t, "expected 'IDENT', found " + goParserFound(t));
        }
        if (tt == GoLexer.DEFINE && (in(ctx, VarSpecContext.class) || in(ctx, ConstSpecContext.class)
                || in(ctx, VarDeclContext.class) || in(ctx, ConstDeclContext.class) || afterSpecNames(ts, idx))) {
            return new Report(t, unexpected(t, ", expecting ="));
        }
        if (pt == GoLexer.COLON && idx >= 2 && ts.get(idx - 2).getType() == GoLexer.IDENTIFIER
                && tt != GoLexer.SEMI && tt != GoLexer.RBRACE
                && (ctx instanceof StatementListContext || ctx instanceof BlockContext || ctx instanceof HeaderBlockContext)) {
            return new Report(prev, "syntax error: missing statement after label");
        }
        String kw = headerKeyword(ctx);
        if (pt == GoLexer.IF || pt == GoLexer.FOR || pt == GoLexer.SWITCH) kw = prev.getText();
        if (kw != null && tt == GoLexer.VAR && next != null) {
            return new Report(next, "syntax error: var declaration not allowed in " + kw + " initializer");
        }
        if (pt == GoLexer.RETURN && tt != GoLexer.SEMI && tt != GoLexer.RBRACE) {
            return new Report(t, unexpected(t, ", expecting expression"));
        }
        if (pt == GoLexer.DOT && tt != GoLexer.IDENTIFIER) {
            boolean typeCtx = in(ctx, TypeNameContext.class) || in(ctx, InterfaceElemContext.class)
                    || in(ctx, EmbeddedFieldContext.class);
            return new Report(t, unexpected(t, typeCtx ? ", expecting name" : ", expecting name or ("));
        }
        if (exp.size() == 1 && exp.contains(GoLexer.HEADER_LBRACE)) {
            for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
                String k = c instanceof ForStmtContext ? "for" : c instanceof IfStmtContext ? "if"
                        : c instanceof SwitchStmtContext ? "switch" : null;
                if (k == null) continue;
                // Go asks for the brace itself when the header stopped after its first statement,
                // and for the block "after <k> clause" once the clause was complete.
                boolean complete = (c instanceof ForStmtContext fs && fs.forHeader() != null && fs.forHeader().getChildCount() > 1
                        && !(fs.forHeader() instanceof RangeNoVarsContext))
                        || (c instanceof IfStmtContext i && i.ifHeader() != null && i.ifHeader().SEMI() != null)
                        || (c instanceof SwitchStmtContext w && w.switchHeader() != null && w.switchHeader().SEMI() != null);
                boolean rangeDone = c instanceof ForStmtContext f2 && f2.forHeader() instanceof RangeNoVarsContext;
                if (!complete && !rangeDone && pt != GoLexer.FOR && pt != GoLexer.IF && pt != GoLexer.SWITCH) {
                    return new Report(t, unexpected(t, ", expecting {"));
                }
                return new Report(t, unexpected(t, ", expecting { after " + k + " clause"));
            }
        }
        if (pt == GoLexer.OR && in(ctx, TypeElemContext.class)) {
            return new Report(t, unexpected(t, ", expecting ~ term or type"));
        }
        if (in(ctx, TypeParametersContext.class) && exp.contains(GoLexer.RBRACK) && tt != GoLexer.COMMA) {
            return new Report(t, unexpected(t, " in parameter list; possibly missing comma or ]"));
        }
        if (ctx instanceof TypeArgsContext && exp.contains(GoLexer.RBRACK)) {
            return new Report(t, unexpected(t, ", expecting ]"));
        }
        if (pt == GoLexer.ELSE && tt != GoLexer.IF && tt != GoLexer.LBRACE) {
            return new Report(t, "syntax error: else must be followed by if or statement block");
        }
        // A function declaration: name, receiver, body on the next line.
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof FunctionDeclContext fd) {
                if (fd.receiver != null && fd.receiver.parameterDecl().isEmpty() && fd.IDENTIFIER() == null
                        && tt != GoLexer.IDENTIFIER) {
                    return new Report(t, "method has no receiver");
                }
                if (fd.IDENTIFIER() == null && exp.contains(GoLexer.IDENTIFIER)) {
                    return new Report(t, unexpected(t, ", expecting name or ("));
                }
                if (fd.signatureDecl() == null && exp.contains(GoLexer.LPAREN)) {
                    return new Report(t, unexpected(t, ", expecting ("));
                }
                break;
            }
            if (c instanceof BlockContext || c instanceof SignatureContext || c instanceof TypeParametersContext) break;
        }
        if (ctx instanceof SourceFileContext && (tt == GoLexer.LBRACE) && pt == GoLexer.SEMI) {
            return new Report(t, "syntax error: unexpected semicolon or newline before {");
        }
        if (in(ctx, TypeParametersContext.class) && tt == GoLexer.RBRACK && pt == GoLexer.LBRACK) {
            return new Report(t, "syntax error: empty type parameter list");
        }
        if (in(ctx, TypeParamDeclContext.class) && (tt == GoLexer.RBRACK || tt == GoLexer.COMMA)
                && pt == GoLexer.IDENTIFIER) {
            return new Report(t, "syntax error: missing type constraint");
        }
        if (ctx instanceof ForClauseContext fc && tt == GoLexer.HEADER_LBRACE && fc.SEMI().size() == 1 && fc.cond == null) {
            return new Report(t, unexpected(t, ", expecting for loop condition"));
        }
        if (ctx instanceof ArrayTypeContext && tt == GoLexer.COMMA) {
            return new Report(t, unexpected(t, "; expecting ]"));
        }
        if (ctx instanceof IndexBodyContext && has(exp, GoLexer.COMMA, GoLexer.COLON, GoLexer.RBRACK)) {
            return new Report(t, unexpected(t, ", expecting comma, : or ]"));
        }

        // At EOF, Go's list loops stop and it asks for the innermost closer.
        if (tt == Token.EOF) {
            for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
                String closer = closerOf(c);
                if (closer != null) return new Report(t, unexpected(t, ", expecting " + closer));
                if (c instanceof TypeSpecContext) return new Report(t, unexpected(t, " in type declaration"));
            }
        }

        // Innermost list-like construct decides, when the error comes where it could go on or close.
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof ArgumentsContext) {
                if (exp.contains(GoLexer.RPAREN) && tt != GoLexer.COMMA && pt != GoLexer.LPAREN && pt != GoLexer.COMMA) {
                    return new Report(t, unexpected(t, " in argument list; possibly missing comma or )"));
                }
                break;
            }
            if (c instanceof LiteralValueContext) {
                if (exp.contains(GoLexer.RBRACE) && tt != GoLexer.COMMA && pt != GoLexer.LBRACE && pt != GoLexer.COMMA) {
                    return new Report(t, unexpected(t, " in composite literal; possibly missing comma or }"));
                }
                break;
            }
            if (c instanceof ParametersContext) {
                if (pt == GoLexer.LPAREN || pt == GoLexer.COMMA) return new Report(t, unexpected(t, ", expecting )"));
                if (exp.contains(GoLexer.RPAREN)) {
                    return new Report(t, unexpected(t, " in parameter list; possibly missing comma or )"));
                }
                break;
            }
            if (c instanceof StructTypeContext && (pt == GoLexer.LBRACE || pt == GoLexer.SEMI) && tt != GoLexer.RBRACE) {
                return new Report(t, unexpected(t, ", expecting field name or embedded type"));
            }
            if (c instanceof StructTypeContext || c instanceof InterfaceTypeContext) {
                if (exp.contains(GoLexer.SEMI) && exp.contains(GoLexer.RBRACE)) {
                    String what = c instanceof StructTypeContext ? "struct type" : "interface type";
                    return new Report(t, unexpected(t, " in " + what + "; possibly missing semicolon or newline or }"));
                }
                break;
            }
            if (c instanceof ImportDeclContext || c instanceof ImportSpecContext) {
                // The go command reads the import block itself, with go/parser's words.
                if (exp.contains(GoLexer.STRING)) return new Report(t, "expected 'STRING', found " + goParserFound(t));
                ImportDeclContext d = c instanceof ImportDeclContext id ? id : (ImportDeclContext) c.getParent();
                if (d.LPAREN() != null) return new Report(t, "expected ';', found " + goParserFound(t));
                break;
            }
            if ((c instanceof ConstDeclContext || c instanceof VarDeclContext || c instanceof TypeDeclContext)
                    && (pt == GoLexer.VAR || pt == GoLexer.CONST || pt == GoLexer.TYPE || pt == GoLexer.COMMA)
                    && exp.contains(GoLexer.IDENTIFIER)) {
                return new Report(t, unexpected(t, ", expecting name"));
            }
            if (c instanceof ConstDeclContext || c instanceof VarDeclContext || c instanceof TypeDeclContext) {
                boolean grouped = c.getChild(1) instanceof org.antlr.v4.runtime.tree.TerminalNode tn
                        && tn.getSymbol().getType() == GoLexer.LPAREN;
                if (grouped && exp.contains(GoLexer.RPAREN) && tt != GoLexer.SEMI) {
                    return new Report(t, unexpected(t, " in grouped declaration; possibly missing semicolon or newline or )"));
                }
                if (c instanceof TypeDeclContext) return new Report(t, unexpected(t, " in type declaration"));
                break;
            }
            if (c instanceof TypeSpecContext) {
                return new Report(t, unexpected(t, " in type declaration"));
            }
            if ((c instanceof SwitchStmtContext || c instanceof SelectStmtContext) && has(exp, GoLexer.CASE, GoLexer.DEFAULT)) {
                if (pt != GoLexer.SEMI && pt != GoLexer.HEADER_LBRACE && pt != GoLexer.LBRACE && pt != GoLexer.COLON) {
                    return new Report(t, unexpected(t, " at end of statement"));
                }
                return new Report(t, unexpected(t, ", expecting case or default or }"));
            }
            if (c == ctx && (c instanceof ForStmtContext || c instanceof IfStmtContext || c instanceof SwitchStmtContext)
                    && exp.contains(GoLexer.HEADER_LBRACE) && exp.size() == 1) {
                String k = c instanceof ForStmtContext ? "for" : c instanceof IfStmtContext ? "if" : "switch";
                return new Report(t, unexpected(t, ", expecting { after " + k + " clause"));
            }
            if (c instanceof StatementListContext || c instanceof BlockContext || c instanceof CaseClauseContext
                    || c instanceof CommClauseContext || c instanceof SwitchStmtContext || c instanceof SelectStmtContext
                    || c instanceof HeaderBlockContext) {
                if (tt == GoLexer.SEMI || c != ctx || !(exp.contains(GoLexer.SEMI) || exp.contains(GoLexer.RBRACE))) break;
                if (pt == GoLexer.SEMI || pt == GoLexer.LBRACE || pt == GoLexer.HEADER_LBRACE || pt == GoLexer.COLON) {
                    if (startsExpression(tt) || tt == GoLexer.ELSE || tt == GoLexer.CASE || tt == GoLexer.DEFAULT
                            || tt == GoLexer.RPAREN || tt == GoLexer.RBRACK || !(c instanceof StatementListContext)) {
                        if (startsExpression(tt) && c instanceof StatementListContext) break;
                        return new Report(t, unexpected(t, ", expecting }"));
                    }
                    break;
                }
                return new Report(t, unexpected(t, " at end of statement"));
            }
            if (c instanceof IfHeaderContext || c instanceof SwitchHeaderContext || c instanceof ForHeaderContext
                    || c instanceof IndexContext || c instanceof ParenOperandContext || c instanceof TypeArgsContext) {
                break;
            }
            if (c instanceof SourceFileContext) {
                if (exp.contains(GoLexer.SEMI) && tt != GoLexer.SEMI) {
                    ParseTreeHolder last = lastDecl((SourceFileContext) c);
                    if (last.isImport || ((SourceFileContext) c).topLevelDecl().isEmpty() && ((SourceFileContext) c).importDecl().isEmpty()) {
                        return new Report(t, unexpected(t, ", expecting semicolon or newline"));
                    }
                    return new Report(t, unexpected(t, " after top level declaration"));
                }
                break;
            }
        }

        // At the start of a top-level declaration.
        if (ctx instanceof SourceFileContext && exp.contains(GoLexer.FUNC)) {
            return new Report(t, "syntax error: non-declaration statement outside function body");
        }

        if (pt == GoLexer.RETURN) {
            return new Report(t, unexpected(t, ", expecting expression"));
        }
        if (has(exp, GoLexer.NUMBER, GoLexer.IDENTIFIER, GoLexer.FUNC, GoLexer.LPAREN)) {
            return new Report(t, unexpected(t, ", expecting expression"));
        }
        if (has(exp, GoLexer.IDENTIFIER, GoLexer.STAR, GoLexer.LBRACK, GoLexer.MAP, GoLexer.CHAN)) {
            return new Report(t, unexpected(t, ", expecting type"));
        }
        IntervalSet e = exp;
        if (e.contains(GoLexer.LBRACE) && e.contains(GoLexer.HEADER_LBRACE)) {
            e = new IntervalSet(e);
            e.remove(GoLexer.HEADER_LBRACE);
        }
        if (e.size() == 2 && has(e, GoLexer.IDENTIFIER, GoLexer.LPAREN)) {
            return new Report(t, unexpected(t, ", expecting name or ("));
        }
        if (e.contains(GoLexer.IDENTIFIER) && (ctx instanceof VarDeclContext || ctx instanceof ConstDeclContext
                || ctx instanceof TypeDeclContext || ctx instanceof IdentifierListContext)) {
            return new Report(t, unexpected(t, ", expecting name"));
        }
        if (e.size() == 1) {
            return new Report(t, unexpected(t, ", expecting " + tokstring(e.getMinElement())));
        }
        if (has(e, GoLexer.ASSIGN, GoLexer.DEFINE, GoLexer.COMMA)) {
            return new Report(t, unexpected(t, ", expecting := or = or comma"));
        }
        return new Report(t, unexpected(t, ""));
    }

    /** True when the tokens before idx are "var|const name {, name}" (a spec's names). */
    private static boolean afterSpecNames(org.antlr.v4.runtime.TokenStream ts, int idx) {
        int i = idx - 1;
        while (i >= 0 && ts.get(i).getType() == GoLexer.IDENTIFIER) {
            i--;
            if (i >= 0 && ts.get(i).getType() == GoLexer.COMMA) i--;
            else break;
        }
        return i >= 0 && i < idx - 1 && (ts.get(i).getType() == GoLexer.VAR || ts.get(i).getType() == GoLexer.CONST);
    }

    private record ParseTreeHolder(boolean isImport) {}

    private static ParseTreeHolder lastDecl(SourceFileContext c) {
        boolean imp = !c.importDecl().isEmpty() && c.topLevelDecl().isEmpty();
        return new ParseTreeHolder(imp);
    }

    /** How go/parser names a token it found instead of the one it expected. */
    static String goParserFound(Token t) {
        switch (t.getType()) {
            case Token.EOF: return "'EOF'";
            case GoLexer.SEMI: return t.getText().equals(";") ? "';'" : "newline";
            case GoLexer.IDENTIFIER: case GoLexer.NUMBER: case GoLexer.RUNE: case GoLexer.STRING: case GoLexer.RAW_STRING:
                return t.getText();
            default:
                return "'" + t.getText() + "'";
        }
    }
}
