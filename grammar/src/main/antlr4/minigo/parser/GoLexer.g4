/*
 * The lexical grammar of Go (https://go.dev/ref/spec#Lexical_elements), written for minigo.
 *
 * Automatic semicolons are inserted HERE, as the spec describes them: when a line's final token is an
 * identifier, a literal, one of the keywords break/continue/fallthrough/return, or one of ++ -- ) ] },
 * the newline (or a general comment spanning lines, or the end of the file) becomes a SEMI token.
 * The parser therefore sees exactly the token stream of the spec. An inserted SEMI's text is
 * "newline" or "EOF" (what Go's compiler calls it in "unexpected newline"); a written one is ";".
 *
 * Literal rules are deliberately a little wider than the spec (a number may carry invalid digits, a
 * rune literal may hold several characters): the scanner-level checks that Go performs, with Go's
 * words, are done by minigo.parser.LiteralChecks so that errors read as Go's. Malformed text that
 * would otherwise be lost (an unterminated string, a stray character) gets a token of its own that
 * the parser driver turns into Go's diagnostic.
 */
lexer grammar GoLexer;

// The brace that ends an if/for/switch header; the lexer never produces it, HeaderBraces retypes '{'.
tokens { HEADER_LBRACE }

@members {
    /** The last token sent to the parser on the default channel, for the semicolon rule. */
    private Token lastSignificant;
    private Token pending;
    /** Malformed text seen so far (copies of the tokens with their original types), for the driver. */
    public final java.util.List<Token> problems = new java.util.ArrayList<>();

    private static boolean endsStatement(Token t) {
        if (t == null) return false;
        switch (t.getType()) {
            case IDENTIFIER: case NUMBER: case RUNE: case STRING: case RAW_STRING:
            case BREAK: case CONTINUE: case FALLTHROUGH: case RETURN:
            case INC: case DEC: case RPAREN: case RBRACK: case RBRACE:
                return true;
            default:
                return false;
        }
    }

    private Token semicolon(Token at, String text) {
        org.antlr.v4.runtime.CommonToken semi = new org.antlr.v4.runtime.CommonToken(at);
        semi.setType(SEMI);
        semi.setChannel(Token.DEFAULT_CHANNEL);
        semi.setText(text);
        semi.setStopIndex(at.getStartIndex() - 1);
        return semi;
    }

    @Override
    public Token nextToken() {
        if (pending != null) {
            Token p = pending;
            pending = null;
            return p;
        }
        while (true) {
            Token t = super.nextToken();
            int type = t.getType();
            switch (type) {
                case INVALID_CHAR:
                case UNTERMINATED_COMMENT:
                    // Go reports these and carries on as if the text were not there.
                    problems.add(new org.antlr.v4.runtime.CommonToken(t));
                    continue;
                case UNTERMINATED_STRING:
                case UNTERMINATED_RAW:
                case UNTERMINATED_RUNE:
                    // Reported, then treated as the literal it was meant to be.
                    problems.add(new org.antlr.v4.runtime.CommonToken(t));
                    ((org.antlr.v4.runtime.CommonToken) t).setType(
                            type == UNTERMINATED_RUNE ? RUNE : type == UNTERMINATED_RAW ? RAW_STRING : STRING);
                    type = t.getType();
                    break;
                default:
                    break;
            }
            if (type == NEWLINE || (type == BLOCK_COMMENT && t.getText().indexOf('\n') >= 0)) {
                if (endsStatement(lastSignificant)) {
                    lastSignificant = null;
                    return semicolon(t, "newline");
                }
                continue;
            }
            if (type == Token.EOF) {
                if (endsStatement(lastSignificant)) {
                    lastSignificant = null;
                    pending = t;
                    return semicolon(t, "EOF");
                }
                return t;
            }
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            lastSignificant = t;
            return t;
        }
    }
}

// ------------------------------------------------------------------ keywords

BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

// ------------------------------------------------------------------ operators and punctuation

ELLIPSIS        : '...';
AND_NOT_ASSIGN  : '&^=';
SHL_ASSIGN      : '<<=';
SHR_ASSIGN      : '>>=';
AND_NOT         : '&^';
ADD_ASSIGN      : '+=';
SUB_ASSIGN      : '-=';
MUL_ASSIGN      : '*=';
QUO_ASSIGN      : '/=';
REM_ASSIGN      : '%=';
AND_ASSIGN      : '&=';
OR_ASSIGN       : '|=';
XOR_ASSIGN      : '^=';
LOGICAL_AND     : '&&';
LOGICAL_OR      : '||';
ARROW           : '<-';
INC             : '++';
DEC             : '--';
EQL             : '==';
NEQ             : '!=';
LEQ             : '<=';
GEQ             : '>=';
DEFINE          : ':=';
SHL             : '<<';
SHR             : '>>';
PLUS            : '+';
MINUS           : '-';
STAR            : '*';
DIV             : '/';
MOD             : '%';
AMP             : '&';
OR              : '|';
CARET           : '^';
LESS            : '<';
GREATER         : '>';
ASSIGN          : '=';
NOT             : '!';
TILDE           : '~';
LPAREN          : '(';
RPAREN          : ')';
LBRACK          : '[';
RBRACK          : ']';
LBRACE          : '{';
RBRACE          : '}';
COMMA           : ',';
SEMI            : ';';
COLON           : ':';
DOT             : '.';

// ------------------------------------------------------------------ identifiers and literals

/*
 * As Go's scanner reads names: any non-ASCII character continues (or starts) an identifier; those
 * that are not letters or digits are reported afterwards ("invalid character U+20AC '€' in
 * identifier"), as is a leading Unicode digit.
 */
IDENTIFIER : ([a-zA-Z_] | NON_ASCII) ([a-zA-Z_0-9] | NON_ASCII)*;

/*
 * One rule for every number, shaped like Go's scanner reads one: a mantissa in some base, an optional
 * exponent, an optional imaginary suffix. Invalid digits for the base are accepted here and rejected
 * with Go's message later.
 */
NUMBER
    : '0' [xX] [0-9a-fA-F_]* ('.' [0-9a-fA-F_]*)? ([pP] [+-]? [0-9_]*)? 'i'?
    | '0' [bBoO] [0-9_]* ('.' [0-9_]*)? ([eEpP] [+-]? [0-9_]*)? 'i'?
    | ( [0-9] [0-9_]* ('.' [0-9_]*)? | '.' [0-9] [0-9_]* ) ([eEpP] [+-]? [0-9_]*)? 'i'?
    ;

RUNE        : '\'' ( ~['\\\n] | '\\' ~[\n] )* '\'';
STRING      : '"' ( ~["\\\n] | '\\' ~[\n] )* '"';
RAW_STRING  : '`' ~'`'* '`';

// ------------------------------------------------------------------ ignored text

WS            : [ \t\r\u000C]+ -> channel(HIDDEN);
NEWLINE       : '\n' -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
LINE_COMMENT  : '//' ~[\n]* -> channel(HIDDEN);

// ------------------------------------------------------------------ malformed text (reported by the driver)

UNTERMINATED_RUNE    : '\'' ( ~['\\\n] | '\\' ~[\n] )*;
UNTERMINATED_STRING  : '"' ( ~["\\\n] | '\\' ~[\n] )*;
UNTERMINATED_RAW     : '`' ~'`'*;
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF;
INVALID_CHAR         : .;

fragment NON_ASCII : ~[\u0000-\u007F];
