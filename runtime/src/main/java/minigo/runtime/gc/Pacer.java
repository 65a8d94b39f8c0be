package minigo.runtime.gc;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Go 1.19's GC pacer (gcControllerState in mgcpacer.go): when a cycle starts (the trigger), how
 * big the heap may grow before it must end (the goal), how much marking each allocated byte
 * owes (the assist ratio), and how many mark workers run.
 *
 * <h2>Equations</h2>
 * <pre>
 *   gcPercentGoal  = heapMarked + (heapMarked + lastStackScan + globalsScan) * GOGC/100
 *                    (at least heapMinimum = 4 MB * GOGC/100; "none" when GOGC=off)
 *   memLimitGoal   = memoryLimit - (nonHeap + overage) - 1 MB headroom, at least heapMarked,
 *                    nonHeap = mappedReady - heapFree - heapAlloc, overage = mappedReady - limit if positive
 *   goal           = min(gcPercentGoal, memLimitGoal); if the GOGC goal wins it is raised to
 *                    sweepDistMinTrigger and to triggered + 64 KiB
 *   runway         = consMark * (1 - 0.25) / 0.25 * (lastHeapScan + lastStackScan + globalsScan)
 *   trigger        = goal - runway, clamped to [minTrigger, maxTrigger]:
 *                    minTrigger = max(heapMarked + (goal-heapMarked)/64*45, sweepDistMinTrigger)
 *                    maxTrigger = max(heapMarked + (goal-heapMarked)/64*61, goal - 4 MB)
 *   assistWorkPerByte = (expected scan work - work done) / (goal - heapLive)
 *   consMark       = PI controller (kp 0.9, ti 4, tt 1000) toward
 *                    (heapLive - triggered) * (u + idle u) / (scanWork * (1 - u)),
 *                    u = 0.25 + assistTime / (markDuration * procs)
 * </pre>
 * A negative runway (consMark below zero) converts to a huge unsigned number in Go, so the trigger
 * falls to minTrigger; we keep that behaviour. Go counts scan work in bytes: heap objects up to
 * their last pointer word, stack bytes in use, and the pointer part of globals.
 *
 * <p>Thread safety: the state changes with the world stopped (startCycle, endCycle, resetLive,
 * commit) except the scan-work counters and bgScanCredit (atomics/synchronized), and the assist
 * ratios, which are read racily as Go reads them.
 */
public final class Pacer {
    public static final double GC_BACKGROUND_UTILIZATION = 0.25;
    public static final long DEFAULT_HEAP_MINIMUM = 4 << 20;
    public static final long GC_OVER_ASSIST_WORK = 64 << 10;
    public static final long SWEEP_MIN_HEAP_DISTANCE = 1 << 20;
    public static final long MEMORY_LIMIT_HEAP_GOAL_HEADROOM = 1 << 20;
    static final int TRIGGER_RATIO_DEN = 64;
    static final int MIN_TRIGGER_RATIO_NUM = 45;
    static final int MAX_TRIGGER_RATIO_NUM = 61;
    /** Stands for Go's ^uint64(0) in goals and in {@link #triggered}: "none". */
    public static final long NONE = Long.MAX_VALUE;

    /** The heap figures the pacer reads (MHeap in a run, a table in tests). */
    public interface HeapView {
        long heapLive();

        long heapFree();

        /** Bytes of allocated, not yet freed objects (totalAlloc - totalFree). */
        long heapAlloc();

        long mappedReady();
    }

    private final HeapView heap;
    /** GODEBUG=gcpacertrace=1: where the pacer's two lines per cycle go (null: off). */
    java.util.function.Consumer<String> trace;

    int gcPercent;
    long memoryLimit;
    long heapMinimum;
    /** runway as a float: negative means "more than any goal" (Go's unsigned conversion). */
    double runway;
    double consMark;
    final PiController consMarkController = new PiController(0.9, 4.0, 1000, -1000, 1000);
    long gcPercentHeapGoal;
    long sweepDistMinTrigger;
    long triggered = NONE;
    long lastHeapGoal;
    long heapMarked;
    long heapScan;
    long lastHeapScan;
    long lastStackScan;
    /** Bytes of goroutine stacks in use (Go's maxStackScan): "MB stacks". */
    long maxStackScan;
    long globalsScan;

    final AtomicLong heapScanWork = new AtomicLong();
    final AtomicLong stackScanWork = new AtomicLong();
    final AtomicLong globalsScanWork = new AtomicLong();
    /** Scan work background workers did beyond what assists took (Go's bgScanCredit); guarded by this. */
    long bgScanCredit;

    final AtomicLong assistTime = new AtomicLong();
    long dedicatedMarkTime;
    long fractionalMarkTime;
    long idleMarkTime;
    long markStartTime;
    long dedicatedMarkWorkersNeeded;
    double fractionalUtilizationGoal;
    volatile double assistWorkPerByte;
    volatile double assistBytesPerWork;

