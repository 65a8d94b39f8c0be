package minigo.interp.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import minigo.interp.values.Box;
import minigo.interp.values.GoPanic;
import minigo.interp.values.GoRandom;
import minigo.interp.values.Layout;
import minigo.interp.values.ValueKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The scheduler and channels with Java runnables as goroutines. Expected orders are what go1.19
 * prints with GOMAXPROCS(1) for the equivalent programs (see the comments).
 */
@Timeout(60)
class SchedTest {
    static final Layout INT = Layout.of(ValueKind.INT64);

    Sched s;
    volatile String fatalMessage;

    @BeforeEach
    void setUp() {
        s = new Sched(msg -> {
            // As the interpreter's handler ends the process, this one ends the program: every
            // goroutine, the test's main one included, unwinds with Shutdown.
            fatalMessage = msg;
            s.shutdown();
            throw new Sched.Shutdown();
        });
        Sched.install(s);
        s.startMain();
    }

    @AfterEach
    void tearDown() {
        s.shutdown();
    }

    /** A WaitGroup made of a counter and a channel, enough for tests. */
    final class Wg {
        int n;
        final GoChan done = new GoChan(INT, 0);

        void add(int d) {
            n += d;
        }

        void done() {
            if (--n == 0) {
                done.close();
            }
        }

        void await() {
            if (n > 0) {
                GoChan.recv(done);
            }
        }
    }

    @Test
    void newGoroutinesRunFromRunnext() {
        // for i := 0; i < 5; i++ { go func(i int) { order = append(order, i); wg.Done() }(i) }; wg.Wait()
        // go1.19, GOMAXPROCS(1): [4 0 1 2 3]
        List<Integer> order = new ArrayList<>();
        Wg wg = new Wg();
        for (int i = 0; i < 5; i++) {
            int k = i;
            wg.add(1);
            s.go(() -> {
                order.add(k);
                wg.done();
            });
        }
        wg.await();
        assertEquals(List.of(4, 0, 1, 2, 3), order);
    }

    @Test
    void closeWakesReceiversInGosOrder() {
        // four goroutines block in <-c; Gosched; close(c); wg.Wait()  ->  go1.19: [3 2 1 0]
        List<Integer> order = new ArrayList<>();
        GoChan c = new GoChan(INT, 0);
        Wg wg = new Wg();
        for (int i = 0; i < 4; i++) {
            int k = i;
            wg.add(1);
            s.go(() -> {
                Object[] r = GoChan.recv2(c);
                assertEquals(false, r[1]);
                assertEquals(0L, r[0]);
                order.add(k);
                wg.done();
            });
        }
        s.gosched();
        GoChan.close(c);
        wg.await();
        assertEquals(List.of(3, 2, 1, 0), order);
    }

    @Test
    void unbufferedHandOffInterleavesAsGo() {
        // go func() { for v := range d { order = append(order, v) } }();
        // for i := 0; i < 3; i++ { d <- i; order = append(order, 100+i) }  ->  [0 100 101 1 2 102]
        List<Long> order = new ArrayList<>();
        GoChan d = new GoChan(INT, 0);
        Wg wg = new Wg();
        wg.add(1);
        s.go(() -> {
            boolean[] ok = new boolean[1];
            while (true) {
                Object v = d.recv(ok);
                if (!ok[0]) {
                    break;
                }
                order.add((Long) v);
            }
            wg.done();
        });
        for (long i = 0; i < 3; i++) {
            GoChan.send(d, i);
            order.add(100 + i);
        }
        GoChan.close(d);
        wg.await();
        assertEquals(List.of(0L, 100L, 101L, 1L, 2L, 102L), order);
    }

