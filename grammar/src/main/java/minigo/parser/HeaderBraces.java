package minigo.parser;

import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Finds the brace that ends each {@code if}, {@code for} and {@code switch} header and retypes it
 * {@link GoLexer#HEADER_LBRACE}, so that the grammar needs no lookahead-sensitive state to tell a
 * composite literal from a block.
 *
 * <p>Go's rule (the spec's "parsing ambiguity" note): at the top level of a header, a composite literal
 * whose type is a bare type name ({@code T}, {@code pkg.T}, {@code T[int]}) is not recognised; a
 * brace after an operand there opens the statement's block. Literal types that are not names
 * ({@code []T}, {@code [N]T}, {@code map[K]V}, {@code struct{...}}) do take a composite literal, and
 * {@code func(...) R {} } is a function literal. Inside parentheses and brackets anything goes.
 *
 * <p>The scan walks the header's tokens with one bit of state, whether an operand is expected next
 * (after an operator, a comma, an assignment, a semicolon or {@code range}): a type literal can only
 * start there. Balanced groups are skipped whole. The first brace met at the top level that is not a
 * literal's, a function body's or a struct/interface type's is the header's. Each header keyword is
 * scanned on its own, so headers nested in function literals are handled when their keyword is met.
 */
final class HeaderBraces {
    private final List<Token> toks;

    private HeaderBraces(List<Token> toks) {
        this.toks = toks;
    }

    /** Retypes the header braces of a fully lexed token list (ending with EOF). */
    static void mark(List<Token> toks) {
        HeaderBraces h = new HeaderBraces(toks);
        for (int i = 0; i < toks.size(); i++) {
            int t = toks.get(i).getType();
            if (t == GoLexer.IF || t == GoLexer.FOR || t == GoLexer.SWITCH) {
                int b = h.headerBrace(i + 1);
                if (b >= 0) ((CommonToken) toks.get(b)).setType(GoLexer.HEADER_LBRACE);
            }
        }
    }

    private int type(int i) {
        return i < toks.size() ? toks.get(i).getType() : Token.EOF;
    }

    /** Index of the header brace of the header starting at i, or -1 (a malformed header). */
    private int headerBrace(int i) {
        boolean operandExpected = true;
        while (true) {
            int t = type(i);
            switch (t) {
                case Token.EOF:
                case GoLexer.RBRACE:
                case GoLexer.RPAREN:
                case GoLexer.RBRACK:
                    return -1;
                case GoLexer.LBRACE:
                case GoLexer.HEADER_LBRACE:
                    return i;
                case GoLexer.LPAREN:
                    i = skipGroup(i);
                    operandExpected = false;
                    continue;
                case GoLexer.LBRACK:
                    if (!operandExpected) {
                        i = skipGroup(i); // index, slice or instantiation
                        continue;
                    }
                    i = literalOperand(i);
                    operandExpected = false;
                    continue;
                case GoLexer.MAP:
                case GoLexer.STRUCT:
                    i = literalOperand(i);
                    operandExpected = false;
                    continue;
                case GoLexer.FUNC: {
                    i = skipSignature(i + 1);
                    if (type(i) == GoLexer.LBRACE) i = skipGroup(i);
                    operandExpected = false;
                    continue;
                }
                case GoLexer.INTERFACE:
                case GoLexer.CHAN:
                    i = skipType(i);
                    operandExpected = false;
                    continue;
                case GoLexer.IDENTIFIER:
                case GoLexer.NUMBER:
                case GoLexer.RUNE:
                case GoLexer.STRING:
                case GoLexer.RAW_STRING:
                case GoLexer.INC:
                case GoLexer.DEC:
                case GoLexer.TYPE:
                    operandExpected = false;
                    i++;
                    continue;
                case GoLexer.DOT:
                    operandExpected = false; // a selector or a type assertion follows
                    i++;
                    continue;
                default:
                    // operators, commas, assignments, semicolons, range: an operand comes next
                    operandExpected = true;
                    i++;
            }
        }
    }

    /** A type literal in operand position, and the composite literal that may follow it. */
    private int literalOperand(int i) {
        int j = skipType(i);
        if (type(j) == GoLexer.LBRACE) j = skipGroup(j);
        return j;
    }

    /** Skips a balanced (), [] or {} group starting at i; returns the index after its closer. */
    private int skipGroup(int i) {
        int depth = 0;
        for (; ; i++) {
            int t = type(i);
            if (t == Token.EOF) return i;
            if (t == GoLexer.LPAREN || t == GoLexer.LBRACK || t == GoLexer.LBRACE || t == GoLexer.HEADER_LBRACE) depth++;
            else if (t == GoLexer.RPAREN || t == GoLexer.RBRACK || t == GoLexer.RBRACE) {
                if (--depth <= 0) return i + 1;
            }
        }
    }

    /** Skips a function signature starting at its parameter list; returns the index after it. */
    private int skipSignature(int i) {
        if (type(i) != GoLexer.LPAREN) return i;
        i = skipGroup(i);
        if (type(i) == GoLexer.LPAREN) return skipGroup(i);
        return startsType(type(i)) ? skipType(i) : i;
    }

    private static boolean startsType(int t) {
        switch (t) {
            case GoLexer.IDENTIFIER: case GoLexer.LBRACK: case GoLexer.STAR: case GoLexer.MAP: case GoLexer.CHAN:
            case GoLexer.FUNC: case GoLexer.STRUCT: case GoLexer.INTERFACE: case GoLexer.ARROW: case GoLexer.LPAREN:
                return true;
            default:
                return false;
        }
    }

    /** Skips one type starting at i; returns the index after it. */
    private int skipType(int i) {
        switch (type(i)) {
            case GoLexer.IDENTIFIER:
                i++;
                if (type(i) == GoLexer.DOT && type(i + 1) == GoLexer.IDENTIFIER) i += 2;
                if (type(i) == GoLexer.LBRACK) i = skipGroup(i); // type arguments
                return i;
            case GoLexer.LBRACK:
                return skipType(skipGroup(i));
            case GoLexer.STAR:
                return skipType(i + 1);
            case GoLexer.MAP:
                return skipType(skipGroup(i + 1));
            case GoLexer.CHAN:
                i++;
                if (type(i) == GoLexer.ARROW) i++;
                return skipType(i);
            case GoLexer.ARROW:
                // <-chan T
                return type(i + 1) == GoLexer.CHAN ? skipType(i + 2) : i + 1;
            case GoLexer.FUNC:
                return skipSignature(i + 1);
            case GoLexer.STRUCT:
            case GoLexer.INTERFACE:
                return type(i + 1) == GoLexer.LBRACE ? skipGroup(i + 1) : i + 1;
            case GoLexer.LPAREN:
                return skipGroup(i);
            default:
                return i;
        }
    }
}
