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
        Token t = f.offending;
        String msg = message(parser, f);
        return new Diagnostic(src.pos(t.getType() == Token.EOF ? src.length() : t.getStartIndex()), msg);
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

    private static String message(GoParser parser, RecognitionFailure f) {
        Token t = f.offending;
        int tt = t.getType();
        IntervalSet exp = f.expected;
        ParserRuleContext ctx = f.ctx;

        // Statement headers: Go's own phrases.
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof ForHeaderContext && tt == GoLexer.LBRACE) {
                return unexpected(t, ", expecting for loop condition");
            }
            if (c instanceof BlockContext || c instanceof LiteralValueContext || c instanceof ArgumentsContext
                    || c instanceof IndexContext || c instanceof ParenOperandContext) {
                break;
            }
        }

        // Innermost list-like construct decides, when the error comes where it could go on or close.
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof ArgumentsContext) {
                if (has(exp, GoLexer.COMMA) || has(exp, GoLexer.RPAREN)) {
                    if (has(exp, GoLexer.RPAREN) && tt != GoLexer.COMMA) {
                        return unexpected(t, " in argument list; possibly missing comma or )");
                    }
                }
                break;
            }
            if (c instanceof LiteralValueContext) {
                if (has(exp, GoLexer.RBRACE) && tt != GoLexer.COMMA) {
                    return unexpected(t, " in composite literal; possibly missing comma or }");
                }
                break;
            }
            if (c instanceof ParametersContext) {
                if (has(exp, GoLexer.RPAREN) && tt != GoLexer.COMMA) {
                    return unexpected(t, " in parameter list; possibly missing comma or )");
                }
                break;
            }
            if (c instanceof StatementListContext || c instanceof BlockContext) {
                if (has(exp, GoLexer.SEMI) && tt != GoLexer.SEMI) {
                    if (tt == GoLexer.ELSE) return unexpected(t, ", expecting }");
                    return unexpected(t, " at end of statement");
                }
                break;
            }
            if (c instanceof IfHeaderContext || c instanceof SwitchHeaderContext || c instanceof ForHeaderContext
                    || c instanceof IndexContext || c instanceof ParenOperandContext || c instanceof TypeArgsContext
                    || c instanceof StructTypeContext || c instanceof InterfaceTypeContext) {
                break;
            }
            if (c instanceof SourceFileContext) {
                if (has(exp, GoLexer.SEMI) && tt != GoLexer.SEMI) {
                    return unexpected(t, " after top level declaration");
                }
                break;
            }
        }

        // At the start of a top-level declaration.
        if (ctx instanceof SourceFileContext && has(exp, GoLexer.FUNC, GoLexer.VAR)) {
            if (tt == GoLexer.IMPORT) return "syntax error: imports must appear before other declarations";
            return "syntax error: non-declaration statement outside function body";
        }

        if (has(exp, GoLexer.NUMBER, GoLexer.IDENTIFIER, GoLexer.FUNC, GoLexer.LPAREN)) {
            return unexpected(t, ", expecting expression");
        }
        if (has(exp, GoLexer.IDENTIFIER, GoLexer.STAR, GoLexer.LBRACK, GoLexer.MAP, GoLexer.CHAN)) {
            return unexpected(t, ", expecting type");
        }
        if (exp.size() == 1) {
            return unexpected(t, ", expecting " + tokstring(exp.getMinElement()));
        }
        if (exp.size() == 2 && !f.noViableAlt) {
            return unexpected(t, ", expecting " + tokstring(exp.getMinElement()) + " or " + tokstring(exp.getMaxElement()));
        }
        return unexpected(t, "");
    }
}