    public Pacer(HeapView heap, int gcPercent, long memoryLimit) {
        this.heap = heap;
        this.heapMinimum = DEFAULT_HEAP_MINIMUM;
        setGCPercent(gcPercent);
        setMemoryLimit(memoryLimit);
        commit(true);
    }

    // ---- settings ----

    /** debug.SetGCPercent's core: returns the old value; the caller commits. */
    public int setGCPercent(int in) {
        int out = gcPercent;
        if (in < 0) {
            in = -1;
        }
        heapMinimum = DEFAULT_HEAP_MINIMUM * Math.max(in, 0) / 100;
        gcPercent = in;
        return out;
    }

    /** debug.SetMemoryLimit's core: a negative value only reads. Returns the old limit. */
    public long setMemoryLimit(long in) {
        long out = memoryLimit;
        if (in >= 0) {
            memoryLimit = in;
        }
        return out;
    }

    public int gcPercent() {
        return gcPercent;
    }

    public long memoryLimit() {
        return memoryLimit;
    }

    // ---- goals and trigger ----

    /** Recomputes the goal inputs after a cycle or a setting change (Go's commit). */
    public void commit(boolean isSweepDone) {
        sweepDistMinTrigger = isSweepDone ? 0 : heap.heapLive() + SWEEP_MIN_HEAP_DISTANCE;
        long g = NONE;
        if (gcPercent >= 0) {
            g = heapMarked + (heapMarked + lastStackScan + globalsScan) * gcPercent / 100;
        }
        if (g < heapMinimum) {
            g = heapMinimum;
        }
        gcPercentHeapGoal = g;
        runway = (consMark * (1 - GC_BACKGROUND_UTILIZATION) / GC_BACKGROUND_UTILIZATION)
                * (double) (lastHeapScan + lastStackScan + globalsScan);
    }

    public long heapGoal() {
        return heapGoalInternal()[0];
    }

    /** {goal, minTrigger}. */
    long[] heapGoalInternal() {
        long goal = gcPercentHeapGoal;
        long minTrigger = 0;
        long newGoal = memoryLimitHeapGoal();
        if (newGoal < goal) {
            goal = newGoal;
        } else {
            long sweepDistTrigger = sweepDistMinTrigger;
            if (sweepDistTrigger > goal) {
                goal = sweepDistTrigger;
            }
            minTrigger = sweepDistTrigger;
            final long minRunway = 64 << 10;
            if (triggered != NONE && goal < triggered + minRunway) {
                goal = triggered + minRunway;
            }
        }
        return new long[] {goal, minTrigger};
    }

    /** The heap goal the memory limit implies (Go's memoryLimitHeapGoal). */
    public long memoryLimitHeapGoal() {
        if (memoryLimit == Long.MAX_VALUE && gcPercent >= 0) {
            // Short cut for the common case: the limit's goal is above any GOGC goal.
            return NONE;
        }
        long heapFree = heap.heapFree();
        long heapAlloc = heap.heapAlloc();
        long mappedReady = heap.mappedReady();
        long nonHeapMemory = mappedReady - heapFree - heapAlloc;
        long overage = mappedReady > memoryLimit ? mappedReady - memoryLimit : 0;
        if (nonHeapMemory + overage >= memoryLimit) {
            return heapMarked;
        }
        long goal = memoryLimit - (nonHeapMemory + overage);
        if (goal < MEMORY_LIMIT_HEAP_GOAL_HEADROOM || goal - MEMORY_LIMIT_HEAP_GOAL_HEADROOM < MEMORY_LIMIT_HEAP_GOAL_HEADROOM) {
            goal = MEMORY_LIMIT_HEAP_GOAL_HEADROOM;
        } else {
            goal -= MEMORY_LIMIT_HEAP_GOAL_HEADROOM;
        }
        if (goal < heapMarked) {
            goal = heapMarked;
        }
        return goal;
    }

    /** {trigger, goal} (Go's trigger()). */
    public long[] trigger() {
        long[] gm = heapGoalInternal();
        long goal = gm[0];
        long minTrigger = gm[1];
        if (heapMarked >= goal) {
            return new long[] {goal, goal};
        }
        if (minTrigger < heapMarked) {
            minTrigger = heapMarked;
        }
        long lower = (goal - heapMarked) / TRIGGER_RATIO_DEN * MIN_TRIGGER_RATIO_NUM + heapMarked;
        if (minTrigger < lower) {
            minTrigger = lower;
        }
        long maxTrigger = (goal - heapMarked) / TRIGGER_RATIO_DEN * MAX_TRIGGER_RATIO_NUM + heapMarked;
        if (goal > DEFAULT_HEAP_MINIMUM && goal - DEFAULT_HEAP_MINIMUM > maxTrigger) {
            maxTrigger = goal - DEFAULT_HEAP_MINIMUM;
        }
        if (maxTrigger < minTrigger) {
            maxTrigger = minTrigger;
        }
        long trigger;
        if (runway < 0 || runway > goal) {
            trigger = minTrigger;
        } else {
            trigger = goal - (long) runway;
        }
        if (trigger < minTrigger) {
            trigger = minTrigger;
        }
        if (trigger > maxTrigger) {
            trigger = maxTrigger;
        }
        if (trigger > goal) {
            throw new IllegalStateException("produced a trigger greater than the heap goal: trigger=" + trigger + " heapGoal=" + goal);
        }
        return new long[] {trigger, goal};
    }

