package minigo.runtime.memory;

/**
 * The background scavenger's goals (Go 1.19's mgcscavenge.go): how much idle
 * heap memory to give back to the OS so that the heap's footprint
 * (HeapSys - HeapReleased, "retained") stays near what the heap goal needs.
 *
 * <table>
 *   <caption>Goals, recomputed by the pacer at the end of each GC cycle</caption>
 *   <tr><th>goal</th><th>value</th><th>off when</th></tr>
 *   <tr><td>gcPercent</td><td>lastHeapInUse * heapGoal / lastHeapGoal, plus 10%, rounded up to a page</td>
 *       <td>before the first cycle ends; or retained is within a page of it</td></tr>
 *   <tr><td>memory limit</td><td>memoryLimit * 95 (sic: Go 1.19 multiplies by 95 where 0.95 was
 *       meant, so this goal is never reached; we keep the arithmetic Go has)</td>
 *       <td>mapped-and-ready memory is below it</td></tr>
 * </table>
 *
 * The scavenger works while retained memory is above the lower of the two
 * goals, releasing free pages from the highest addresses down; the caller
 * (the collector's background worker) decides how much to do per step.
 */
public final class Scavenger {
    public static final int RETAIN_EXTRA_PERCENT = 10;
    public static final int REDUCE_EXTRA_PERCENT = 5;
    /** Stands for Go's ^uint64(0): no goal. */
    public static final long NO_GOAL = Long.MAX_VALUE;

    private final MHeap heap;
    private long gcPercentGoal = NO_GOAL;
    private long memoryLimitGoal = NO_GOAL;

    Scavenger(MHeap heap) {
        this.heap = heap;
    }

    /**
     * Recomputes the goals (Go's gcPaceScavenger), with the heap goal of the
     * cycle that is starting and of the one before (0 before the first), and
     * HeapInuse when the last cycle ended.
     */
    public void pace(long memoryLimit, long heapGoal, long lastHeapGoal, long lastHeapInUse) {
        synchronized (heap) {
            double limitGoal = (double) memoryLimit * (100.0 - REDUCE_EXTRA_PERCENT);
            long mappedReady = heap.mappedReady();
            memoryLimitGoal = limitGoal >= NO_GOAL || mappedReady <= limitGoal ? NO_GOAL : (long) limitGoal;

            if (lastHeapGoal == 0) {
                gcPercentGoal = NO_GOAL;
                return;
            }
            double goalRatio = (double) heapGoal / (double) lastHeapGoal;
            long goal = (long) (lastHeapInUse * goalRatio);
            goal += goal / (100 / RETAIN_EXTRA_PERCENT);
            goal = (goal + MHeap.PAGE_SIZE - 1) & ~((long) MHeap.PAGE_SIZE - 1);
            long retained = heap.heapInUse + heap.heapFree;
            gcPercentGoal = retained <= goal || retained - goal < MHeap.PAGE_SIZE ? NO_GOAL : goal;
        }
    }

    public long gcPercentGoal() {
        return gcPercentGoal;
    }

    public long memoryLimitGoal() {
        return memoryLimitGoal;
    }

    /** Whether retained memory is above a goal: the background scavenger has work. */
    public boolean needed() {
        synchronized (heap) {
            return heap.heapInUse + heap.heapFree > Math.min(gcPercentGoal, memoryLimitGoal);
        }
    }

    /** One step of background work: releases up to {@code maxBytes}, never below the goal. Returns the bytes released. */
    public long step(long maxBytes) {
        synchronized (heap) {
            long goal = Math.min(gcPercentGoal, memoryLimitGoal);
            long retained = heap.heapInUse + heap.heapFree;
            if (goal == NO_GOAL || retained <= goal) {
                return 0;
            }
            return heap.scavenge(Math.min(maxBytes, retained - goal));
        }
    }
}
