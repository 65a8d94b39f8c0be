/**
 * Go 1.19's garbage collector, simulated: a concurrent, non-moving, tri-colour mark-sweep
 * collector with the hybrid write barrier, paced by GOGC and GOMEMLIMIT, over the heap of
 * {@link minigo.runtime.memory}. It decides reachability itself, from precise roots, and sweeps
 * what it did not mark; the allocator then reuses those slots exactly as Go would. Read it beside
 * Go's mgc.go (the cycle), mgcmark.go (roots, scanning, assists), mgcpacer.go ({@link
 * minigo.runtime.gc.Pacer}), mgcwork.go ({@link minigo.runtime.gc.GcWork}), mgcsweep.go and
 * mbarrier.go.
 *
 * <h2>The cycle</h2>
 * <table>
 *   <caption>Phases (Go's gcphase) and what runs in each</caption>
 *   <tr><th>phase</th><th>world</th><th>write barrier</th><th>new objects</th><th>what runs</th></tr>
 *   <tr><td>sweep termination (in OFF, world stopped)</td><td>stopped</td><td>off</td><td>-</td>
 *       <td>the last cycle's sweep finished; sync.Pool cleanup; pacer.startCycle (trigger, worker counts,
 *       assist ratio); each P's tiny block greyed; then MARK is set</td></tr>
 *   <tr><td>{@link minigo.runtime.gc.GcPhase#MARK _GCmark}</td><td>running</td><td>on</td><td>black</td>
 *       <td>root jobs (globals, runtime-held references, finalizer specials and queue), every goroutine
 *       scanning its own stack, background mark workers (25% of the Ps: dedicated workers when
 *       GOMAXPROCS &gt;= 4, a fractional one otherwise, idle workers on idle Ps), assists charged to
 *       allocating goroutines</td></tr>
 *   <tr><td>{@link minigo.runtime.gc.GcPhase#MARKTERMINATION _GCmarktermination}</td><td>stopped</td>
 *       <td>on (nobody writes)</td><td>-</td><td>every P's buffered grey objects drained; pacer.endCycle;
 *       unmarked objects with finalizers resurrected and queued; gccheckmark; marked bytes become the
 *       live heap; sweepgen += 2 (every span unswept at once); pacer.commit; MemStats and gctrace</td></tr>
 *   <tr><td>{@link minigo.runtime.gc.GcPhase#OFF _GCoff}</td><td>running</td><td>off</td><td>white</td>
 *       <td>sweeping: lazily by mcentral when a P needs a span, proportionally on each span allocation
 *       (sweepPagesPerByte), by the background sweeper, and all of it by runtime.GC before it returns;
 *       the heap-trigger test after each span allocation</td></tr>
 * </table>
 * With GODEBUG=gcstoptheworld=1 the whole mark runs inside the first pause (no concurrency at all,
 * still exact); with =2 the sweep too. This is also how a program runs before a scheduler can
 * give mark workers their turn: marking happens in assists and in runtime.GC's caller.
 *
 * <h2>The tri-colour invariant under the hybrid barrier</h2>
 * White: not marked. Grey: marked, in a gcWork buffer or the global {@link
 * minigo.runtime.gc.WorkList}, not yet scanned. Black: marked and scanned (or allocated during
 * the mark, or noscan). A goroutine's stack is grey until the goroutine has scanned it, then black;
 * stacks are never rescanned and stack writes have no barrier. The barrier (Go 1.8's hybrid,
 * {@link minigo.runtime.gc.Collector#writePointer}) shades both the pointer a heap or global slot
 * held and the one written. It keeps the <em>weak</em> invariant: every white object a black object
 * points to is reachable from a grey object through white ones, or is protected by having been
 * reachable when the mark began (snapshot at the beginning: the deletion half), while a pointer a
 * grey stack hands to a black object is shaded on the way (the insertion half). So:
 * <ul>
 *   <li>every object reachable when MARK began, or allocated since, is marked at mark termination;</li>
 *   <li>an object unmarked at mark termination was unreachable at its end: sweeping it is safe;</li>
 *   <li>gccheckmark verifies exactly this: with the world stopped it marks again from the roots
 *       into fresh bits, and any object found that the concurrent mark did not mark is a fatal
 *       error ({@code runtime: checkmarks found unexpected unmarked object obj=0x...} then
 *       {@code fatal error: checkmark found unmarked object}). The tests switch the barrier off
 *       ({@link minigo.runtime.gc.Collector#debugDisableWriteBarrier}) to show that it catches a lost object.</li>
 * </ul>
 *
 * <h2>The pacer (Go 1.19)</h2>
 * <pre>
 *   goal       = heapMarked + (heapMarked + stacks + globals) * GOGC/100, at least 4 MB * GOGC/100
 *   goal       = min(goal, GOMEMLIMIT - non-heap memory - 1 MB)          (memory limit; GOGC=off: this alone)
 *   trigger    = goal - runway, within [heapMarked + 45/64 (goal - heapMarked), heapMarked + 61/64 (goal - heapMarked)]
 *   runway     = consMark * 3 * (last heap + stack + globals scan work)    (consMark: PI-controlled estimate)
 *   assist     = (expected scan work - done) / (goal - heapLive) scan bytes owed per byte allocated
 *   forced     = a cycle when none ran for two minutes (sysmon), runtime.GC(), debug.FreeOSMemory()
 * </pre>
 * Details and the remaining equations are in {@link minigo.runtime.gc.Pacer}. Scan work is counted
 * in bytes as Go counts it: heap objects up to their last pointer word ({@link
 * minigo.runtime.gc.ObjectScanner#scan}'s result), the used part of stacks, the pointer part of
 * globals (plus {@link minigo.runtime.gc.Collector#GO_RUNTIME_GLOBALS_SCAN}, the globals every Go
 * program's runtime has). When one P runs Go code at a time ({@link
 * minigo.runtime.gc.MutatorHost#pacingProcs}: minigo's scheduler, whatever GOMAXPROCS says) the
 * pacer's clock is work, not time (bytes allocated plus scan work during the mark), so runs repeat
 * exactly; reported times are always real, and the pauses' CPU time, GCCPUFraction and the
 * trace's {@code N P} count GOMAXPROCS Ps, as Go's do.
 * PacingTest replays the team's gcpace programs and lands within 25% of Go's NumGC.
 *
 * <h2>Roots and the interpreter</h2>
 * <table>
 *   <caption>What the interpreter implements (no Truffle types here)</caption>
 *   <tr><th>interface</th><th>role</th></tr>
 *   <tr><td>{@link minigo.runtime.gc.ObjectScanner}</td><td>addressOf(value) and scan(value, visitor): the
 *       references a value holds, type-directed per value class; returns ptrdata as scan work</td></tr>
 *   <tr><td>{@link minigo.runtime.gc.RootSource}</td><td>globals, their pointer bytes, runtime-held references
 *       (channel buffers and wait queues, timers)</td></tr>
 *   <tr><td>{@link minigo.runtime.gc.GcGoroutine}</td><td>per G: its {@link minigo.runtime.gc.GcGState},
 *       scanOwnStack(visitor) on its own thread, stack size</td></tr>
 *   <tr><td>{@link minigo.runtime.gc.MutatorHost}</td><td>the scheduler: stop/start the world, allgs, current G,
 *       requestStackScan(g), GOMAXPROCS</td></tr>
 *   <tr><td>{@link minigo.runtime.gc.Poisonable}</td><td>value classes that fail loudly once freed
 *       (clobberfree): {@code runtime: object 0x... (T) used after GC cycle N freed it} /
 *       {@code fatal error: found pointer to free object}</td></tr>
 * </table>
 * And what it calls:
 * <table>
 *   <caption>Calls into the collector</caption>
 *   <tr><th>who</th><th>when</th><th>call</th></tr>
 *   <tr><td>interpreter</td><td>every pointer store into a heap object or a global (not into frame slots
 *       or stack objects), before the store</td><td>{@code if (gc.writeBarrier) gc.writePointer(mcache, old, new)};
 *       a copy of a struct/array with pointers: {@code gc.shade(mcache, oldElem)} per pointer it overwrites</td></tr>
 *   <tr><td>interpreter</td><td>calls and loop back-edges (safepoints)</td><td>{@code gc.safepoint(g)}: one volatile read</td></tr>
 *   <tr><td>scheduler</td><td>a parked G must scan (requestStackScan)</td><td>wake its thread without a P; it calls
 *       {@code gc.scanStack(g)} and parks again (also while the world is stopped)</td></tr>
 *   <tr><td>scheduler</td><td>a G exits</td><td>{@code gc.goroutineExit(g)} on its thread</td></tr>
 *   <tr><td>scheduler</td><td>a G is preempted / a P is idle</td><td>{@code gc.preempted(mcache)} /
 *       {@code gc.idle(mcache)} (mark workers, then background sweep)</td></tr>
 *   <tr><td>scheduler (sysmon)</td><td>now and then</td><td>{@code gc.pollTimeTrigger()}</td></tr>
 *   <tr><td>package runtime, runtime/debug</td><td>GC, SetFinalizer, SetGCPercent, SetMemoryLimit, FreeOSMemory;
 *       sync's runtime_registerPoolCleanup</td><td>{@code gc.gc()}, {@code gc.setFinalizer}, ..., {@code gc.addPoolCleanup};
 *       the finalizer goroutine drains {@code gc.finalizers().poll()}, woken by {@code finalizers().setWakeup}</td></tr>
 * </table>
 * A fatal collector error ({@link minigo.runtime.gc.GcFatalError}) carries the stderr text; print it and exit 2.
 *
 * <p>Stack protocol, per cycle: at the start of MARK (world stopped) every G's
 * {@code scanRequested} is set and {@code MutatorHost.requestStackScan(g)} called for every G but
 * the current one, which scans its own stack at once. A running G scans at its next safepoint; a
 * parked G is woken by the scheduler to scan (READ_ONLY frame access, no P) and parks again. Mark
 * termination waits until every requested scan is done. Roots are precise: every heap reference
 * live across a safepoint is in a frame slot the scan sees (DESIGN §3); a value a node holds only
 * in a Java local across a safepoint is a bug the checkmark mode exists to catch.
 * runtime.KeepAlive(x) is a call that reads x's slot, so x stays in the frame until then.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Mark bits are set atomically (workers, barriers and allocate-black race on the same words);
 *       a slot is greyed at most once per cycle.</li>
 *   <li>No sweeping while MARK is on: gcStart finishes the previous sweep with the world stopped.</li>
 *   <li>An object freed by the sweeper was unmarked at mark termination and had no finalizer
 *       (one with a finalizer is resurrected once, its finalizer queued; the queue is a root).</li>
 *   <li>heapLive = bytes marked right after mark termination; MemStats.NextGC is the committed goal.</li>
 *   <li>NumGC, PauseNs, PauseTotalNs, LastGC, NumForcedGC and GCCPUFraction change only at mark termination.</li>
 * </ul>
 *
 * <h2>Settings and traces</h2>
 * {@link minigo.runtime.gc.GcSettings} reads GOGC, GOMEMLIMIT and GODEBUG (gctrace, gccheckmark,
 * gcstoptheworld, clobberfree, gcpacertrace) and says what happens with bad values; {@link
 * minigo.runtime.gc.GcTrace} prints Go's gctrace line byte for byte; gcpacertrace=1 adds Go's two
 * "pacer:" lines per cycle. The interpreter prints {@code settings.warnings} at start-up and, when
 * {@code settings.fatal()} is set, that text and exit status 2 before running anything.
 *
 * <h2>Simplifications (known, measured where it matters)</h2>
 * <ul>
 *   <li>Large objects are scanned whole (Go splits them into 128 KiB oblets).</li>
 *   <li>Mark termination drains whatever grey objects remain with the world stopped instead of
 *       Go's ragged barrier and restart; the result is the same, the pause may be longer.</li>
 *   <li>An assist that finds no work returns instead of parking on the assist queue.</li>
 *   <li>heapScan (scannable heap allocated since the last cycle) is bounded by heapLive in revise().</li>
 *   <li>No GC CPU limiter (Go 1.19 caps GC at 50% CPU when the memory limit is near).</li>
 * </ul>
 */
package minigo.runtime.gc;