    // ---- the cycle ----

    /** At the start of a mark phase (world stopped). {@code timeTriggered}: the two-minute forced cycle. */
    public void startCycle(long markStartTime, int procs, boolean stopTheWorld) {
        heapScanWork.set(0);
        stackScanWork.set(0);
        globalsScanWork.set(0);
        synchronized (this) {
            bgScanCredit = 0;
        }
        assistTime.set(0);
        dedicatedMarkTime = 0;
        fractionalMarkTime = 0;
        idleMarkTime = 0;
        this.markStartTime = markStartTime;
        triggered = trigger()[0];

        double totalUtilizationGoal = procs * GC_BACKGROUND_UTILIZATION;
        dedicatedMarkWorkersNeeded = (long) (totalUtilizationGoal + 0.5);
        double utilError = dedicatedMarkWorkersNeeded / totalUtilizationGoal - 1;
        final double maxUtilError = 0.3;
        if (utilError < -maxUtilError || utilError > maxUtilError) {
            if (dedicatedMarkWorkersNeeded > totalUtilizationGoal) {
                dedicatedMarkWorkersNeeded--;
            }
            fractionalUtilizationGoal = (totalUtilizationGoal - dedicatedMarkWorkersNeeded) / procs;
        } else {
            fractionalUtilizationGoal = 0;
        }
        if (stopTheWorld) {
            dedicatedMarkWorkersNeeded = procs;
            fractionalUtilizationGoal = 0;
        }
        revise();
        if (trace != null) {
            trace.accept("pacer: assist ratio=" + goFloat(assistWorkPerByte) + " (scan " + (Math.max(heapScan, 0) >>> 20) + " MB in "
                    + (heap.heapLive() >>> 20) + "->" + (heapGoal() >>> 20) + " MB) workers=" + dedicatedMarkWorkersNeeded
                    + "+" + goFloat(fractionalUtilizationGoal));
        }
    }

    /** A float64 as Go's runtime print writes it: +d.dddddde+ddd. */
    static String goFloat(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        String sign = v < 0 || (v == 0 && 1 / v < 0) ? "-" : "+";
        String e = String.format(java.util.Locale.ROOT, "%.6e", Math.abs(v)); // d.dddddde+dd
        int i = e.indexOf('e');
        int exp = Integer.parseInt(e.substring(i + 1));
        return sign + e.substring(0, i) + "e" + (exp < 0 ? "-" : "+") + String.format("%03d", Math.abs(exp));
    }

    /** Recomputes the assist ratio from the work done and the heap left (Go's revise). */
    public void revise() {
        int gcp = gcPercent < 0 ? 100000 : gcPercent;
        long live = heap.heapLive();
        long scan = Math.max(heapScan, live);
        long work = heapScanWork.get() + stackScanWork.get() + globalsScanWork.get();
        long heapGoal = heapGoal();
        long scanWorkExpected = lastHeapScan + lastStackScan + globalsScan;
        long maxScanWork = scan + maxStackScan + globalsScan;
        if (work > scanWorkExpected) {
            long extHeapGoal = (long) ((double) (heapGoal - triggered) / (double) scanWorkExpected * (double) maxScanWork) + triggered;
            scanWorkExpected = maxScanWork;
            long hardGoal = (long) ((1.0 + gcp / 100.0) * heapGoal);
            if (extHeapGoal > hardGoal) {
                extHeapGoal = hardGoal;
            }
            heapGoal = extHeapGoal;
        }
        if (live > heapGoal) {
            heapGoal = (long) (heapGoal * 1.1);
            scanWorkExpected = maxScanWork;
        }
        long scanWorkRemaining = scanWorkExpected - work;
        if (scanWorkRemaining < 1000) {
            scanWorkRemaining = 1000;
        }
        long heapRemaining = heapGoal - live;
        if (heapRemaining <= 0) {
            heapRemaining = 1;
        }
        assistWorkPerByte = (double) scanWorkRemaining / heapRemaining;
        assistBytesPerWork = (double) heapRemaining / scanWorkRemaining;
    }

