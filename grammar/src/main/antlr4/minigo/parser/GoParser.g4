/*
 * The syntax of Go (https://go.dev/ref/spec), generics included, written for minigo.
 *
 * Shape. The grammar follows the spec's productions, with two deliberate departures that make the
 * grammar LL(1) where Go's own parser is, so that ANTLR's prediction stays cheap and error reports
 * land where Go's do:
 *   - a simple statement is an expression list followed by what makes it a send, an inc/dec, an
 *     assignment or a short variable declaration (Go's parser reads it the same way); the AST builder
 *     rejects what the spec does not allow (x, y++).
 *   - types that can start an expression (slice, array, map, chan, func, struct, interface types) are
 *     operands, so that conversions ([]byte(s)), make/new arguments and type arguments (F[[]int]) are
 *     expressions, as in go/ast.
 *
 * The composite-literal ambiguity. In `if x == T {`, the brace opens the if's block, not a composite
 * literal T{...}. Go decides this while parsing, with an expression nesting level that forbids
 * composite literals of bare type names at the top level of a statement header. An LL(*) parser
 * cannot use such state safely (its lookahead may run far past the brace), so the decision is made
 * before parsing, on tokens, by minigo.parser.HeaderBraces: it finds the brace that ends each
 * if/for/switch header exactly as Go's rule does and retypes it HEADER_LBRACE. The grammar then has
 * no ambiguity: a composite literal always opens with LBRACE, a header's block with HEADER_LBRACE.
 */
parser grammar GoParser;

options { tokenVocab = GoLexer; }

@members {
    /**
     * {@code type T[P C] ...} declares type parameters; {@code type T [N]E} declares an array. At the
     * name of a type spec followed by '[', decide as Go 1.19 does: an array unless what follows the
     * first name inside the brackets cannot continue an expression (another name, a type keyword,
     * '~', a comma); for the ambiguous '*' and '(' (P *C, P (C)), type parameters only when the
     * constraint is a type literal or a comma follows at the top level.
     */
    private boolean isTypeParamList() {
        TokenStream in = getInputStream();
        if (in.LA(1) != GoLexer.IDENTIFIER || in.LA(2) != GoLexer.LBRACK || in.LA(3) != GoLexer.IDENTIFIER) return false;
        switch (in.LA(4)) {
            case GoLexer.IDENTIFIER: case GoLexer.INTERFACE: case GoLexer.TILDE: case GoLexer.MAP: case GoLexer.CHAN:
            case GoLexer.FUNC: case GoLexer.STRUCT: case GoLexer.COMMA: case GoLexer.ARROW:
                return true;
            case GoLexer.LBRACK: {
                // P [N]E (a constraint) or a[i] (an array length): look past the brackets.
                int depth = 0;
                int i = 4;
                for (; ; i++) {
                    int t = in.LA(i);
                    if (t == Token.EOF) return false;
                    if (t == GoLexer.LBRACK || t == GoLexer.LPAREN || t == GoLexer.LBRACE) depth++;
                    else if (t == GoLexer.RBRACK || t == GoLexer.RPAREN || t == GoLexer.RBRACE) {
                        if (--depth == 0) break;
                    }
                }
                switch (in.LA(i + 1)) {
                    case GoLexer.IDENTIFIER: case GoLexer.LBRACK: case GoLexer.MAP: case GoLexer.CHAN:
                    case GoLexer.FUNC: case GoLexer.STRUCT: case GoLexer.INTERFACE: case GoLexer.STAR:
                        return in.LA(i + 1) != GoLexer.STAR || in.LA(5) == GoLexer.RBRACK;
                    default:
                        return false;
                }
            }
            case GoLexer.STAR: case GoLexer.LPAREN: {
                int k = 5;
                while (in.LA(k) == GoLexer.STAR || in.LA(k) == GoLexer.LPAREN) k++;
                switch (in.LA(k)) {
                    case GoLexer.INTERFACE: case GoLexer.STRUCT: case GoLexer.MAP: case GoLexer.CHAN:
                    case GoLexer.FUNC: case GoLexer.LBRACK: case GoLexer.TILDE:
                        return true;
                    default:
                        break;
                }
                int depth = 0;
                for (int i = 4; ; i++) {
                    int t = in.LA(i);
                    if (t == Token.EOF) return false;
                    if (t == GoLexer.LBRACK || t == GoLexer.LPAREN || t == GoLexer.LBRACE) depth++;
                    else if (t == GoLexer.RPAREN || t == GoLexer.RBRACE) depth--;
                    else if (t == GoLexer.RBRACK) { if (depth == 0) return false; depth--; }
                    else if (t == GoLexer.COMMA && depth == 0) return true;
                }
            }
            default:
                return false;
        }
    }

}

