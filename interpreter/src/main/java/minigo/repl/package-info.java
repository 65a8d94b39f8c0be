/**
 * {@code minigo repl}: Go typed interactively, run at once, on the same runtime as {@code minigo run}.
 *
 * <h2>The session model</h2>
 * A session is ONE package main that grows input by input, checked by the real type checker and run by
 * the real interpreter in ONE polyglot context ({@link minigo.interp.Session}). Nothing is re-checked
 * or re-run: each input becomes one or more <em>increments</em> of the package
 * ({@link minigo.types.Incremental}), synthetic files checked against the objects earlier increments
 * declared, which keep their identity: a value made ten inputs ago still has its type, its methods and
 * its storage. The REPL thread is goroutine 1 of the session's scheduler; goroutines started by an input
 * run whenever goroutine 1 blocks, yields or is preempted, and for a slice of 20 ms after each input
 * (goroutine 1 sleeps then), so background work progresses from input to input; their output is
 * flushed every 100 ms.
 *
 * <h2>From input to increments</h2>
 * Complete input ({@link Input}) is parsed as statements (a function body) if it can be, else as
 * declarations (a file without its package clause).
 * <table>
 * <caption>How input becomes Go</caption>
 * <tr><th>input</th><th>increment</th><th>runs</th></tr>
 * <tr><td>{@code import}, {@code func}, method, or any mix of declarations</td>
 *     <td>one file, Go's package semantics (names visible throughout, redefinitions replace)</td>
 *     <td>new imports' package initialisation, then new variables' initialisers in Go's order</td></tr>
 * <tr><td>top-level {@code x := e}, {@code var}, {@code const} statement</td>
 *     <td>a package-level declaration whose names enter the scope after it is checked
 *     ({@code x := x + 1} sees the earlier x)</td><td>its initialiser</td></tr>
 * <tr><td>top-level {@code type} statement</td><td>a package-level type</td><td>nothing</td></tr>
 * <tr><td>other statements</td><td>{@code func __cellN() { statements }}</td><td>a call of it</td></tr>
 * <tr><td>a final expression statement</td>
 *     <td>{@code func __cellN() string { return __fmt.Sprintln(e) }} (a call of several results shows
 *     them all; a call of none runs as a statement)</td>
 *     <td>the call; the REPL prints {@code VALUE  // TYPE}</td></tr>
 * </table>
 * Imports are file-scoped in Go, so every synthetic file repeats the session's imports; unused imports
 * and unused variables are not errors in a session. Statements of one input run in order: an input
 * {@code a := f(); g(a)} is two increments, the second checked after the first ran.
 *
 * <h2>What is printed</h2>
 * <ul>
 * <li>A bare expression: its value with fmt's {@code %v} rules, two spaces, {@code //} and its type as
 *     the checker writes types ({@code 42  // int}, {@code &{1 2}  // *P}, {@code 12 <nil>  // int, error}).
 *     Results named {@code (n int, err error)}, as fmt.Println's and io.Writer's, are not shown when err
 *     is nil. Without fmt on the class path the value is shown as println would.</li>
 * <li>Go's output goes to stdout and stderr as in a program.</li>
 * <li>Compile errors in Go's words, positioned in the input: {@code repl:LINE:COL: message}.</li>
 * <li>A panic: Go's first lines ({@code panic: runtime error: index out of range [5] with length 3});
 *     a deadlock of the input's goroutine: {@code fatal error: all goroutines are asleep - deadlock!}.
 *     The session goes on in both cases. os.Exit (or a panic in another goroutine, which kills a Go
 *     program) ends the session with the program's status.</li>
 * </ul>
 *
 * <h2>States</h2>
 * <table>
 * <caption>The REPL's states</caption>
 * <tr><th>state</th><th>what happens</th><th>Ctrl-C</th><th>Ctrl-D</th></tr>
 * <tr><td>reading</td><td>JLine edits a line (history, completion)</td><td>drops the line</td>
 *     <td>ends the session</td></tr>
 * <tr><td>continuing</td><td>input is incomplete (open bracket, trailing operator, open raw string):
 *     the buffer goes on with a {@code ...} prompt</td><td>drops the whole input</td>
 *     <td>ends the session</td></tr>
 * <tr><td>running</td><td>an increment runs on the REPL thread, holding the P</td>
 *     <td>interrupts it: a Truffle thread-local action thrown at its next safepoint (loop back-edge,
 *     call, blocking wait); other goroutines are not touched</td><td>(typed ahead)</td></tr>
 * <tr><td>interrupted</td><td>{@code interrupted} is printed, the P released, back to reading</td>
 *     <td colspan="2"></td></tr>
 * </table>
 * When stdin is not a terminal there are no prompts and no escape codes: lines are read one by one and
 * accumulated while incomplete, so sessions can be scripted and tested.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>An increment that does not check leaves the package exactly as it was (scope, method sets,
 *     lists): a failed redefinition keeps the old definition.</li>
 * <li>Code checked earlier keeps the objects it resolved: redefining a function, variable or type
 *     affects the input typed afterwards, not functions declared before (as in ML toplevels).</li>
 * <li>Only the REPL thread runs increments; it holds the P while it does, like the main goroutine.</li>
 * <li>REPL temporaries ({@code __cellN}, {@code __fmt}) never stay in the package scope, so they are
 *     neither completed nor clash with user names (user names beginning with {@code __} are the user's
 *     risk).</li>
 * </ul>
 *
 * <h2>Commands</h2>
 * {@code :help :quit :reset :type EXPR :load FILE.go :escape [-m=2] [-src] :memstats :gc :set GOGC=N
 * :set GODEBUG=... :goroutines} (see {@link Repl#HELP}). The runtime views run Go written by the REPL
 * (runtime.ReadMemStats, runtime.GC, debug.SetGCPercent, runtime.NumGoroutine) so they show exactly
 * what a Go program would see. :escape analyses the session written as one Go file
 * ({@link Transcript}).
 */
package minigo.repl;