    /**
     * At mark termination, before {@link #resetLive} (world stopped): records the cycle's goal
     * and updates the cons/mark estimate from the utilization the cycle had.
     *
     * @param now      the end of the mark phase on the pacing clock
     * @param procs    GOMAXPROCS
     */
    public void endCycle(long now, int procs) {
        lastHeapGoal = heapGoal();
        long assistDuration = now - markStartTime;
        double utilization = GC_BACKGROUND_UTILIZATION;
        if (assistDuration > 0) {
            utilization += (double) assistTime.get() / (double) (assistDuration * procs);
        }
        long live = heap.heapLive();
        if (live <= triggered) {
            return;
        }
        double idleUtilization = 0;
        if (assistDuration > 0) {
            idleUtilization = (double) idleMarkTime / (double) (assistDuration * procs);
        }
        long scanWork = heapScanWork.get() + stackScanWork.get() + globalsScanWork.get();
        double currentConsMark = ((double) (live - triggered) * (utilization + idleUtilization))
                / ((double) scanWork * (1 - utilization));
        double oldConsMark = consMark;
        double[] r = consMarkController.next(consMark, currentConsMark, 1.0);
        consMark = r[1] != 0 ? r[0] : 0;
        if (trace != null) {
            trace.accept("pacer: " + (int) (utilization * 100) + "% CPU (" + (int) (GC_BACKGROUND_UTILIZATION * 100) + " exp.) for "
                    + heapScanWork.get() + "+" + stackScanWork.get() + "+" + globalsScanWork.get() + " B work ("
                    + (lastHeapScan + lastStackScan + globalsScan) + " B exp.) in " + triggered + " B -> " + live + " B (∆goal "
                    + (live - lastHeapGoal) + ", cons/mark " + goFloat(oldConsMark) + ")" + (r[1] == 0 ? "[controller reset]" : ""));
        }
    }

    /** After marking: the marked bytes become the live heap (Go's resetLive). */
    public void resetLive(long bytesMarked) {
        heapMarked = bytesMarked;
        heapScan = heapScanWork.get();
        lastHeapScan = heapScanWork.get();
        lastStackScan = stackScanWork.get();
        triggered = NONE;
    }

    // ---- accessors for the collector and tests ----

    public long heapMarked() {
        return heapMarked;
    }

    public long lastHeapGoal() {
        return lastHeapGoal;
    }

    public double consMark() {
        return consMark;
    }

    public double assistWorkPerByte() {
        return assistWorkPerByte;
    }

    public double assistBytesPerWork() {
        return assistBytesPerWork;
    }

    public long dedicatedMarkWorkersNeeded() {
        return dedicatedMarkWorkersNeeded;
    }

    public double fractionalUtilizationGoal() {
        return fractionalUtilizationGoal;
    }

    public long triggered() {
        return triggered;
    }

    public void setGlobalsScan(long bytes) {
        globalsScan = bytes;
    }

    public void setMaxStackScan(long bytes) {
        maxStackScan = bytes;
    }

    public long globalsScan() {
        return globalsScan;
    }

    public long maxStackScan() {
        return maxStackScan;
    }

    public long scanWork() {
        return heapScanWork.get() + stackScanWork.get() + globalsScanWork.get();
    }

    /** For tests and gcpacertrace: the committed inputs. */
    @Override
    public String toString() {
        return "pacer[heapMarked=" + heapMarked + " goal=" + heapGoal() + " trigger=" + trigger()[0]
                + " consMark=" + consMark + " lastScan=" + lastHeapScan + "+" + lastStackScan + "+" + globalsScan + "]";
    }

    /** Go's piController: a proportional-integral controller with anti-windup. */
    static final class PiController {
        final double kp;
        final double ti;
        final double tt;
        final double min;
        final double max;
        double errIntegral;

        PiController(double kp, double ti, double tt, double min, double max) {
            this.kp = kp;
            this.ti = ti;
            this.tt = tt;
            this.min = min;
            this.max = max;
        }

        /** {output, ok (1 or 0)}. */
        double[] next(double input, double setpoint, double period) {
            double prop = kp * (setpoint - input);
            double rawOutput = prop + errIntegral;
            double output = rawOutput;
            if (Double.isInfinite(output) || Double.isNaN(output)) {
                errIntegral = 0;
                return new double[] {min, 0};
            }
            if (output < min) {
                output = min;
            } else if (output > max) {
                output = max;
            }
            if (ti != 0 && tt != 0) {
                errIntegral += (kp * period / ti) * (setpoint - input) + (period / tt) * (output - rawOutput);
                if (Double.isInfinite(errIntegral) || Double.isNaN(errIntegral)) {
                    errIntegral = 0;
                    return new double[] {min, 0};
                }
            }
            return new double[] {output, 1};
        }
    }
}
