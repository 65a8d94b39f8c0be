package minigo.runtime.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import minigo.runtime.memory.MemStats;
import org.junit.jupiter.api.Test;

/** runtime.GC, runtime/debug, the two-minute forced cycle, MemStats' GC fields and the gctrace line. */
class CollectorApiTest {

    @Test
    void runtimeGcIsForcedAndTraced() {
        World w = new World(Map.of("GODEBUG", "gctrace=1"));
        for (int i = 0; i < 1000; i++) {
            w.globals.add(w.alloc("o", 1, 64));
        }
        w.gc.gc();
        MemStats m = w.heap.readMemStats();
        assertEquals(1, m.numGC);
        assertEquals(1, m.numForcedGC);
        assertTrue(m.pauseNs[0] > 0 && m.pauseNs[0] == m.pauseTotalNs, "the pause is measured");
        assertTrue(m.lastGC > 1_600_000_000L * 1_000_000_000L, "LastGC is Unix time in ns");
        assertEquals(m.pauseEnd[0], m.lastGC);
        assertTrue(m.gcCPUFraction > 0 && m.gcCPUFraction < 1);
        assertEquals(4 << 20, m.nextGC, "64 KB live: the 4 MB minimum goal");
        String line = w.trace().strip();
        assertTrue(line.matches("gc 1 @\\d+\\.\\d{3}s \\d+%: [0-9.]+\\+[0-9.]+\\+[0-9.]+ ms clock, [0-9.]+\\+[0-9.]+/[0-9.]+/[0-9.]+\\+[0-9.]+ ms cpu, "
                + "0->0->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P \\(forced\\)"), line);
        assertEquals(1, w.trace().lines().count());
    }

    @Test
    void heapTriggeredCyclesAreNotForced() {
        World w = new World(Map.of("GOGC", "25", "GODEBUG", "gctrace=1"));
        for (int i = 0; i < 100_000; i++) {
            w.storeGlobal0(w.alloc("t", 1, 64));
        }
        MemStats m = w.heap.readMemStats();
        assertTrue(m.numGC >= 5, "6.4 MB allocated, 1 MB goal: " + m.numGC);
        assertEquals(0, m.numForcedGC);
        assertFalse(w.trace().contains("forced"));
        assertEquals(m.numGC, w.trace().lines().count());
        assertTrue(w.trace().lines().allMatch(l -> l.contains(", 1 MB goal,")), w.trace());
    }

    @Test
    void setGcPercentAndMemoryLimit() {
        World w = new World(Map.of());
        assertEquals(100, w.gc.setGCPercent(50));
        assertEquals(2 << 20, w.heap.readMemStats().nextGC);
        assertEquals(50, w.gc.setGCPercent(-1));
        assertTrue(w.heap.readMemStats().nextGC > 1L << 62, "GOGC off: the goal is the (absent) memory limit's");
        assertEquals(Long.MAX_VALUE, w.gc.setMemoryLimit(64L << 20));
        long goal = w.heap.readMemStats().nextGC;
        assertTrue(goal < 64L << 20 && goal > 40L << 20, "limit minus non-heap memory: " + goal);
        assertEquals(64L << 20, w.gc.setMemoryLimit(-1), "negative only reads");
        for (int i = 0; i < 20_000; i++) {
            w.storeGlobal0(w.alloc("t", 1, 4096));
        }
        assertTrue(w.heap.readMemStats().numGC >= 1, "80 MB allocated under a 64 MiB limit");
    }

    @Test
    void twoMinutesWithoutACycleForceOne() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        Collector.Options o = new Collector.Options();
        o.nanoTime = now::get;
        World w = new World(Map.of(), o);
        w.gc.pollTimeTrigger();
        assertEquals(0, w.gc.numGC(), "never before the first cycle (Go: lastgc != 0)");
        w.gc.gc();
        now.addAndGet(Collector.FORCE_GC_PERIOD_NS);
        w.gc.pollTimeTrigger();
        assertEquals(1, w.gc.numGC(), "exactly two minutes is not more than two minutes");
        now.addAndGet(1);
        w.gc.pollTimeTrigger();
        w.gc.finishMark();
        assertEquals(2, w.gc.numGC());
        assertEquals(1, w.heap.readMemStats().numForcedGC, "the periodic cycle is not a forced one");
        w.gc.setGCPercent(-1);
        now.addAndGet(10 * Collector.FORCE_GC_PERIOD_NS);
        w.gc.pollTimeTrigger();
        assertEquals(2, w.gc.numGC(), "GOGC=off: no periodic cycle");
    }

    @Test
    void freeOsMemoryReleasesIdlePages() {
        World w = new World(Map.of());
        for (int i = 0; i < 2000; i++) {
            w.alloc("garbage", 0, 4096);
        }
        w.gc.freeOSMemory();
        MemStats m = w.heap.readMemStats();
        assertEquals(m.heapIdle, m.heapReleased);
        assertEquals(1, m.numForcedGC);
    }

    @Test
    void idlePsFinishTheMarkAndThenSweep() {
        World w = new World(Map.of());
        Obj keep = w.alloc("keep", 1, 64);
        w.globals.add(keep);
        for (int i = 0; i < 5000; i++) {
            w.alloc("garbage", 1, 64);
        }
        w.gc.startMark();
        assertEquals(GcPhase.MARK, w.gc.phase());
        int turns = 0;
        while (w.gc.phase() == GcPhase.MARK && turns < 100) {
            w.gc.idle(w.c);
            turns++;
        }
        assertEquals(GcPhase.OFF, w.gc.phase(), "idle workers end the mark phase");
        assertEquals(1, w.gc.numGC());
        int sweeps = 0;
        while (w.gc.idle(w.c)) {
            sweeps++;
        }
        assertTrue(sweeps > 0 && w.heap.sweeper().isSweepDone(), "then the idle P sweeps: " + sweeps);
        assertFalse(keep.freed());
    }

    @Test
    void preemptionGivesTheFractionalWorkerItsShare() {
        World w = new World(Map.of());
        for (int i = 0; i < 30_000; i++) {
            w.globals.add(w.alloc("live", 1, 64));
        }
        w.gc.startMark();
        assertEquals(0.25, w.gc.pacer().fractionalUtilizationGoal());
        assertEquals(0, w.gc.preempted(w.c), "no pacing time has passed: nothing owed");
        for (int i = 0; i < 200; i++) {
            w.alloc("new", 1, 64); // 12.8 KB allocated: pacing time passes, assists pay part of it
        }
        assertEquals(GcPhase.MARK, w.gc.phase(), "480 KB of scan work: the first assists do not finish it");
        long done = w.gc.preempted(w.c);
        assertTrue(done > 0, "the worker's share of the elapsed pacing time: " + done);
        w.gc.finishMark();
    }
}
