/**
 * minigo's Truffle language: how a checked Go program becomes Truffle nodes and runs.
 *
 * <h2>Pipeline</h2>
 * <pre>
 * files ─SourceParser─▶ Ast.File ─Checker(StdImporter)─▶ Package + Info ─Translator─▶ RootNodes ─▶ run
 *        (Frontend: plain Java, throws CompileError)       (translate/: lazily, per function)
 * </pre>
 * {@link minigo.interp.Frontend} parses and checks without any Truffle context and orders the packages
 * for initialisation (imports first; the runtime package is always loaded: runtime panics carry its
 * types). Standard packages are not parsed: their trees, and their escape decisions, come from the
 * export data the build wrote ({@link minigo.types.StdExport}); only their used bodies are checked. {@link minigo.interp.Runner} hands the checked program to a polyglot context of language
 * "go" ({@link minigo.interp.GoLanguage}); os.Args are the context's application arguments. The
 * program root ({@link minigo.interp.ProgramRoot}) runs every package's initialisation (variables in
 * the checker's initOrder, then init functions in source order) and main.main.
 *
 * <h2>Translation</h2>
 * {@link minigo.interp.translate.Translator} owns the program-level state: one
 * {@link minigo.interp.translate.FuncRef} per function and per instantiation of a generic function
 * (keyed by canonical type arguments; the body is translated with a substitution TypeParam → Type),
 * the cells of package-level variables, and the method tables used by interface calls (with
 * wrappers for promoted methods and for value methods reached through pointers to non-structs).
 * A function is translated the first time it is called, so recursion needs no forward
 * declarations and unused library code is never translated.
 * {@link minigo.interp.translate.FuncTranslator} translates one body; every representation decision
 * is made there from the checker's types, so nodes never test the dynamic type of a value on a hot
 * path:
 * <ul>
 * <li>locals live in frame slots typed by their Go type (long for every integer kind, double for
 *     floats, boolean, Object for the rest). They are Truffle's static slots: the kind is fixed when
 *     the slot is made, so no access checks a tag ({@link minigo.interp.nodes.Locals}), and the kind
 *     is kept as the slot's info for the collector's stack scan. A variable whose address is taken
 *     or that a closure captures lives in a Box (typed LongBox/DoubleBox/BoolBox/RefBox) held in an
 *     Object slot ({@link minigo.interp.translate.BoxScan} decides before translation); struct and
 *     array variables never need one: their GoStruct/GoArray object is already the shared location
 *     and a pointer to them is that object.</li>
 * <li>operators are typed nodes ({@code Arith.IntBinary} with its integer kind, normalising after
 *     every operation; {@code FloatBinary} rounding float32 results; string, complex and comparison
 *     nodes per kind); constants are folded by the checker and become literal nodes. An operand of
 *     a binary integer or float operation that is an unboxed local or a literal is read by the
 *     operation in place ({@link minigo.interp.nodes.Operands}).</li>
 * <li>struct/array values are copied where Go copies them (assignment, passing, boxing into an
 *     interface, deferred arguments, range values) unless the value is fresh (a literal or a call
 *     result); stores into an existing location copy into its object.</li>
 * <li>conversion to an interface boxes the value with its canonical dynamic type
 *     ({@link minigo.interp.translate.TypeUtil#canon}), so type switches, assertions and dispatch
 *     caches compare types with ==.</li>
 * <li>an assignment evaluates in Go's compiler's order when its left side makes no calls: the
 *     right side's calls first, then the left side's operands, then the stores in order; an element
 *     store evaluates its value before its operands and index check ({@code s[n] = f()} runs f, then
 *     fails). Operands that are variables or constants are read at the store
 *     ({@code FuncTranslator.DirectElemLV}), others are saved in temporaries first, and
 *     {@code m[k] op= v} with nothing run between its read and its store writes the entry the read
 *     found.</li>
 * <li>inside a statement, Go's compiler evaluates calls, receives and a few other operations
 *     where they stand and reads variables, fields and elements after them
 *     ({@link minigo.interp.translate.Order}). Where the two orders can differ (a read a call
 *     could change, or that could fail, before such a call), the translator evaluates those
 *     operations first into temporaries, and the statement reads the temporaries.</li>
 * <li>memory is typed values, never bytes: an {@code unsafe.Pointer} is the pointer value it came
 *     from, and converts back only to a pointer of the same representation (a variable's box notes
 *     its type when its address becomes an unsafe.Pointer); any other reinterpretation is a fatal
 *     error at the conversion ({@link minigo.interp.translate.UnsafePointers}), never a wrong value.
 *     {@code uintptr(p)} is the simulated heap address.</li>
 * </ul>
 *
 * <h2>Calls</h2>
 * Calling convention: {@code arguments[0]} is the callee's context (a method's receiver, a closure's
 * captured cells, null), {@code arguments[1..]} the Go arguments; results are null, one value, or an
 * Object[] tuple. Static calls use a DirectCallNode (created on first execution), func values an
 * IndirectCallNode, interface calls a monomorphic inline cache on the dynamic type falling back to
 * the method table. A method value binds its (copied) receiver into a GoFunc, so calling it is a
 * direct call of the method's own root. Variadic arguments are packed into a slice by the caller;
 * {@code f(g())} spreads g's tuple. Natives (body-less functions of standard packages) are roots that
 * call the registered {@link minigo.interp.natives.NativeFunction} with the receiver first.
 *
 * <h2>Control flow, defer, panic</h2>
 * break/continue/goto/return are ControlFlowExceptions caught by the loop, switch, labelled block or
 * function root they target (goto resumes at the labelled statement of the enclosing block). Loops
 * are Truffle LoopNodes; for-range keeps its state in frame slots; Go 1.19 semantics: one variable
 * per loop. Each {@link minigo.interp.FuncRoot} with defer statements keeps a chain of
 * {@link minigo.interp.Deferred} calls (function and arguments evaluated at the defer statement) in a
 * frame slot and runs them LIFO when the body returns or panics; results are read from their slots
 * afterwards, so deferred closures can change named results.
 *
 * <h2>What compiled code leaves out</h2>
 * The first compilations are what a short script waits for (Graal warms up in the same JVM), so
 * graphs are kept small. An if's branch or a switch clause that never ran while interpreted is
 * profiled out ({@link minigo.interp.nodes.Stmts.If}, {@link minigo.interp.nodes.Stmts.Switch}):
 * taking it later deoptimizes and recompiles. Runtime helpers whose work dwarfs a call are Truffle
 * boundaries rather than partially evaluated: allocation ({@link minigo.interp.Heap#alloc}), map
 * element operations ({@link minigo.interp.values.GoMap}), append's reallocation
 * ({@link minigo.interp.values.GoSlice#grow}), pin release ({@link minigo.interp.gc.Pins}).
 *
 * <table>
 * <caption>panic state of a goroutine ({@link minigo.interp.GState})</caption>
 * <tr><th>state</th><th>armed panic</th><th>recover() returns</th></tr>
 * <tr><td>running normally</td><td>none</td><td>nil</td></tr>
 * <tr><td>running a deferred call of a panicking frame, at depth d+1</td><td>the panic</td>
 *     <td>its value, at call depth d+1 only; marks it recovered</td></tr>
 * <tr><td>deferred call returned, panic recovered</td><td>none</td><td>-; the frame returns normally</td></tr>
 * <tr><td>deferred call panicked anew</td><td>the new panic (previous linked, printed first)</td><td>-</td></tr>
 * </table>
 * While a function's deferred calls run, GState also keeps the armed state of the call running that
 * function ({@code outerArmed}): a deferred {@code recover()} builtin, which is no call of its own,
 * recovers what recover() in that function would, and only when the function returns normally.
 * Where deferred calls run is kept in the function's defer-site slot ({@link minigo.interp.FuncRoot}):
 * the return statement, the closing brace, or the panic and the statement it left
 * ({@link minigo.interp.Tracebacks.PanicSite}). Tracebacks and runtime.Caller show a frame running
 * its deferred calls there, and for a panic add {@code panic} (runtime.gopanic) and the panic's own
 * frames above it, as Go runs deferred calls on top of the panicking stack; a panic's frames are read
 * only when a traceback asks (filling them in at every caught panic cost Go's divmod.go ten times its
 * time).
 * Java NullPointerException and ArithmeticException escaping a body are Go's nil dereference and
 * integer division by zero. An unrecovered panic prints Go's message chain and a traceback and exits
 * with status 2. A traceback's frames take their lines from the call nodes on the stack; the top
 * frame has none, so a panic carries its own: panic(x) its node, a run-time error raised without
 * one (in a Java helper, or a Java exception) the statement it left, which the innermost block
 * ({@link minigo.interp.nodes.Stmts.Block}, or {@link minigo.interp.nodes.Stmts.Single} around a
 * lone statement) records as its site. Lines are therefore a statement's first line, coarser than
 * Go's per-instruction ones, except that a call is at its parenthesis (as gc positions calls) and a
 * select case's operand at its own line ({@link minigo.interp.nodes.Sited}). A send names its own line, so that a goroutine blocked in a lone send
 * keeps no wrapper frame to thaw at every switch. os.Exit closes the context with its status
 * without running deferred calls. Any other Java exception is a bug:
 * {@code minigo: internal error: ...}, exit status 3.
 *
 * <h2>Goroutines</h2>
 * Goroutines run on the simulated scheduler of {@link minigo.interp.sched}: goroutine 1 on the
 * interpreter's thread, every other one as a JDK continuation that thread mounts while the goroutine
 * holds a P (there are GOMAXPROCS Ps and one M), so one thread runs all Go code. A goroutine gives
 * its P up when it blocks (channel operations, select, semaphores, timers), calls runtime.Gosched,
 * is preempted at a loop back-edge, or ends. When every live goroutine is blocked, the program dies
 * with Go's deadlock message.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Every Go value is in the value model of {@code minigo.interp.values}; a long is always
 *     normalised to its Go type's width.</li>
 * <li>A GoStruct/GoArray object is owned by exactly one location; nodes copy before sharing.</li>
 * <li>Dynamic types in interface values are canonical Type objects.</li>
 * <li>Every heap allocation goes through {@link minigo.interp.Heap} ({@code alloc}/{@code allocBlock}),
 *     which calls the runtime's mallocgc with Go's size and noscan flag (one MHeap per run, one
 *     MCache for the P). Whether a site allocates at all is escape analysis' decision
 *     ({@code Translator.heapSite}/{@code movedToHeap}, from {@link minigo.escape.EscapeResult}): a
 *     value it keeps on the stack never reaches the allocator. Safepoints are polled at loop
 *     back-edges and function returns.</li>
 * </ul>
 */
package minigo.interp;
