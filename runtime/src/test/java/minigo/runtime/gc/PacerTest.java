package minigo.runtime.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The pacer's arithmetic against numbers go1.19.8 printed with GODEBUG=gcpacertrace=1 for the
 * gcpace program g01 (GOMAXPROCS=1): "in 3997696 B -> ..." is the trigger, and the goal follows
 * from "∆goal".
 */
class PacerTest {
    static final class FakeHeap implements Pacer.HeapView {
        long live;
        long free;
        long alloc;
        long mapped;

        @Override
        public long heapLive() {
            return live;
        }

        @Override
        public long heapFree() {
            return free;
        }

        @Override
        public long heapAlloc() {
            return alloc;
        }

        @Override
        public long mappedReady() {
            return mapped;
        }
    }

    @Test
    void firstCycleTriggersAt61Of64ThsOfTheMinimumHeap() {
        Pacer p = new Pacer(new FakeHeap(), 100, Long.MAX_VALUE);
        long[] tg = p.trigger();
        assertEquals(4194304, tg[1]);
        assertEquals(3997696, tg[0], "Go: 'in 3997696 B'");
        Pacer p25 = new Pacer(new FakeHeap(), 25, Long.MAX_VALUE);
        assertEquals(1 << 20, p25.heapGoal(), "4 MB * GOGC/100");
    }

    @Test
    void steadyStateGoalAndMinimumTrigger() {
        // gc 3 of g01 at GOGC=100: heapMarked 5717768 after gc 2, stacks 7544, globals 747632.
        FakeHeap h = new FakeHeap();
        Pacer p = new Pacer(h, 100, Long.MAX_VALUE);
        p.heapMarked = 5717768;
        p.lastStackScan = 7544;
        p.lastHeapScan = 555376;
        p.globalsScan = 747632;
        p.consMark = 18.9; // a large positive cons/mark: the runway exceeds the goal
        h.live = 5717768;
        p.commit(false);
        assertEquals(12190712, p.heapGoal());
        assertEquals(10269023, p.trigger()[0], "Go: 'in 10269023 B'");
        p.consMark = -17.5; // negative: Go's uint64 conversion makes the runway huge
        p.commit(false);
        assertEquals(10269023, p.trigger()[0]);
        p.consMark = 0; // no runway: the maximum trigger, 61/64 of the way
        p.commit(false);
        assertEquals(5717768 + (12190712 - 5717768) / 64 * 61, p.trigger()[0]);
    }

    @Test
    void sweepDistanceRaisesTheMinimumTrigger() {
        FakeHeap h = new FakeHeap();
        Pacer p = new Pacer(h, 25, Long.MAX_VALUE);
        h.live = 200_000;
        p.commit(false); // sweeping not done: trigger at least heapLive + 1 MB
        assertEquals(200_000 + (1 << 20), p.heapGoal(), "the goal rises to the sweep distance");
        assertTrue(p.trigger()[0] >= 200_000 + (1 << 20) - 1);
    }

    @Test
    void gcOffIsDrivenByTheMemoryLimitAlone() {
        FakeHeap h = new FakeHeap();
        h.mapped = 13_000_000;
        h.free = 30_000;
        h.alloc = 4_200_000;
        Pacer p = new Pacer(h, -1, 16L << 20);
        long nonHeap = 13_000_000 - 30_000 - 4_200_000;
        assertEquals((16L << 20) - nonHeap - (1 << 20), p.heapGoal());
        Pacer unlimited = new Pacer(h, -1, Long.MAX_VALUE);
        assertEquals(Long.MAX_VALUE - nonHeap - (1 << 20), unlimited.heapGoal(), "Go prints a NextGC just below MaxInt64");
        h.mapped = 20L << 20; // over the limit: the goal collapses to the marked heap
        p.heapMarked = 3_000_000;
        assertEquals(3_000_000, p.memoryLimitHeapGoal());
    }

    @Test
    void workersAndAssistRatio() {
        FakeHeap h = new FakeHeap();
        Pacer p = new Pacer(h, 100, Long.MAX_VALUE);
        p.startCycle(0, 1, false);
        assertEquals(0, p.dedicatedMarkWorkersNeeded());
        assertEquals(0.25, p.fractionalUtilizationGoal(), "Go: 'workers=0++2.500000e-001'");
        p.startCycle(0, 4, false);
        assertEquals(1, p.dedicatedMarkWorkersNeeded());
        assertEquals(0, p.fractionalUtilizationGoal());
        p.startCycle(0, 2, false);
        assertEquals(0, p.dedicatedMarkWorkersNeeded());
        assertEquals(0.25, p.fractionalUtilizationGoal());
        p.startCycle(0, 8, true);
        assertEquals(8, p.dedicatedMarkWorkersNeeded(), "gcstoptheworld: every P marks");
        // First cycle of g03 (GOMAXPROCS=1): 223344 B of globals expected, heapLive at the trigger 3997696.
        Pacer q = new Pacer(h, 100, Long.MAX_VALUE);
        q.globalsScan = 223344;
        q.commit(true);
        h.live = 3997696;
        q.startCycle(0, 1, false);
        assertEquals(223344.0 / (4194304 - 3997696), q.assistWorkPerByte(), 1e-9);
    }

    @Test
    void piControllerMovesConsMarkTowardTheMeasurement() {
        Pacer.PiController c = new Pacer.PiController(0.9, 4.0, 1000, -1000, 1000);
        double[] r = c.next(0, 10, 1);
        assertEquals(9.0, r[0], 1e-12);
        r = c.next(9.0, 10, 1);
        assertEquals(0.9 + 2.25, r[0], 1e-12, "proportional 0.9*(10-9) plus integral 0.9/4*10");
    }

    @Test
    void pacerTraceLinesInGoFormat() {
        assertEquals("+3.802653e+000", Pacer.goFloat(3.802653));
        assertEquals("+2.500000e-001", Pacer.goFloat(0.25));
        assertEquals("+0.000000e+000", Pacer.goFloat(0));
        assertEquals("-1.748041e+001", Pacer.goFloat(-17.48041));
        FakeHeap h = new FakeHeap();
        Pacer p = new Pacer(h, 100, Long.MAX_VALUE);
        java.util.List<String> lines = new java.util.ArrayList<>();
        p.trace = lines::add;
        p.globalsScan = 223344;
        p.commit(true);
        h.live = 3997696;
        p.startCycle(0, 1, false);
        assertEquals("pacer: assist ratio=+1.135986e+000 (scan 0 MB in 3->4 MB) workers=0++2.500000e-001", lines.get(0),
                "go1.19's first line for g03");
    }
}
