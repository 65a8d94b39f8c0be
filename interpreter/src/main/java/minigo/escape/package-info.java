/**
 * Escape analysis and inlining decisions in the manner of Go 1.19's compiler
 * (cmd/compile/internal/escape and inline): where each variable and each implicit allocation of a
 * Go program lives — the goroutine's stack or the garbage-collected heap — and what
 * {@code go build -gcflags=-m} says about it.
 *
 * <h2>Pipeline</h2>
 * <table>
 * <caption>Phases, in order, over one package</caption>
 * <tr><th>phase</th><th>class</th><th>what it does</th></tr>
 * <tr><td>resolve</td><td>{@link minigo.escape.Resolver}</td><td>identifiers to declarations, expression types
 * ({@link minigo.escape.TypeModel}: amd64 sizes, has-pointers, direct-interface), selections (field paths
 * with their implicit dereferences, methods with implicit {@code &}/{@code *}), each function literal's
 * captured variables. Written before the checker landed; an adapter from {@code minigo.types.Info} can
 * replace it without touching the analysis.</td></tr>
 * <tr><td>order</td><td>{@link minigo.escape.CallGraph}</td><td>Go's VisitFuncsBottomUp: strongly connected
 * components of the reference graph, callees first; a function's literals travel with it.</td></tr>
 * <tr><td>inline</td><td>{@link minigo.escape.Inliner}</td><td>CanInline (budget 80, hairyVisitor's costs:
 * one per IR node, a call 57 more unless the callee is inlinable — then the callee's cost — a closure 15
 * more, panic cheap; {@code go}, {@code defer}, {@code recover}, local type declarations and
 * {@code //go:noinline} forbid it; a lone self-recursive function is not considered), then InlineCalls
 * (operands first, transitively, never a function into itself nor a go/defer call) and devirtualization
 * of interface calls on variables assigned once from a concrete type.</td></tr>
 * <tr><td>build</td><td>{@link minigo.escape.Batch}</td><td>per batch, the location graph: every expression is
 * evaluated into a {@link minigo.escape.Location.Hole} (destination + derefs); inlined calls are analysed in
 * the caller as copies (parameters become the caller's variables, reported at the call).</td></tr>
 * <tr><td>capture</td><td>{@code Batch.flowClosure}</td><td>a closure captures a variable by value when it
 * is never reassigned (after the first capture, at the same loop depth), never address-taken and at most
 * 128 bytes; otherwise by reference (its address flows into the closure).</td></tr>
 * <tr><td>size rules</td><td>{@code Batch.heapAllocReason}</td><td>variables over 10 MiB, implicit
 * allocations ({@code new}, {@code &T{}}, make) over 64 KiB, and {@code make([]T, n)} with a non-constant
 * n go to the heap regardless of flow.</td></tr>
 * <tr><td>solve</td><td>{@link minigo.escape.Solver}</td><td>walkAll/walkOne, below.</td></tr>
 * <tr><td>report</td><td>{@code Batch.finish}, {@link minigo.escape.Diagnostics}</td><td>parameter tags first
 * ({@code leaking param: p}, {@code p does not escape}), then every location in creation order
 * ({@code moved to heap: x}, {@code &T{...} escapes to heap}, {@code ... does not escape}).</td></tr>
 * </table>
 *
 * <h2>Locations, edges, derefs</h2>
 * A location is a variable or an allocating expression ({@code new}, {@code &T{}}, slice and map
 * literals, make, function literals, method values, interface conversions of non-pointer-shaped values,
 * string conversions and concatenations, the implicit slice of a variadic call), or an anonymous
 * temporary. An edge {@code dst <- src} with weight derefs records an assignment: {@code p = &q} is -1,
 * {@code p = q} 0, {@code p = *q} +1; field selection through a pointer, indexing a slice and ranging over
 * it add one, taking an array's slice subtracts one. Two special locations: the heap (which escapes from
 * the start) and the blank (a sink that records nothing: values without pointers flow there).
 *
 * <h2>Roots and the solver's invariants</h2>
 * Every location is a root in turn, the heap last queued and first walked. From a root the solver finds,
 * for each location reaching it, the fewest derefs (floored at 0 below an address-of: for
 * {@code root = &l; l = x} the address of l flows, not that of x). Then:
 * <ul>
 * <li>If the root outlives l — the root escapes; or it is a result (unless l's function is a closure
 * called in place); or l is declared in a deeper loop of the same function; or l belongs to a closure
 * of the root's function — and l's address reaches it, l escapes and becomes a root itself (re-queued).</li>
 * <li>If l is a parameter and the root outlives it, the leak is recorded in l's tag: to the heap, or
 * to result i, with the fewest derefs ({@link minigo.escape.Leaks}: seven result slots, as Go's).</li>
 * <li>Monotonicity: escapes only ever turns true, derefs only decrease within a walk; so the fixed point
 * is reached and no stack location's address is stored in the heap or in anything that outlives it.</li>
 * </ul>
 *
 * <h2>Leak tags</h2>
 * A function analysed in an earlier batch is summarised by its parameters' tags: a call flows each
 * argument to the heap shifted by the heap derefs, and to the call's result holes shifted by each
 * result's derefs. Functions of the same batch (mutual recursion) use the parameters' locations
 * directly. Unknown callees (function values, interface methods) leak every argument to the heap. The
 * standard library's functions carry Go 1.19's tags in {@link minigo.escape.StdLib} (fmt.Println leaks
 * its arguments' contents, so {@code x escapes to heap} while {@code ... argument does not escape}).
 *
 * <h2>Binding the interpreter</h2>
 * {@link minigo.escape.EscapeResult} answers per AST node: {@code isHeap(site)} for an allocation site,
 * {@code movedToHeap(ident)} for a variable. The interpreter allocates through the runtime allocator
 * exactly what answers true, and keeps the rest in frame slots or stack boxes that the allocator never
 * sees. The standard packages are analysed when minigo is built ({@link minigo.escape.ExportStdlib}):
 * their decisions travel with their trees in the export data, as Go's export data carries escape
 * tags, and a run analyses only package main (and a standard package whose export data is missing).
 */
package minigo.escape;
