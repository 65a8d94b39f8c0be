/**
 * Goroutines, channels and select: a simulation of Go's scheduler (proc.go), channels (chan.go),
 * select (select.go) and runtime semaphores (sema.go) for the interpreter.
 *
 * <h2>Model</h2>
 * There are GOMAXPROCS Ps (the environment's GOMAXPROCS, else the number of CPUs, as in Go;
 * runtime.GOMAXPROCS resizes them) and one M. Goroutine 1 runs on the M's thread (the interpreter's main thread, with its
 * large stack); every other goroutine ({@link minigo.interp.sched.G}) is a one-shot continuation
 * of the JDK ({@code jdk.internal.vm.Continuation}, see {@link minigo.interp.sched.Continuations})
 * that the M mounts on its own thread while that G holds the P. A G that blocks, yields, is
 * preempted or exits picks the next G itself (Go's schedule()) and then yields its continuation;
 * goroutine 1, when it gives the P up, runs the M's loop that mounts the chosen Gs until the P comes
 * back to it. So all Go-visible state is touched by one thread, needs no locks, and runs are
 * reproducible under a fixed seed.
 *
 * <h3>Why continuations and not one virtual thread per goroutine (DESIGN.md section 4)</h3>
 * Measured (session 2): Truffle makes every new thread of a context pay for all the threads it has
 * seen. A polyglot thread's creation re-checks access for every thread of the context
 * (checkAllThreadAccesses) and a foreign thread's first enter scans them all for dead ones
 * (collectDeadThreads): n goroutines alive cost O(n^2). 30,000 goroutines blocked on a channel took
 * 37 s, 100,000 did not finish in 300 s. With continuations the context sees one thread whatever
 * the number of goroutines: 100,000 take about 5 s in all, and a channel hand-off between two
 * goroutines costs about 2 us instead of 8 us (no semaphore, no thread unpark). Consequences:
 * <ul>
 * <li>The JVM needs {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} (launcher, tests).</li>
 * <li>Per-goroutine interpreter state lives in {@code G.local}, not in thread locals.</li>
 * <li>Every goroutine runs on the M's thread, so all share its stack limit (2 GB for a program).</li>
 * <li>A goroutine cannot block in Java (a "syscall") while the others run: a native that blocks
 *     holds the P. (No native does so today.)</li>
 * <li>A parked goroutine's frames can only be read by resuming it (as before, from its own thread):
 *     the M mounts it, it reads its own frames, and yields again.</li>
 * </ul>
 *
 * <table>
 * <caption>G states</caption>
 * <tr><th>state</th><th>meaning</th><th>leaves it by</th></tr>
 * <tr><td>RUNNABLE</td><td>in runnext, the local run queue or the global queue</td><td>being picked: RUNNING</td></tr>
 * <tr><td>RUNNING</td><td>holds the P</td><td>park (WAITING), gosched/preemption (RUNNABLE, global queue), return (DEAD)</td></tr>
 * <tr><td>WAITING</td><td>on a channel (sudog in a wait queue), select, semaphore, notify list or timer</td><td>ready(): RUNNABLE in runnext</td></tr>
 * <tr><td>DEAD</td><td>finished; its continuation is done and dropped</td><td>-</td></tr>
 * </table>
 *
 * <h2>Ps on one M</h2>
 * Each P has its runnext and local run queue (256); the global queue is shared. Go runs the Ps in
 * parallel; here the M runs one P's goroutine at a time and moves between Ps at scheduling points,
 * so that goroutines on different Ps take turns:
 * <table>
 * <caption>When the M moves to another P</caption>
 * <tr><th>event</th><th>Go</th><th>here</th></tr>
 * <tr><td>a goroutine used its slice (preemption, Gosched)</td><td>its P picks the next G; the
 *     other Ps run meanwhile</td><td>the M moves to the next P, round robin, that has work or can
 *     steal some</td></tr>
 * <tr><td>{@code go} with idle Ps</td><td>wakep: a spinning M steals the new G</td><td>nothing at
 *     once: the new G waits on its P until a slice ends or that P runs dry (moving the M at every
 *     {@code go} broke the hand-off chains of goroutine pipelines: the 10x prime sieve took 22 s
 *     instead of 12 s)</td></tr>
 * <tr><td>a goroutine blocks</td><td>its P runs its own next G</td><td>the same P goes on (a
 *     readied G is in its runnext, as in Go); only when it has nothing does the M move on</td></tr>
 * </table>
 * Stealing takes half of a victim's local queue (its runnext if the queue is empty), victims in
 * random order from the run's seeded source, so a seeded run replays for any GOMAXPROCS. With
 * GOMAXPROCS=1 nothing of this happens and the order is exactly Go's one-P order. There is no
 * real parallelism: a program with more Ps spends more time switching, much as Go spends more CPU
 * time with more Ps, but no less wall time. Timers stay in one heap (Go keeps one per P).
 *
 * <h2>Order</h2>
 * The order goroutines run in is Go's: {@code go} and {@code ready} put the G in runnext (the old
 * runnext moves to the tail of the local queue), Gosched and preemption put the running G on the
 * global queue, the scheduler takes the global queue first on every 61st tick, then runnext, the
 * local queue, the global queue. close() readies its waiters in reverse (Go's gList), so the first
 * waiter runs first. Tests check these orders against go1.19 output.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Exactly one G is RUNNING, except while the P passes from one to the next ({@code curg} then
 *     names the next holder before the giver's continuation yields).</li>
 * <li>Only the M's thread runs Go code: goroutine 1 directly, the others mounted by the M's loop,
 *     which runs inside goroutine 1's park. A continuation is mounted only from that loop, or by
 *     {@link minigo.interp.sched.Sched#onStackOf} to read a parked G's own frames (it then yields
 *     again at once, without the P).</li>
 * <li>A G is in at most one run queue, and a WAITING G is in no run queue.</li>
 * <li>A sudog is in at most one wait queue; a select's sudogs are all withdrawn once it returns,
 *     and a select is won at most once ({@code G.selectDone}).</li>
 * <li>When nothing is runnable and no timer is pending, every goroutine is asleep: the fatal
 *     handler is told {@code all goroutines are asleep - deadlock!}, or, when no goroutine is left
 *     at all (main called runtime.Goexit), {@code no goroutines (main called runtime.Goexit) - deadlock!}.</li>
 * <li>Host state kept per thread that Go code depends on must be per G: {@code G.local} holds the
 *     interpreter's panic state, and {@link minigo.interp.sched.Sched.ThreadState} swaps Truffle's
 *     fallback frame stack at every mount and yield.</li>
 * </ul>
 *
 * <h2>Failures</h2>
 * <ul>
 * <li>Deadlock: the interpreter prints every live goroutine, goroutine 1 first then in creation
 *     order, each read on its own stack ({@code onStackOf}: segments of the walk are separated by
 *     the interpreter's goroutine entry frames, because a continuation's frames sit on top of
 *     goroutine 1's). A parked G records where it parked ({@code Sched.at}) for its top frame.</li>
 * <li>Stack: goroutine 1 runs on the interpreter's main thread (a platform thread made with a 2 GB
 *     stack, Runner.MAIN_STACK); the other goroutines are mounted on it, so all share that stack
 *     (in the REPL, the REPL's thread). The Go stack each goroutine would have is modelled in
 *     bytes (minigo.interp.Stacks): it starts at 2 KiB, doubles when a call's frame does not fit,
 *     is halved by the collector's scan when it uses under a quarter of itself, and is freed when
 *     a grown goroutine exits; StackInuse and the pacer see it. Past Go's 1 GB limit it is Go's
 *     stack overflow. Small frames reach the JVM's limits first, so Go calls are also counted
 *     (FuncRoot.MAX_DEPTH, 2^18 per goroutine) and a JVM StackOverflowError is turned into Go's
 *     {@code fatal error: stack overflow}. The {@code runtime: sp=... stack=[...]} line shows
 *     made-up addresses: there is no machine stack to show.</li>
 * </ul>
 *
 * <h2>Timers and the clock</h2>
 * Go's runtime timers ({@link minigo.interp.sched.Sched.Timer}) live in per-P heaps ordered by
 * {@code when}, as in Go: a timer goes on the heap of the P that starts it, a P's own schedule runs
 * its due timers, a P out of work also runs the other Ps' (Go's stealWork), and the timers of a P
 * that GOMAXPROCS removes move to one that stays. time.Sleep, Timer, Ticker, After,
 * Tick and AfterFunc are all such timers, as in Go: no goroutine waits behind a pending timer.
 * Whoever schedules (findRunnable, and a preemption check) first runs the timers that are due, on
 * the goroutine giving up the P, as Go's checkTimers does: a channel timer sends the time without
 * blocking (a ticker's slow reader misses ticks), an AfterFunc timer starts its func in a new
 * goroutine, a Sleep timer readies its goroutine. A ticker re-arms itself at the next multiple of
 * its period after now. Pending timers are roots for the collector (their channel or func). When
 * nothing is runnable, the M sleeps until the earliest timer; with {@code --faketime} (Go
 * playground's clock, starting at 2009-11-10 23:00:00 UTC) it sets the clock to that timer
 * instead, so sleeping costs no time; time.Now reads the same clock.
 *
 * <h2>The cost of a switch</h2>
 * A switch yields one continuation and mounts another. The JDK freezes the frames above the last
 * point where the goroutine was thawed, and thaws a deep stack back lazily, a few frames at a time,
 * as the goroutine returns through them (at return barriers), so a switch costs in proportion to
 * the frames between the Go code that blocks and {@code Continuation.yield}, and with many
 * goroutines each of those frames is likely a cache miss. Measured with compilation off: four
 * levels of Go calls between a relay loop and its receive took a 2-goroutine relay of 1M values
 * from 1.77 to 3.6 s, and 2000 relaying goroutines took 2.99 s where 2 took 1.69 s for the same 2M
 * values (single runs). The blocking path is therefore kept shallow: GoChan's receive and send
 * inline park, waitForP and Continuations.yield (each within C1's inlining budget; the budgets are
 * noted at {@code waitForP}), and the receive node answers typed requests itself. Adding a call on
 * that path, or a bytecode to one of those methods, puts frames back on every switch. (Frames below
 * the goroutine's loop, the goroutine entry and the Truffle call frames, are not re-copied: three
 * more levels of Go calls below the loop made no difference beyond run-to-run noise.)
 *
 * <h2>Tracing</h2>
 * {@code GODEBUG=schedtrace=N,scheddetail=1} ({@link minigo.interp.sched.SchedTrace}): Go's lines,
 * printed by the M at scheduling points rather than by a monitor thread; they describe this model
 * (GOMAXPROCS Ps, one M).
 *
 * <h2>Integration</h2>
 * The interpreter creates one {@link minigo.interp.sched.Sched} per run with a fatal handler (print,
 * exit 2), installs it ({@link minigo.interp.sched.Sched#install}), calls {@code startMain()} on
 * the main thread, {@code go(body)} for go statements (body catches its own Go panics), the channel
 * and select operations for {@code <-}, {@code close}, {@code select}, {@code preemptCheck()} at
 * loop back-edges, and {@code shutdown()} when main returns. Package sync's runtime hooks are
 * natives ({@link minigo.interp.sched.SchedNatives}).
 */
package minigo.interp.sched;