    @Test
    void buffersAreFifoAndDrainAfterClose() {
        GoChan c = new GoChan(INT, 3);
        assertTrue(c.trySend(1L));
        assertTrue(c.trySend(2L));
        assertTrue(c.trySend(3L));
        assertFalse(c.trySend(4L));
        assertEquals(3, c.len());
        assertEquals(3, c.cap());
        c.close();
        assertEquals(1L, GoChan.recv(c));
        Object[] r = GoChan.recv2(c);
        assertEquals(2L, r[0]);
        assertEquals(true, r[1]);
        assertEquals(3L, GoChan.recv(c));
        r = GoChan.recv2(c);
        assertEquals(0L, r[0]);
        assertEquals(false, r[1]);
    }

    @Test
    void fullBufferHandsTheWaitingSendersValueToTheTail() {
        GoChan c = new GoChan(INT, 2);
        List<Long> got = new ArrayList<>();
        Wg wg = new Wg();
        wg.add(1);
        s.go(() -> {
            for (long i = 0; i < 5; i++) {
                GoChan.send(c, i);
            }
            wg.done();
        });
        for (int i = 0; i < 5; i++) {
            got.add((Long) GoChan.recv(c));
        }
        wg.await();
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), got);
    }

    @Test
    void closePanicsAsGo() {
        GoPanic p = assertThrows(GoPanic.class, () -> GoChan.close(null));
        assertEquals("close of nil channel", p.getMessage());
        GoChan c = new GoChan(INT, 1);
        c.close();
        p = assertThrows(GoPanic.class, c::close);
        assertEquals("close of closed channel", p.getMessage());
        p = assertThrows(GoPanic.class, () -> c.send(1L));
        assertEquals("send on closed channel", p.getMessage());
        assertFalse(c.offer(1L), "a timer's send never panics");
    }

    @Test
    void closingWakesBlockedSendersWithAPanic() {
        GoChan c = new GoChan(INT, 0);
        List<String> seen = new ArrayList<>();
        Wg wg = new Wg();
        wg.add(1);
        s.go(() -> {
            try {
                c.send(1L);
                seen.add("sent");
            } catch (GoPanic p) {
                seen.add(p.getMessage());
            }
            wg.done();
        });
        s.gosched();
        c.close();
        wg.await();
        assertEquals(List.of("send on closed channel"), seen);
    }

    @Test
    void deadlockIsFatal() {
        GoChan c = new GoChan(INT, 0);
        s.go(() -> GoChan.recv(c));
        assertThrows(Sched.Shutdown.class, () -> GoChan.recv(c));
        assertEquals("all goroutines are asleep - deadlock!", fatalMessage);
    }

    @Test
    void nilChannelsBlockForever() {
        assertThrows(Sched.Shutdown.class, () -> GoChan.send(null, 1L));
        assertEquals("all goroutines are asleep - deadlock!", fatalMessage);
    }

    @Test
    void selectTakesDefaultWhenNothingIsReady() {
        GoChan c = new GoChan(INT, 0);
        Select.Case[] cases = {Select.Case.recv(c), Select.Case.send(c, 1L), Select.Case.recv(null)};
        assertEquals(-1, Select.select(cases, true));
        assertThrows(Sched.Shutdown.class, () -> Select.select(new Select.Case[0], false));
        assertEquals("all goroutines are asleep - deadlock!", fatalMessage);
    }

    @Test
    void selectChoosesRandomlyAmongReadyCases() {
        GoChan a = new GoChan(INT, 100);
        GoChan b = new GoChan(INT, 100);
        for (long i = 0; i < 100; i++) {
            a.trySend(i);
            b.trySend(i);
        }
        int[] hits = new int[2];
        for (int i = 0; i < 100; i++) {
            Select.Case[] cases = {Select.Case.recv(a), Select.Case.recv(b)};
            hits[Select.select(cases, false)]++;
        }
        assertTrue(hits[0] > 20 && hits[1] > 20, "both cases chosen: " + hits[0] + "/" + hits[1]);
    }

    @Test
    void blockedSelectIsWokenByOneCaseAndWithdrawsFromTheOthers() {
        GoChan a = new GoChan(INT, 0);
        GoChan b = new GoChan(INT, 0);
        Wg wg = new Wg();
        wg.add(1);
        s.go(() -> {
            GoChan.send(b, 42L);
            wg.done();
        });
        Select.Case[] cases = {Select.Case.recv(a), Select.Case.recv(b)};
        assertEquals(1, Select.select(cases, false));
        assertEquals(42L, cases[1].received);
        assertTrue(cases[1].ok);
        wg.await();
        // a's queue holds no stale sudog: a send on a now finds nobody and would block
        assertFalse(a.trySend(1L));
    }

    @Test
    void blockedSelectSendCase() {
        GoChan a = new GoChan(INT, 0);
        List<Object> got = new ArrayList<>();
        Wg wg = new Wg();
        wg.add(1);
        s.go(() -> {
            got.add(GoChan.recv(a));
            wg.done();
        });
        GoChan never = new GoChan(INT, 0);
        Select.Case[] cases = {Select.Case.recv(never), Select.Case.send(a, 7L)};
        assertEquals(1, Select.select(cases, false));
        wg.await();
        assertEquals(List.of(7L), got);
    }

    @Test
    void selectSeesClose() {
        GoChan a = new GoChan(INT, 0);
        s.go(a::close);
        Select.Case[] cases = {Select.Case.recv(a)};
        assertEquals(0, Select.select(cases, false));
        assertFalse(cases[0].ok);
        assertEquals(0L, cases[0].received);
    }

    @Test
    void seededSelectIsReproducible() {
        GoChan a = new GoChan(INT, 100);
        GoChan b = new GoChan(INT, 100);
        for (long i = 0; i < 100; i++) {
            a.trySend(i);
            b.trySend(i);
        }
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        GoRandom.setSeed(3);
        for (int i = 0; i < 20; i++) {
            x.append(Select.select(new Select.Case[]{Select.Case.recv(a), Select.Case.recv(b)}, false));
        }
        GoRandom.setSeed(3);
        for (int i = 0; i < 20; i++) {
            y.append(Select.select(new Select.Case[]{Select.Case.recv(a), Select.Case.recv(b)}, false));
        }
        assertEquals(x.toString(), y.toString());
    }

    @Test
    void sleepersWakeInDeadlineOrder() {
        List<Integer> order = new ArrayList<>();
        Wg wg = new Wg();
        int[] ms = {300, 100, 200}; // far apart: two timers due in one check wake in reverse, as in Go
        for (int m : ms) {
            wg.add(1);
            s.go(() -> {
                s.sleep(m * 1_000_000L);
                order.add(m);
                wg.done();
            });
        }
        long t0 = System.nanoTime();
        wg.await();
        assertEquals(List.of(100, 200, 300), order);
        assertTrue(System.nanoTime() - t0 >= 300_000_000L);
    }

    @Test
    void timersPreventDeadlockReports() {
        GoChan c = new GoChan(INT, 1);
        s.addTimer(5_000_000L, () -> c.offer(9L));
        assertEquals(9L, GoChan.recv(c));
    }

    @Test
    void goschedLetsOthersRun() {
        // go func() { record("goroutine"); done <- true }(); Gosched(); record("main")  ->  [goroutine main]
        List<String> order = new ArrayList<>();
        GoChan done = new GoChan(INT, 0);
        s.go(() -> {
            order.add("goroutine");
            GoChan.send(done, 1L);
        });
        s.gosched();
        order.add("main");
        GoChan.recv(done);
        assertEquals(List.of("goroutine", "main"), order);
    }

    @Test
    void semaphoresBuildAMutex() {
        Box.LongBox sema = new Box.LongBox(1);
        long[] counter = {0};
        Wg wg = new Wg();
        for (int i = 0; i < 10; i++) {
            wg.add(1);
            s.go(() -> {
                for (int j = 0; j < 20; j++) {
                    s.sema.acquire(s, sema, false);
                    long v = counter[0];
                    s.gosched();
                    counter[0] = v + 1;
                    s.sema.release(s, sema, false);
                }
                wg.done();
            });
        }
        wg.await();
        assertEquals(200, counter[0]);
    }

    @Test
    void notifyListWakesAllTickets() {
        Object cond = new Object();
        List<Integer> woke = new ArrayList<>();
        Wg wg = new Wg();
        for (int i = 0; i < 3; i++) {
            int k = i;
            wg.add(1);
            s.go(() -> {
                long t = s.notifyListAdd(cond);
                s.notifyListWait(cond, t);
                woke.add(k);
                wg.done();
            });
        }
        s.gosched();
        s.notifyListNotifyAll(cond);
        wg.await();
        assertEquals(Set.of(0, 1, 2), new HashSet<>(woke));
    }

    @Test
    void numGoroutineCountsLiveGoroutines() {
        assertEquals(1, s.numGoroutine());
        for (int round = 0; round < 50; round++) {
            Wg wg = new Wg();
            for (int i = 0; i < 4; i++) {
                wg.add(1);
                s.go(wg::done);
            }
            assertEquals(5, s.numGoroutine());
            assertEquals(5, s.liveGoroutines().size());
            wg.await();
            s.gosched();
        }
        assertEquals(1, s.numGoroutine());
        assertEquals(List.of(s.curg()), s.liveGoroutines());
    }

    @Test
    void manyBlockedGoroutines() {
        GoChan block = new GoChan(INT, 0);
        Wg wg = new Wg();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            wg.add(1);
            s.go(() -> {
                GoChan.recv(block);
                wg.done();
            });
        }
        s.gosched();
        assertEquals(n + 1, s.numGoroutine());
        block.close();
        wg.await();
        assertNull(null);
    }

    @Test
    void gomaxprocsResizesAndQueuedGoroutinesSurviveIt() {
        assertEquals(1, s.gomaxprocs(4));
        int[] ran = {0};
        for (int i = 0; i < 20; i++) {
            s.go(() -> ran[0]++);
        }
        s.gosched(); // the M moves on to the other Ps, which steal from P0
        assertEquals(4, s.gomaxprocs(1)); // what P1..P3 still queue goes to the global queue
        assertEquals(1, s.gomaxprocs(0));
        while (ran[0] < 20 && s.numGoroutine() > 1) {
            s.gosched();
        }
        assertEquals(20, ran[0]);
        assertEquals(1, s.numGoroutine());
    }

    @Test
    void idlePsStealNewGoroutines() {
        s.gomaxprocs(2);
        for (int i = 0; i < 4; i++) {
            s.go(() -> {});
        }
        // P0 queues the four; when main's slice ends, the M moves to P1, which steals half of them.
        String before = SchedTrace.parse("schedtrace=1", x -> {}).render(s, 0);
        assertTrue(before.contains("gomaxprocs=2 "), before);
        assertTrue(before.endsWith("[3 0]\n"), before);
        s.gosched();
        String after = SchedTrace.parse("schedtrace=1,scheddetail=1", x -> {}).render(s, 0);
        assertFalse(after.contains("P1: status=0 schedtick=0 "), after); // P1 ran some of them
        while (s.numGoroutine() > 1) {
            s.gosched();
        }
    }

    /** Starts a goroutine that arms a timer; returns the P it armed it on once it has. */
    private Sched.P armTimerOnSomeP(long delayNanos, boolean[] fired) {
        Sched.P[] owner = {null};
        s.go(() -> {
            owner[0] = s.currentP();
            s.addTimer(delayNanos, () -> fired[0] = true);
        });
        while (owner[0] == null) {
            s.gosched();
        }
        return owner[0];
    }

    @Test
    void timersLiveOnThePThatStartedThemAndFireWhileAnotherPIsBusy() {
        s.gomaxprocs(2);
        boolean[] fired = {false};
        // 200ms: long enough that main is on the other P before it is due
        Sched.P owner = armTimerOnSomeP(200_000_000L, fired);
        String detail = SchedTrace.parse("schedtrace=1,scheddetail=1", x -> {}).render(s, 0);
        Sched.P other = s.allp()[1 - owner.id];
        assertTrue(detail.contains("P" + owner.id + ": status=1") && detail.contains("timerslen=1"), detail);
        assertEquals(1, owner.timers.size());
        assertEquals(0, other.timers.size());
        // main spins on the other P; the idle owner's timer still fires (its M wakes for it)
        for (int i = 0; i < 10 && s.currentP() == owner; i++) {
            s.go(() -> {});
            s.gosched();
        }
        assertTrue(s.currentP() != owner);
        assertFalse(fired[0]);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!fired[0] && System.nanoTime() < deadline) {
            s.preemptCheck();
        }
        assertTrue(fired[0]);
        assertEquals(0, owner.timers.size());
    }

    @Test
    void timersOfARemovedPMoveToOneThatStays() {
        s.gomaxprocs(4);
        boolean[] fired = {false};
        Sched.P owner = armTimerOnSomeP(1_000_000L, fired);
        s.gomaxprocs(1);
        assertEquals(1, s.allp()[0].timers.size()); // P0, the one P left, holds it now
        assertEquals(owner.id == 0 ? 1 : 0, owner.timers.size());
        s.sleep(5_000_000L); // main sleeps past the timer: both fire on P0
        assertTrue(fired[0]);
        assertEquals(0, s.allp()[0].timers.size());
    }

    @Test
    void sysmonRunsAtEveryPreemptionTick() {
        int[] polls = {0};
        s.setGcHook(new Sched.GcHook() {
            @Override
            public void goroutineExit(G g) {}

            @Override
            public void sysmon() {
                polls[0]++;
            }
        });
        for (int i = 0; i < 3 * Sched.PREEMPT_BUDGET; i++) {
            s.preemptCheck();
        }
        assertEquals(3, polls[0]);
    }

    @Test
    void preemptionLetsASpinningLoopYield() {
        boolean[] flag = {false};
        s.go(() -> flag[0] = true);
        long spins = 0;
        while (!flag[0]) {
            s.preemptCheck();
            spins++;
        }
        assertTrue(spins >= Sched.PREEMPT_BUDGET - 1);
    }

    @Test
    void schedtraceLinesHaveGosFormat() {
        assertNull(SchedTrace.parse("gctrace=1", x -> {}));
        GoChan c = new GoChan(INT, 0);
        s.go(() -> GoChan.recv(c));
        s.go(() -> {});
        SchedTrace plain = SchedTrace.parse("schedtrace=1000", x -> {});
        // main runs; goroutine 3 is in runnext, goroutine 2 in the local run queue
        assertEquals("SCHED 5ms: gomaxprocs=1 idleprocs=0 threads=1 spinningthreads=0 idlethreads=0 runqueue=0 [1]\n",
                plain.render(s, 5));
        s.gosched();
        SchedTrace detail = SchedTrace.parse("schedtrace=10,scheddetail=1", x -> {});
        assertEquals("""
                SCHED 0ms: gomaxprocs=1 idleprocs=0 threads=1 spinningthreads=0 idlethreads=0 runqueue=0 gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0
                  P0: status=1 schedtick=3 syscalltick=0 m=0 runqsize=0 gfreecnt=0 timerslen=0
                  M0: p=0 curg=1 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=false lockedg=-1
                  G1: status=2() m=0 lockedm=-1
                  G2: status=4(chan receive) m=-1 lockedm=-1
                """, detail.render(s, 0));
        GoChan.send(c, 1L);
    }

    @Test
    void waitUntilRechecksAfterChanged() {
        boolean[] flag = {false};
        List<String> order = new ArrayList<>();
        s.go(() -> {
            order.add("setter");
            flag[0] = true;
            s.changed();
        });
        s.waitUntil(() -> flag[0]);
        order.add("waiter");
        assertEquals(List.of("setter", "waiter"), order);
        boolean[] never = {false};
        assertThrows(Sched.Shutdown.class, () -> s.waitUntil(() -> never[0]));
        assertEquals("all goroutines are asleep - deadlock!", fatalMessage);
    }
}
