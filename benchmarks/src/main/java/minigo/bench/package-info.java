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
 * </table>
 *
 * <p>Not here: the interface method call. It is a Truffle node (an inline cache keyed by the
 * dynamic type, then a DirectCallNode), whose cost exists only in compiled guest code; whole Go
 * programs measure it (../shared/tools/bench).
 */
package minigo.bench;
