package minigo.interp.sched;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import minigo.interp.values.Pointer;

/**
 * Go's runtime semaphores (sema.go), on which package sync is built: a semaphore is a uint32
 * location (a {@link Pointer} to it, e.g. {@code &m.sema}); acquire decrements it when positive,
 * else parks the goroutine in the location's wait queue; release increments it and readies the
 * first waiter, which then retries. Locations are matched by pointer equality, as Go hashes the
 * address.
 */
public final class Sema {
    private final Map<Object, ArrayDeque<G>> waiters = new HashMap<>();

    /** runtime_Semacquire / runtime_SemacquireMutex(addr, lifo): lifo waiters go to the front. */
    public void acquire(Sched s, Pointer addr, boolean lifo) {
        while (true) {
            long v = addr.loadLong();
            if (v > 0) {
                addr.storeLong(v - 1);
                return;
            }
            ArrayDeque<G> q = waiters.computeIfAbsent(addr, k -> new ArrayDeque<>());
            if (lifo) {
                q.addFirst(s.curg());
            } else {
                q.addLast(s.curg());
            }
            s.park("semacquire");
        }
    }

    /**
     * runtime_Semrelease(addr, handoff): increments and wakes the first waiter. With handoff, the
     * waiter runs at once (the releasing G yields), as Go does for starving mutexes.
     */
    public void release(Sched s, Pointer addr, boolean handoff) {
        addr.storeLong((addr.loadLong() + 1) & 0xFFFFFFFFL);
        ArrayDeque<G> q = waiters.get(addr);
        if (q == null) {
            return;
        }
        G g = q.pollFirst();
        if (q.isEmpty()) {
            waiters.remove(addr);
        }
        if (g != null) {
            s.ready(g);
            if (handoff) {
                s.gosched();
            }
        }
    }

    /** Number of goroutines waiting on addr (tests, dumps). */
    public int waiting(Pointer addr) {
        ArrayDeque<G> q = waiters.get(addr);
        return q == null ? 0 : q.size();
    }
}
