/**
 * Go 1.19's memory allocator, simulated: every Go heap object gets a slot in
 * a span and so an address, exactly as Go would give it one, and MemStats
 * reports what Go reports.
 *
 * <h2>The allocation path</h2>
 * <pre>
 *   mallocgc(c, size, noscan, obj)                          (Malloc)
 *     size == 0                 -> ZEROBASE, nothing counted
 *     noscan &amp;&amp; size &lt; 16       -> tiny: pack into c's current 16-byte block
 *     size &lt;= 32768            -> c.alloc[spanclass]: next free slot         (MCache, no lock)
 *                                    full? -> mcentral.cacheSpan            (MCentral, its lock)
 *                                               none? -> mheap.allocSpan    (MHeap, heap lock)
 *                                                          no pages? -> grow by 4 MiB chunks
 *     size &gt; 32768             -> large: mheap.allocSpan(pages) of its own, class 0
 * </pre>
 * A spanclass is {@code sizeclass<<1 | noscan}; {@link SizeClasses} is Go's
 * table (68 classes, generated from Go's runtime by tools/mksizeclasses.go).
 * Objects are carved from a span in address order; a span keeps a free-slot
 * index and a 64-bit cache of inverted alloc bits, so finding the next free
 * slot is a count of trailing zeros.
 *
 * <h2>Span states</h2>
 * <table>
 *   <caption>mspan states</caption>
 *   <tr><th>state</th><th>pages hold</th><th>counted in</th><th>leaves the state when</th></tr>
 *   <tr><td>DEAD (free)</td><td>nothing: free in the page allocator (maybe released to the OS)</td>
 *       <td>HeapIdle (HeapReleased if scavenged)</td><td>allocSpan / allocManual</td></tr>
 *   <tr><td>IN_USE</td><td>slots of one span class, or one large object</td><td>HeapInuse</td>
 *       <td>the sweeper finds no marked slot: freeSpan</td></tr>
 *   <tr><td>MANUAL (stack)</td><td>goroutine stacks (32 KiB spans of 2-16 KiB stacks, or one large stack)</td>
 *       <td>StackInuse (and not HeapSys)</td><td>its last stack is freed (at the end of a GC if one runs)</td></tr>
 * </table>
 *
 * <h2>Sweep generations</h2>
 * The heap's sweepgen h grows by 2 when a sweep phase starts, which makes
 * every span unswept at once; a span's own sweepgen says where it stands:
 * <table>
 *   <caption>span.sweepgen</caption>
 *   <tr><td>h-2</td><td>needs sweeping</td></tr>
 *   <tr><td>h-1</td><td>being swept (owned by one sweeper)</td></tr>
 *   <tr><td>h</td><td>swept, in an mcentral set or freed</td></tr>
 *   <tr><td>h+1</td><td>cached by an mcache before the sweep began: swept when given back</td></tr>
 *   <tr><td>h+3</td><td>swept, then cached by an mcache</td></tr>
 * </table>
 * Sweeping a span frees every allocated, unmarked slot (telling the
 * {@link FreeListener}), turns the mark bits into the alloc bits and resets
 * the free index to 0, so later allocations reuse freed slots lowest address
 * first. An empty span goes back to the heap; a large object's span is freed
 * whole. Objects allocated while the collector marks are allocated black.
 *
 * <h2>Counting (what MemStats reports)</h2>
 * <ul>
 *   <li>Mallocs/TotalAlloc: one per object, by its class size (a large object
 *       by its whole pages). An mcache counts its slots when it gives a span
 *       back; ReadMemStats first makes every mcache give its spans back, so
 *       counts are exact, and the tiny block is dropped (the next tiny
 *       allocation starts a new block, as in Go).</li>
 *   <li>A tiny allocation that starts a block counts as a 16-byte object; one
 *       that fits into the current block counts in Mallocs and in Frees at once
 *       (TotalAlloc unchanged): Go does not track them individually.</li>
 *   <li>Frees/HeapAlloc fall when the sweeper frees slots; so runtime.GC(),
 *       which sweeps everything before returning, makes Frees exact.</li>
 *   <li>HeapSys = HeapInuse + HeapIdle: heap memory mapped so far (4 MiB chunks
 *       inside 64 MiB arenas from 0xc000000000) minus the stack spans.
 *       Fresh memory counts as released until used; the {@link Scavenger}
 *       releases idle pages again, toward the goal the pacer sets after each
 *       cycle. StackSys = StackInuse.
 *       MSpan and MCache figures count 144 and 1200-byte structures in 16 KiB
 *       chunks, mspans taken 64 at a time as Go's per-P mspan cache does; GCSys counts arena metadata and mark/alloc bits plus a fixed
 *       base; BuckHashSys and OtherSys are fixed plausible amounts.</li>
 * </ul>
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>HeapObjects == Mallocs - Frees; HeapAlloc == Alloc &lt;= HeapInuse; HeapIdle + HeapInuse == HeapSys;
 *       HeapReleased &lt;= HeapIdle; Sys is the sum of the *Sys fields.</li>
 *   <li>A slot is allocated iff its index is below freeindex or its alloc bit is set;
 *       allocCount is the number of allocated slots.</li>
 *   <li>Every IN_USE span is in exactly one place: one mcache, or one of its mcentral's four sets.</li>
 *   <li>Each mapped page belongs to at most one span; {@link MHeap#spanOf} finds it.</li>
 *   <li>An MCache is used only by the thread of the goroutine holding its P; ReadMemStats and
 *       the start of a sweep phase need the world stopped.</li>
 *   <li>Mark bits are set atomically ({@link MSpan#setMarked}): mark workers, write barriers and
 *       allocate-black race on the same words while the collector marks. Nothing sweeps while it
 *       marks (a sweep replaces a span's mark bits).</li>
 *   <li>The GC hook after a span allocation gets the new object's address: a cycle it starts must
 *       keep that object, which no frame slot holds yet.</li>
 * </ul>
 *
 * <h2>Seeing it</h2>
 * {@link MHeap#dump()} prints the arenas, pages and spans per class;
 * {@link MHeap#forEachSpan} walks the spans for the collector and for tools.
 *
 * <h2>Checked against Go</h2>
 * Tests replay the allocation sequences of Go programs kept under
 * src/test/resources/minigo/runtime/memory/go/ and compare with the output
 * Go 1.19 printed for them (tools/regen-memstats-golden.sh records it).
 */
package minigo.runtime.memory;
