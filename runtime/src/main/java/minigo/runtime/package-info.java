/**
 * The simulated Go runtime: plain Java, no Truffle, unit-tested on its own.
 *
 * <p>minigo's interpreter runs Go code; this module decides what the Go
 * runtime would have decided while doing so: where a heap object lives and
 * when it dies, how big the heap and the stacks are, and (as the later parts
 * land) when the collector runs and which goroutine runs where. Every number
 * a Go program can observe about its runtime ({@code runtime.ReadMemStats},
 * {@code GODEBUG=gctrace=1}) comes from here, and must be the number Go 1.19
 * would print for the same program.
 *
 * <table>
 *   <caption>Subsystems</caption>
 *   <tr><th>package</th><th>models (Go file)</th><th>state</th></tr>
 *   <tr><td>{@link minigo.runtime.memory}</td><td>size classes, mspan, mcache, mcentral,
 *       mheap, page allocator, scavenger, stacks, sweeping, MemStats (malloc.go, mheap.go,
 *       mcache.go, mcentral.go, mpagealloc.go, mgcsweep.go, stack.go, mstats.go)</td><td>issue 4: done</td></tr>
 *   <tr><td>{@link minigo.runtime.maps}</td><td>hmap and bucket sizes, makemap's B (map.go)</td><td>sizes only: the map is the interpreter's</td></tr>
 *   <tr><td>{@link minigo.runtime.iface}</td><td>which conversions to interface allocate (iface.go convT*)</td><td>done</td></tr>
 *   <tr><td>{@link minigo.runtime.gc}</td><td>phases, marking, hybrid write barrier, assists, mark workers, pacer,
 *       sweeping, finalizers, gctrace, GOGC/GOMEMLIMIT/GODEBUG (mgc.go, mgcmark.go, mgcpacer.go, mgcwork.go,
 *       mgcsweep.go, mbarrier.go, mfinal.go)</td><td>issue 5: concurrent collector done, tested on synthetic
 *       mutators; waits for the interpreter's scanner and the scheduler's hooks</td></tr>
 *   <tr><td>minigo.runtime.sched</td><td>G, M, P, run queues, timers, preemption (proc.go)</td><td>to come</td></tr>
 * </table>
 *
 * <h2>The contract with the interpreter</h2>
 * <ul>
 *   <li>One allocation entry point:
 *       {@link minigo.runtime.memory.Malloc#mallocgc(minigo.runtime.memory.MCache, long, boolean, Object)}
 *       with the mcache of the P the calling goroutine holds, the Go size in bytes (amd64 layout),
 *       whether the type has no pointers, and the Java object that stands for the Go object. It returns
 *       the object's simulated address, which the interpreter stores in the object's {@code addr}.</li>
 *   <li>Size arithmetic the interpreter must use so that its allocations are Go's:
 *       {@link minigo.runtime.memory.Malloc#roundupsize}, {@link minigo.runtime.memory.Malloc#growsliceCap},
 *       {@link minigo.runtime.memory.Malloc#growsliceBytes}.</li>
 *   <li>{@link minigo.runtime.memory.MHeap#readMemStats(minigo.runtime.memory.MemStats)} fills a
 *       snapshot that runtime.ReadMemStats copies into the Go struct (with the world stopped).</li>
 *   <li>Freed objects are reported through a {@link minigo.runtime.memory.FreeListener}, so the
 *       interpreter can poison them.</li>
 *   <li>The collector ({@link minigo.runtime.gc.Collector}: one per run, built with the heap, the
 *       interpreter's {@link minigo.runtime.gc.ObjectScanner} and {@link minigo.runtime.gc.RootSource},
 *       the scheduler's {@link minigo.runtime.gc.MutatorHost} and the {@link minigo.runtime.gc.GcSettings}
 *       from the environment) plugs in through {@link minigo.runtime.memory.GcHooks} (trigger test, assists)
 *       and drives marking ({@link minigo.runtime.memory.MHeap#markAddr},
 *       {@link minigo.runtime.memory.MHeap#findObject}) and sweeping
 *       ({@link minigo.runtime.memory.Sweeper}).</li>
 * </ul>
 *
 * <pre>{@code
 *   MHeap heap = new MHeap();                 // one per program run
 *   MCache mcache = heap.newMCache();         // one per P
 *   heap.setFreeListener((obj, addr) -> ((GoValue) obj).poison());
 *   long addr = Malloc.mallocgc(mcache, 24, false, box);    // new(T), T 24 bytes with a pointer
 *   long cap = Malloc.growsliceCap(oldCap, newLen, 8);      // append on []int
 *   long arr = Malloc.mallocgc(mcache, Malloc.growsliceBytes(cap, 8), true, array);
 *   MemStats m = new MemStats(); heap.readMemStats(m);      // runtime.ReadMemStats, world stopped
 * }</pre>
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>The runtime never holds a Java object the Go program can no longer reach past the sweep
 *       that frees it: slots forget their object when freed.</li>
 *   <li>Nothing here depends on wall-clock time or Java hash codes: the same allocation sequence
 *       gives the same addresses and the same MemStats on every run.</li>
 *   <li>No dependency on other minigo modules; the interpreter depends on this one.</li>
 * </ul>
 */
package minigo.runtime;
