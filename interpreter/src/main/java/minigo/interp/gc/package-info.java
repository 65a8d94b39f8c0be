/**
 * The interpreter's side of the garbage collector: what {@link minigo.runtime.gc.Collector} needs
 * to decide reachability over Go values that are Java objects. The collector itself (phases,
 * pacer, sweeping, gctrace) is in minigo.runtime.gc; this package tells it where the references
 * are.
 *
 * <h2>Heap objects and values</h2>
 * <table>
 *   <caption>Which Java objects are Go heap objects ({@link minigo.interp.gc.ValueScanner#addressOf})</caption>
 *   <tr><th>value class</th><th>heap object when</th><th>its references ({@link minigo.interp.gc.ValueScanner#scan})</th></tr>
 *   <tr><td>GoStruct, GoArray</td><td>new, &amp;T{}, an escaping variable, a slice's backing array</td><td>reference fields and elements (nested structs and arrays are scanned through)</td></tr>
 *   <tr><td>Box</td><td>an escaping scalar variable</td><td>a RefBox's value</td></tr>
 *   <tr><td>GoMap</td><td>an escaping map (hmap)</td><td>keys, values, and its bucket arrays ({@link minigo.interp.gc.HeapBlock}s held by MapAccount)</td></tr>
 *   <tr><td>GoChan</td><td>always (hchan)</td><td>buffered elements, elements of waiting senders</td></tr>
 *   <tr><td>GoFunc</td><td>an escaping closure</td><td>captured variables, a bound receiver</td></tr>
 *   <tr><td>GoString</td><td>bytes made at run time (concatenation, conversions); a substring shares its string's address plus offset</td><td>none (noscan)</td></tr>
 *   <tr><td>Iface</td><td>a conversion that boxed its value (convT)</td><td>the boxed value</td></tr>
 *   <tr><td>{@link minigo.interp.gc.HeapBlock}</td><td>allocations with no value object: map buckets, g, allgs, go's funcval</td><td>none we model</td></tr>
 *   <tr><td>Pointer (FieldPointer, ElemPointer)</td><td>never itself: an interior pointer, its address is its base's plus the offset</td><td>its base</td></tr>
 *   <tr><td>GoSlice, Object[] tuples, Deferred</td><td>never (headers, results, defer records)</td><td>the array; the elements; the arguments</td></tr>
 * </table>
 * A value without an address is scanned through by the collector, so a stack struct or an
 * interface that boxed nothing leads to whatever heap objects it holds.
 *
 * <h2>Roots</h2>
 * <ul>
 *   <li>Globals: every package-level variable's Box (the Translator's table), scanned as a root job.
 *       The {@code MB globals} of gctrace counts the pointer bytes of the main package's variables
 *       plus the collector's fixed figure for Go's runtime and library.</li>
 *   <li>Runtime roots: every g ever allocated (Go never frees a g) and the allgs array
 *       ({@link minigo.interp.Heap#scanRuntimeRoots}).</li>
 *   <li>Stacks: each goroutine scans its own ({@link minigo.interp.sched.G#scanOwnStack}, on its own
 *       thread: DESIGN §4): every reference-holding slot and the arguments of every Go frame
 *       ({@link minigo.interp.gc.StackScan}), its pinned temporaries ({@link minigo.interp.gc.Pins}),
 *       and, until it ends, its go statement's function and arguments. A parked goroutine is woken
 *       without the P to scan (Sched.waitForP), the goroutine that starts the cycle scans at once.</li>
 * </ul>
 *
 * <h2>Liveness, as far as it matters</h2>
 * Go's compiler knows when a variable is dead; a frame slot keeps its value until overwritten. So
 * that what Go frees we free too, the translator clears reference slots where their values die
 * (minigo.interp.translate.Liveness):
 * <ul>
 *   <li>a local variable or parameter after the last statement of its block that reads it, and
 *       after a later statement that only stores into it ({@code p = nil});</li>
 *   <li>a variable whose last read is a plain argument of a call ({@code g(p)}, {@code g(&s)}) as
 *       the argument is read, so the callee runs without the caller holding it;</li>
 *   <li>the arguments array of a function once its prologue has copied the parameters into slots
 *       (FuncRoot), and the pins of a call's fresh arguments ({@code g(new(T))}) when the callee
 *       starts (Calls.Args): the callee's slots hold them from there;</li>
 *   <li>a statement's reference temporaries after it, a range loop's hidden copy of its operand and
 *       its variables after the loop.</li>
 * </ul>
 * Named results stay live until the function returns (its deferred calls may read them); a
 * function with goto keeps its variables until their block ends. A pinned temporary is released
 * when its statement ends if the statement has pinned before while interpreted; otherwise at the
 * next release around it (the loop iteration, the function's return: {@link minigo.interp.gc.Pins}):
 * held longer, never dropped early. examples/src/test/resources/gc/liveness.go is Go's answer for
 * each case, the phase in which a finalizer runs.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Every heap reference live across a safepoint is in a frame slot, a frame's arguments, a heap
 *       object, a global, a runtime root or the goroutine's pins. A reference loaded from the heap
 *       and held only in a Java local while the same expression unlinks it and an allocation starts
 *       a cycle is the one known gap (see {@link minigo.interp.gc.Pins}); gccheckmark would report
 *       the object it loses.</li>
 *   <li>Only the goroutine holding the P allocates, so the collector's cycle transitions, marking
 *       and sweeping run on it; other goroutines' threads only scan their own stacks.</li>
 *   <li>Marking runs inside the sweep-termination pause ({@code Collector.Options.markInPause}):
 *       the interpreter's pointer stores do not call the write barrier yet, and a pause-time mark
 *       needs none. The pacer, gctrace and MemStats work as for a concurrent cycle.</li>
 * </ul>
 */
package minigo.interp.gc;
