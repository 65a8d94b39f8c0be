/**
 * How Go source becomes minigo's AST: {@link minigo.parser.SourceParser#parse(String, byte[])} takes a
 * file's bytes and returns an {@link minigo.ast.Ast.File}, or throws a {@link minigo.ast.CompileError}
 * whose diagnostics read as Go 1.19's {@code go run} prints them.
 *
 * <h2>Phases</h2>
 * <table>
 *   <caption>From bytes to AST</caption>
 *   <tr><th>Phase</th><th>Class</th><th>What it does</th><th>Errors it finds</th></tr>
 *   <tr><td>decode</td><td>{@code SourceText}</td>
 *       <td>strict UTF-8 decoding; tables from ANTLR's code point offsets to Go's (line, byte column)</td>
 *       <td>invalid UTF-8 encoding, invalid NUL character, BOM in the middle</td></tr>
 *   <tr><td>lex</td><td>{@code GoLexer} (GoLexer.g4)</td>
 *       <td>tokens of the spec; automatic semicolons; malformed text kept as tokens of its own</td>
 *       <td>invalid character, string/rune/comment not terminated, newline in string</td></tr>
 *   <tr><td>check literals</td><td>{@code LiteralChecks}</td>
 *       <td>the checks of Go's scanner on numbers, runes and escapes</td>
 *       <td>invalid digit, '_' must separate successive digits, unknown escape, ...</td></tr>
 *   <tr><td>header braces</td><td>{@code HeaderBraces}</td>
 *       <td>marks the brace that ends each if/for/switch header (see below)</td><td>-</td></tr>
 *   <tr><td>parse (fast)</td><td>{@code GoParser} (GoParser.g4), SLL mode</td>
 *       <td>the parse tree, bailing out at the first problem</td><td>-</td></tr>
 *   <tr><td>parse (report)</td><td>GoParser, LL mode, {@code CommittingATNSimulator},
 *       {@code FirstErrorStrategy}, {@code GoSyntaxErrors}</td>
 *       <td>only when the fast parse failed: the same parse, committing to alternatives where Go's
 *       parser commits, stopping at the first error and wording it as Go does</td>
 *       <td>syntax error: unexpected X, expecting Y; ... at end of statement; ... outside function
 *       body; go/build's {@code expected 'package', found ...} and import-block messages</td></tr>
 *   <tr><td>build</td><td>{@code AstBuilder}</td>
 *       <td>parse tree to {@link minigo.ast.Ast} records with Go's positions, plus the checks Go's
 *       parser makes beyond the grammar</td>
 *       <td>cannot use ... as value, missing condition in if statement, mixed named and unnamed
 *       parameters, expression in go/defer must be function call, select case must be send or
 *       receive, 3-index slice indices, ...</td></tr>
 * </table>
 * All of it runs on a thread with a 512 MB stack, because both ANTLR and the builder recurse as deep
 * as the source nests (10,000 nested parentheses are valid Go); nesting beyond 100,000 brackets is
 * refused up front, and a stack overflow anyway becomes a diagnostic, never a Java stack trace.
 *
 * <h2>Semicolons</h2>
 * The spec's rule is implemented in the lexer ({@code GoLexer.nextToken}), so the parser sees the
 * spec's token stream: after a line's last token, if that token is an identifier, a literal, one of
 * {@code break continue fallthrough return} or one of <code>++ -- ) ] }</code>, the newline becomes a
 * {@code SEMI} token whose text is {@code "newline"}; the same happens at the end of the file (text
 * {@code "EOF"}) and for a general comment that spans lines (it acts like a newline). A written
 * semicolon has text {@code ";"}. Those texts are what Go names in {@code unexpected newline},
 * {@code unexpected semicolon}. The grammar allows a statement list's last semicolon to be omitted
 * before a closing brace, as the spec does.
 *
 * <h2>Ambiguities and how they are resolved</h2>
 * <ul>
 *   <li><b>Composite literal or block.</b> In {@code if x == T {}} the brace opens the block. Go's
 *   parser tracks an expression nesting level and refuses composite literals of bare type names
 *   ({@code T}, {@code pkg.T}, {@code T[int]}) at the top level of a statement header, while
 *   {@code []T{}}, {@code map[K]V{}}, {@code struct{}{}} and anything inside parentheses remain
 *   literals. A parser with unbounded lookahead cannot consult such state safely, so the decision
 *   is taken on tokens before parsing: {@code HeaderBraces} finds the header's brace by Go's rule and
 *   retypes it {@code HEADER_LBRACE}; if/for/switch blocks open only with it and composite literals
 *   only with {@code LBRACE}. The grammar is then unambiguous.</li>
 *   <li><b>Array or type parameters.</b> {@code type A [N]int} is an array, {@code type L[T any] ...}
 *   is generic; {@code type T[P *C] ...} is decided as Go 1.19 decides it (an array unless the
 *   constraint is clearly a type or a comma follows), by a predicate on the tokens after the name.</li>
 *   <li><b>Types in expressions.</b> Conversions ({@code []byte(s)}), {@code make}/{@code new}
 *   arguments and type arguments ({@code F[[]int]}) need types where expressions stand: type
 *   literals are operands, and {@code *T} is a unary expression, as in go/ast (StarExpr either
 *   way). {@code <-chan T} written as an expression is folded back into a ChanType.</li>
 *   <li><b>Simple statements</b> are read as Go reads them: an expression list, then what follows
 *   decides (send, inc/dec, assignment, short variable declaration, {@code range} in a for header).
 *   Headers read a first simple statement and learn from a following semicolon that it was the init.
 *   This keeps every choice decidable by the next token, as in Go's parser.</li>
 *   <li><b>Parameters</b> are read as {@code [name] [...]Type} and grouped afterwards as Go does:
 *   when any parameter is named, a lone type name before a named one is a name sharing its type
 *   ({@code a, b int}).</li>
 * </ul>
 *
 * <h2>Positions</h2>
 * Go counts lines from 1 and columns in bytes from 1, a tab being one column. ANTLR counts code
 * points, so {@code SourceText} records the UTF-8 offset of every code point and the byte offset of
 * every line start; a token's position is looked up from its start index. Each node's
 * {@code pos} is where go/ast's {@code Pos()} points (for a binary expression, its left operand), and
 * the extra positions Go's compiler reports at (operators, parentheses, braces, brackets, colons,
 * assignment tokens) are recorded too. The test {@code AstGoldenTest} compares every node and position
 * with go/ast's on real programs, and the whole Go 1.19 source tree (4,727 files) was found identical.
 *
 * <h2>Error reporting</h2>
 * Go's parser is hand-written recursive descent with one phrase per error site, and it stops at the
 * first syntax error of a file in practice (its later errors are mostly consequences), so minigo
 * reports the first syntax error exactly and does not attempt recovery (on the golden cases, 90% of
 * files give Go's complete output anyway; the rest lack only Go's follow-on errors after its own
 * recovery). Lexical and literal errors, which Go reports without stopping, are all collected, and
 * so are the parser-level errors of statements complete before the syntax error. As in Go, an error
 * at EOF after earlier errors is dropped, at most one syntax error is kept per line, and the result
 * is sorted by position and cut at 10.
 *
 * <p>To stop on the token where Go stops, the grammar decides with one token wherever Go's parser
 * does, and the reporting parse uses {@code CommittingATNSimulator}: ANTLR's fast prediction assumes
 * any token that may follow a rule anywhere may follow it here, so on invalid input it can keep a
 * dead alternative alive, run on to the error and guess; the simulator retries such dead ends with
 * full context and, when every alternative dies at the same later token, commits to the alternative
 * Go's parser would have taken. {@code GoSyntaxErrors} then recognises Go's error site from the rule
 * stack, the expected tokens and the neighbouring tokens, and names tokens as Go does (a name or a
 * keyword by itself, {@code literal "x"}, {@code newline}, {@code comma}, {@code EOF}).
 * {@code syntax/regen.sh} records real Go's first error line for each case of the golden test.
 *
 * <p>Measured fidelity (first error line identical to go 1.19's): all 244 golden cases; 222 of 228
 * random one-edit mutations of the conformance programs whose first error is a syntax or lexical
 * one (the misses need Go's error recovery, or its reading of <code>a[i][j]{</code> as a composite
 * literal in statement context). Random mutants never escape as Java exceptions
 * ({@code MalformedInputTest}).
 *
 * <p>Two errors belong to the go command rather than the compiler (it reads each file's package
 * clause and imports first): a missing package clause ({@code expected 'package', found 'func'}) and
 * malformed import blocks ({@code expected 'STRING', found newline}), with go/parser's words and
 * positions; when one occurs it is the only diagnostic, and Go prints it without the
 * {@code # command-line-arguments} header and without {@code ./} before the file name, which the
 * launcher should mirror ({@link minigo.parser.SourceParser#reportedByGoCommand} tells them apart).
 *
 * <p>Developer aid: with {@code MINIGO_PARSE_DEBUG} set in the environment, the driver prints to
 * stderr when the fast parse fails and, for a syntax error, ANTLR's view of it (rule stack, expected
 * tokens), which is what a new wording rule in {@code GoSyntaxErrors} is written from.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Every parse tree the grammar accepts builds into an AST or a Go-worded diagnostic; the
 *   builder never sees an ANTLR error node (parsing stops at the first error).</li>
 *   <li>Lists in the AST are never null; a const spec that repeats the previous one keeps its
 *   values empty and type null ({@code ValueSpec.iota} is its index in the declaration).</li>
 *   <li>Generated ANTLR sources are never committed; the grammars are the source of truth.</li>
 * </ul>
 */
package minigo.parser;
