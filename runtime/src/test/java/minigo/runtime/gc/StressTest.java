package minigo.runtime.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * GC stress on one goroutine (GOGC=1, gccheckmark, poisoning): a seeded random mutator builds
 * and rewires a graph through globals, heap fields and its stack while cycles start on its
 * allocations and are marked by its own assists, interleaved with its stores. Every object it
 * reaches must be alive, and the same seed must give the same cycles (DESIGN §4).
 */
class StressTest {

    static String run(long seed, String godebug) {
        World w = new World(Map.of("GOGC", "1", "GODEBUG", godebug));
        for (int i = 0; i < 32; i++) {
            w.globals.add(null);
        }
        w.globalsBytes = 8 * 32;
        SplittableRandom r = new SplittableRandom(seed);
        List<Object> stack = w.g.slots;
        for (int i = 0; i < 600_000; i++) {
            w.gc.safepoint(w.g);
            int op = r.nextInt(12);
            if (op < 5 || stack.isEmpty()) {
                int n = r.nextInt(4);
                stack.add(w.alloc("o", n, n == 0 ? 24 : 16 + 16L * r.nextInt(8)));
            } else if (op < 7) {
                Obj a = (Obj) stack.get(r.nextInt(stack.size()));
                if (a.refs.length > 0) {
                    w.store(a, r.nextInt(a.refs.length), r.nextInt(4) == 0 ? null : stack.get(r.nextInt(stack.size())));
                }
            } else if (op < 9) {
                Obj a = (Obj) stack.get(r.nextInt(stack.size()));
                if (a.refs.length > 0) {
                    Object x = a.get(r.nextInt(a.refs.length));
                    if (x != null) {
                        stack.add(x);
                    }
                }
            } else if (op < 10) {
                w.storeGlobal(r.nextInt(32), stack.get(r.nextInt(stack.size())));
            } else if (op < 11) {
                Object x = w.globals.get(r.nextInt(32));
                if (x != null) {
                    stack.add(x);
                }
            } else {
                stack.remove(r.nextInt(stack.size()));
            }
            while (stack.size() > 24) {
                stack.remove(0);
            }
            for (Object x : stack) {
                ((Obj) x).check();
            }
        }
        // Everything still reachable is intact.
        List<Object> todo = new ArrayList<>(stack);
        todo.addAll(w.globals);
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Object x = todo.remove(todo.size() - 1);
            if (x instanceof Obj o && seen.add(o)) {
                o.check();
                for (Object y : o.refs) {
                    todo.add(y);
                }
            }
        }
        // Concurrent cycles: at least 1 MB apart (the sweep distance), so about one per MB allocated.
        assertTrue(w.gc.numGC() >= 10, "cycles: " + w.gc.numGC());
        // The trace without its timings: which cycles ran and with what heap figures.
        StringBuilder b = new StringBuilder();
        for (String l : w.trace().lines().toList()) {
            b.append(l.replaceAll(" @[^,]*clock, [^,]*cpu", "")).append('\n');
        }
        return b.toString();
    }

    @Test
    void randomMutatorUnderGogc1WithCheckmark() {
        String a = run(7, "gctrace=1,gccheckmark=1");
        String b = run(7, "gctrace=1,gccheckmark=1");
        assertEquals(a, b, "same seed, same cycles");
        assertTrue(a.lines().count() >= 10);
    }

    @Test
    void stopTheWorldModeGivesTheSameSurvivors() {
        run(11, "gctrace=1,gcstoptheworld=2,gccheckmark=1");
    }
}
