/**
 * JMH benchmarks of the runtime's fast paths, outside Truffle: what one operation costs when the
 * interpreter calls into the simulated runtime. Run them with {@code benchmarks/run} (README,
 * "Benchmarks"); the build compiles them, {@code ./run-tests} never runs them, and no unit test
 * ever times anything.
 *
 * <table>
 * <caption>What is measured</caption>
 * <tr><th>class</th><th>path</th><th>what one op is</th></tr>
 * <tr><td>{@link minigo.bench.MallocBench}</td><td>mallocgc served from the mcache (mcentral
 *     refills amortized; a sweep between batches frees everything)</td><td>one allocation</td></tr>
 * <tr><td>{@link minigo.bench.ChanBench}</td><td>the scheduler and hchan: unbuffered hand-off between
 *     two goroutines; buffered send + receive by one</td><td>one value passed</td></tr>
 * <tr><td>{@link minigo.bench.WriteBarrierBench}</td><td>a pointer store behind
 *     {@code if (gc.writeBarrier)} with no GC cycle running, and the bare store</td><td>one store</td></tr>
 * <tr><td>{@link minigo.bench.IfaceCallBench}</td><td>compiled guest code, through a REPL session:
 *     an interface method call (the inline cache keyed by the dynamic type), the same method called
 *     directly, an interface call site that sees two types</td><td>one Go call in a loop</td></tr>
 * </table>
 *
 * <p>All but IfaceCallBench measure host code. IfaceCallBench needs the Truffle compiler on the
 * JVM: {@code benchmarks/run} starts JMH with the launcher's module path and options (engine mode
 * latency: first-tier compilation, calls not inlined), which JMH passes on to its forks.
 */
package minigo.bench;
