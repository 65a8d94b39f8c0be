/**
 * Goroutines, channels and select: a simulation of Go's scheduler (proc.go), channels (chan.go),
 * select (select.go) and runtime semaphores (sema.go) for the interpreter.
 *
 * <h2>Model</h2>
 * Each goroutine ({@link minigo.interp.sched.G}) runs on its own JVM virtual thread, but there is
 * one P, and only the G holding it executes Go code (GOMAXPROCS=1 semantics for now; the
 * GOMAXPROCS setting is recorded, not yet honoured). The P is a baton: a G that blocks, yields,
 * is preempted or exits picks the next G itself (Go's schedule()) and hands the baton over. So all
 * Go-visible state is touched by one thread at a time and needs no locks, and runs are reproducible
 * under a fixed seed.
 *
 * <table>
 * <caption>G states</caption>
 * <tr><th>state</th><th>meaning</th><th>leaves it by</th></tr>
 * <tr><td>RUNNABLE</td><td>in runnext, the local run queue or the global queue</td><td>being picked: RUNNING</td></tr>
 * <tr><td>RUNNING</td><td>holds the P</td><td>park (WAITING), gosched/preemption (RUNNABLE, global queue), return (DEAD)</td></tr>
 * <tr><td>WAITING</td><td>on a channel (sudog in a wait queue), select, semaphore, notify list or timer</td><td>ready(): RUNNABLE in runnext</td></tr>
 * <tr><td>DEAD</td><td>finished; its thread waits for the next {@code go}</td><td>-</td></tr>
 * </table>
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
 * <li>Exactly one G is RUNNING, except while the P passes from one to the next.</li>
 * <li>A G is in at most one run queue, and a WAITING G is in no run queue.</li>
 * <li>A sudog is in at most one wait queue; a select's sudogs are all withdrawn once it returns,
 *     and a select is won at most once ({@code G.selectDone}).</li>
 * <li>When nothing is runnable and no timer is pending, every goroutine is asleep: the fatal
 *     handler is told {@code all goroutines are asleep - deadlock!}.</li>
 * </ul>
 *
 * <h2>Integration</h2>
 * The interpreter creates one {@link minigo.interp.sched.Sched} per run with a thread factory
 * (Truffle's {@code newTruffleThreadBuilder(r).virtual(true)}) and a fatal handler (print, exit 2),
 * installs it ({@link minigo.interp.sched.Sched#install}), calls {@code startMain()} on the main
 * thread, {@code go(body)} for go statements (body catches its own Go panics), the channel and
 * select operations for {@code <-}, {@code close}, {@code select}, {@code preemptCheck()} at loop
 * back-edges, and {@code shutdown()} when main returns. Package sync's runtime hooks are natives
 * ({@link minigo.interp.sched.SchedNatives}).
 */
package minigo.interp.sched;
