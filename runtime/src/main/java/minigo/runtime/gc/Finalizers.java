package minigo.runtime.gc;

import java.util.ArrayDeque;
import java.util.Map;

/**
 * runtime.SetFinalizer's bookkeeping (Go's finalizer specials and finq).
 *
 * <table>
 *   <caption>Life of a finalizer</caption>
 *   <tr><th>state</th><th>held in</th><th>what the collector does</th></tr>
 *   <tr><td>set</td><td>{@link #specials}, by object address</td><td>marks what the object references and
 *       the finalizer func as roots, but not the object itself</td></tr>
 *   <tr><td>queued</td><td>{@link #queue}</td><td>the object was found unmarked at mark termination: it is marked
 *       (resurrected for one more cycle), its special removed; queue entries are roots</td></tr>
 *   <tr><td>run</td><td>the finalizer goroutine</td><td>took it from the queue; once the object is unreachable
 *       again it is freed by the next cycle</td></tr>
 * </table>
 */
public final class Finalizers {
    /** A finalizer waiting to run: fn(obj) on the finalizer goroutine. */
    public record Pending(Object obj, long addr, Object fn) {
    }

    record Special(Object obj, Object fn) {
    }

    /** By address: mark termination queues unreachable ones in address order, as Go's sweep finds them. */
    final Map<Long, Special> specials = new java.util.TreeMap<>();
    final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private Runnable wakeup = () -> { };

    /** Sets (fn != null) or clears (fn == null) the finalizer of the heap object at addr; false if one is already set. */
    synchronized boolean set(long addr, Object obj, Object fn) {
        if (fn == null) {
            specials.remove(addr);
            return true;
        }
        if (specials.containsKey(addr)) {
            return false;
        }
        specials.put(addr, new Special(obj, fn));
        return true;
    }

    /** The next finalizer to run, or null: the most recently queued first, as Go's runfinq walks its block. */
    public synchronized Pending poll() {
        return queue.pollLast();
    }

    /** Number of finalizers queued and not yet taken. */
    public synchronized int queued() {
        return queue.size();
    }

    /** Called after finalizers were queued (the scheduler wakes the finalizer goroutine). */
    public void setWakeup(Runnable r) {
        wakeup = r == null ? () -> { } : r;
    }

    void wake() {
        wakeup.run();
    }
}