// ====================================================================== source file

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause
    : PACKAGE IDENTIFIER
    ;

importDecl
    : IMPORT (importSpec | LPAREN importSpec? (SEMI importSpec?)* RPAREN)
    ;

importSpec
    : (DOT | IDENTIFIER)? string_
    ;

topLevelDecl
    : declaration
    | functionDecl
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | LPAREN constSpec? (SEMI constSpec?)* RPAREN)
    ;

/* "const x int" is read (Go's checker reports the missing value), so the type does not need "=". */
constSpec
    : identifierList type_? (ASSIGN expressionList)?
    ;

varDecl
    : VAR (varSpec | LPAREN varSpec? (SEMI varSpec?)* RPAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

typeDecl
    : TYPE (typeSpec | LPAREN typeSpec? (SEMI typeSpec?)* RPAREN)
    ;

typeSpec
    : {isTypeParamList()}? IDENTIFIER typeParameters type_      # genericTypeSpec
    | IDENTIFIER ASSIGN type_              # aliasTypeSpec
    | IDENTIFIER type_                     # plainTypeSpec
    ;

functionDecl
    : FUNC receiver=parameters? IDENTIFIER typeParameters? signatureDecl block?
    ;

identifierList
    : IDENTIFIER (COMMA IDENTIFIER)*
    ;

// ====================================================================== types

type_
    : typeName typeArgs?
    | typeLit
    | LPAREN type_ RPAREN
    ;

typeName
    : IDENTIFIER (DOT IDENTIFIER)?
    ;

/* As Go reads them: the first argument as an expression (so T[2] is an instantiation to complain
   about later, not an error here), the others as types. */
typeArgs
    : LBRACK expression (COMMA type_)* COMMA? RBRACK
    ;

typeLit
    : arrayType
    | ellipsisArrayType
    | sliceType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | channelType
    ;

arrayType
    : LBRACK expression RBRACK type_
    ;

ellipsisArrayType
    : LBRACK ELLIPSIS RBRACK type_
    ;

sliceType
    : LBRACK RBRACK type_
    ;

pointerType
    : STAR type_
    ;

mapType
    : MAP LBRACK type_ RBRACK type_
    ;

channelType
    : CHAN ARROW type_                     # sendChanType
    | CHAN type_                           # bothChanType
    | ARROW CHAN type_                     # recvChanType
    ;

functionType
    : FUNC signature
    ;

signature
    : parameters result?
    ;

/*
 * The same for declared functions and interface methods. A separate rule because ANTLR's fast
 * prediction looks at every place a rule can be followed: a func TYPE may be followed by '(' (a
 * conversion), which would make "func f() (" ambiguous for it until much later.
 */
signatureDecl
    : parameters result?
    ;

/* A parenthesised result is a parameter list (never a parenthesised type), so one token decides. */
result
    : parameters
    | typeName typeArgs?
    | typeLit
    ;

parameters
    : LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN
    ;

/* A parameter is [name] [...]type; the builder groups "a, b int" as Go does. */
parameterDecl
    : ELLIPSIS? type_
    | IDENTIFIER ELLIPSIS? type_
    ;

typeParameters
    : LBRACK typeParamDecl (COMMA typeParamDecl)* COMMA? RBRACK
    ;

typeParamDecl
    : identifierList typeElem
    ;

typeElem
    : typeTerm (OR typeTerm)*
    ;

typeTerm
    : TILDE? type_
    ;

structType
    : STRUCT LBRACE fieldDecl? (SEMI fieldDecl?)* RBRACE
    ;

/* Any literal is read as a tag, as Go's parser does; a non-string one is rejected with Go's words. */
fieldDecl
    : (identifierList type_ | embeddedField) tag=basicLit?
    ;

embeddedField
    : STAR? typeName typeArgs?
    ;

interfaceType
    : INTERFACE LBRACE interfaceElem? (SEMI interfaceElem?)* RBRACE
    ;

interfaceElem
    : typeElem                             # typeSetElem
    | IDENTIFIER signatureDecl             # methodElem
    ;

// ====================================================================== statements

block
    : LBRACE statementList RBRACE
    ;

/* The block of an if/for/switch opens with the header brace found by HeaderBraces. */
headerBlock
    : HEADER_LBRACE statementList RBRACE
    ;

statementList
    : statement? (SEMI statement?)*
    ;

statement
    : declaration                          # declStmt
    | simpleStmt                           # simpleStatement
    | IDENTIFIER COLON statement?          # labeledStmt
    | GO expression                        # goStmt
    | RETURN expressionList?               # returnStmt
    | BREAK IDENTIFIER?                    # breakStmt
    | CONTINUE IDENTIFIER?                 # continueStmt
    | GOTO IDENTIFIER                      # gotoStmt
    | FALLTHROUGH                          # fallthroughStmt
    | block                                # blockStmt
    | ifStmt                               # ifStatement
    | switchStmt                           # switchStatement
    | selectStmt                           # selectStatement
    | forStmt                              # forStatement
    | DEFER expression                     # deferStmt
    ;

simpleStmt
    : expressionList
      ( ARROW expression
      | (INC | DEC)
      | assignOp (RANGE rangeX=expression | expressionList)
      | DEFINE (RANGE rangeX=expression | expressionList)
      )?
    ;

assignOp
    : ASSIGN | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | QUO_ASSIGN | REM_ASSIGN | AND_ASSIGN | OR_ASSIGN
    | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
    ;

ifStmt
    : IF ifHeader headerBlock (ELSE (ifStmt | block))?
    ;

/* Read as Go reads it: a first simple statement; if a semicolon follows, it was the init. */
ifHeader
    : first=simpleStmt? (SEMI second=simpleStmt?)?
    ;

switchStmt
    : SWITCH switchHeader HEADER_LBRACE caseClause* RBRACE
    ;

switchHeader
    : first=simpleStmt? (SEMI second=simpleStmt?)?
    ;

caseClause
    : (CASE expressionList | DEFAULT) COLON statementList
    ;

selectStmt
    : SELECT LBRACE commClause* RBRACE
    ;

commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;

forStmt
    : FOR forHeader headerBlock
    ;

/* A range clause with variables is a simple statement whose right side is "range x". */
forHeader
    : RANGE expression                                                   # rangeNoVars
    | init=simpleStmt? (SEMI cond=expression? SEMI post=simpleStmt?)?    # forClause
    ;

// ====================================================================== expressions

expressionList
    : expression (COMMA expression)*
    ;

expression
    : unaryExpr                                                                        # unary
    | expression op=(STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT) expression          # binary
    | expression op=(PLUS | MINUS | OR | CARET) expression                             # binary
    | expression op=(EQL | NEQ | LESS | LEQ | GREATER | GEQ) expression                # binary
    | expression op=LOGICAL_AND expression                                             # binary
    | expression op=LOGICAL_OR expression                                              # binary
    ;

unaryExpr
    : primaryExpr
    | op=(PLUS | MINUS | NOT | CARET | STAR | AMP | ARROW | TILDE) unaryExpr
    ;

primaryExpr
    : operand                                                      # operandExpr
    | primaryExpr DOT IDENTIFIER                                   # selectorExpr
    | primaryExpr DOT LPAREN TYPE RPAREN                           # typeSwitchGuard
    | primaryExpr DOT LPAREN type_ RPAREN                          # typeAssertion
    | primaryExpr index                                            # indexExpr
    | primaryExpr arguments                                        # callExpr
    ;

index
    : LBRACK indexBody RBRACK
    ;

/* After a comma only types can follow, as in Go's parser (x[a, b] is an instantiation). */
indexBody
    : expression (sliceTail | (COMMA type_)* COMMA?)
    | sliceTail
    ;

sliceTail
    : COLON high=expression? (COLON max=expression?)?
    ;

arguments
    : LPAREN (expressionList ELLIPSIS? COMMA?)? RPAREN
    ;

operand
    : basicLit                                                     # literalOperand
    | IDENTIFIER                                                   # nameOperand
    | typeName typeArgs? literalValue                              # namedCompositeLit
    | literalType literalValue?                                    # compositeLit
    | FUNC signature block?                                        # functionLit
    | LPAREN expression RPAREN                 # parenOperand
    | typeLitOperand                                               # typeOperand
    ;

basicLit
    : NUMBER
    | RUNE
    | string_
    ;

string_
    : STRING
    | RAW_STRING
    ;

literalType
    : structType
    | arrayType
    | ellipsisArrayType
    | sliceType
    | mapType
    ;

/*
 * Other types that may stand where an expression is expected (conversions, make/new, type
 * arguments); array, slice, map and struct types come through literalType, func types through
 * functionLit without a body.
 */
typeLitOperand
    : interfaceType
    | channelType
    ;

literalValue
    : LBRACE (keyedElement (COMMA keyedElement)* COMMA?)? RBRACE
    ;

keyedElement
    : element (COLON element)?
    ;

element
    : expression
    | literalValue
    ;
