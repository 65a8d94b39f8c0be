package minigo.runtime.gc;

/**
 * Go's gcphase. The write barrier is on in MARK and MARKTERMINATION; new objects are allocated
 * black while it is on. See the package essay for what runs in each phase.
 */
public enum GcPhase {
    /** _GCoff: no marking; sweeping in the background and on allocation; write barrier off. */
    OFF(false),
    /** _GCmark: roots and heap being marked concurrently; barrier on, allocate black, assists. */
    MARK(true),
    /** _GCmarktermination: world stopped, the last grey objects drained, the cycle closed. */
    MARKTERMINATION(true);

    public final boolean writeBarrier;

    GcPhase(boolean writeBarrier) {
        this.writeBarrier = writeBarrier;
    }
}
