package minigo.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our own probes of Go 1.19's rules (go/r*.go), replayed against Go's recorded output. */
class GoRulesTest {

    static String line(String label, MemStats b, MemStats a) {
        return label + " mallocs " + (a.mallocs - b.mallocs) + " frees " + (a.frees - b.frees)
                + " totalalloc " + (a.totalAlloc - b.totalAlloc)
                + " heapalloc " + (a.heapAlloc - b.heapAlloc)
                + " heapinuse " + (a.heapInuse - b.heapInuse);
    }

    /** r01: zero-sized allocations, the small/large boundary, large objects freed by GC. */
    @Test
    void zeroAndLarge() throws IOException {
        Sim sim = new Sim();
        List<String> got = new ArrayList<>();
        sim.start();
        long z0 = 0;
        long z1 = 0;
        for (int i = 0; i < 10; i++) {
            long a = sim.alloc(0, true);  // new(struct{})
            sim.alloc(0, true);           // make([]int, 0)
            if (i == 0) {
                z0 = a;
            } else if (i == 1) {
                z1 = a;
            }
        }
        got.add(line("zero", sim.before, sim.read()));
        for (int n : new int[] {32768, 32769, 40000, 65536, 100000}) {
            sim.start();
            List<Long> big = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                big.add(sim.alloc(n, true));
            }
            sim.live.addAll(big);
            got.add(line("make" + n, sim.before, sim.read()));
            sim.start();
            sim.live.removeAll(big);
            sim.gc();
            got.add(line("free" + n, sim.before, sim.read()));
        }
        got.add("same " + (z0 == z1));
        assertEquals(MemstatsProgramsTest.golden("r01_zero_and_large"), got);
    }

    /**
     * r02: goroutine stacks. Six runtime goroutines exist before the first
     * round; each round creates n more, each on a fresh 2 KiB stack.
     */
    @Test
    void stacks() throws IOException {
        Sim sim = new Sim();
        StackAlloc st = sim.heap.stacks();
        for (int i = 0; i < 6; i++) {
            st.stackalloc(sim.c, StackAlloc.FIXED_STACK);
        }
        List<String> got = new ArrayList<>();
        for (int n : new int[] {1, 16, 100, 1000}) {
            sim.start();
            for (int i = 0; i < n; i++) {
                st.stackalloc(sim.c, StackAlloc.FIXED_STACK);
            }
            MemStats a = sim.read();
            got.add("go " + n + " stackinuse " + (a.stackInuse - sim.before.stackInuse)
                    + " stacksys " + (a.stackSys - sim.before.stackSys));
        }
        assertEquals(MemstatsProgramsTest.golden("r02_stacks"), got);
    }

    /**
     * r06: after a GC, freed slots are reused lowest address first, in the span the
     * mcache held, then in the other spans in the order they filled, then in a new span.
     */
    @Test
    void slotReuseOrder() throws IOException {
        Sim sim = new Sim();
        sim.gc();
        List<Long> first = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            long a = sim.alloc(704, false);
            first.add(a);
            if (i % 3 == 0) {
                sim.live.add(a);
            }
        }
        sim.gc();
        List<Long> again = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            again.add(sim.alloc(704, false));
        }
        java.util.Map<Long, Integer> spans = new java.util.HashMap<>();
        List<String> got = new ArrayList<>();
        got.add("class 704 objects in use before: 0");
        for (int i = 0; i < first.size(); i++) {
            got.add("first " + i + " " + place(spans, first.get(i)));
        }
        for (int i = 0; i < again.size(); i++) {
            got.add("again " + i + " " + place(spans, again.get(i)));
        }
        assertEquals(MemstatsProgramsTest.golden("r06_slot_reuse"), got);
    }

    private static String place(java.util.Map<Long, Integer> spans, long a) {
        long base = a & ~8191L;
        int s = spans.computeIfAbsent(base, k -> spans.size());
        return "span " + s + " slot " + (a - base) / 704;
    }
}
