package minigo.interp.sched;

/**
 * A G waiting on a channel (Go's sudog): one per channel a blocked send, receive or select waits
 * on. It carries the element being sent, or receives the element handed over, and records whether
 * the operation succeeded (false: woken by close).
 */
final class Sudog {
    final G g;
    final GoChan c;
    /** Send: the value to send. Receive: the value received (set by the waker). */
    Object elem;
    /** True when a value was exchanged; false when the channel was closed. */
    boolean success;
    final boolean isSelect;
    /** Which select case this sudog stands for. */
    final int caseIndex;
    // WaitQ links
    Sudog next;
    Sudog prev;
    /** Next sudog of the same select (G.waiting list). */
    Sudog waitlink;

    Sudog(G g, GoChan c, Object elem, boolean isSelect, int caseIndex) {
        this.g = g;
        this.c = c;
        this.elem = elem;
        this.isSelect = isSelect;
        this.caseIndex = caseIndex;
    }
}
