package minigo.interp.sched;

/** A FIFO of sudogs waiting on one channel direction (Go's waitq). */
final class WaitQ {
    private Sudog first;
    private Sudog last;

    void enqueue(Sudog s) {
        s.next = null;
        s.prev = last;
        if (last == null) {
            first = s;
        } else {
            last.next = s;
        }
        last = s;
    }

    /**
     * Removes and returns the first sudog whose G can still take it: a sudog of a select that
     * another case already won is dropped (Go's selectDone check).
     */
    Sudog dequeue() {
        while (first != null) {
            Sudog s = first;
            remove(s);
            if (s.isSelect) {
                if (s.g.selectDone) {
                    continue;
                }
                s.g.selectDone = true;
            }
            return s;
        }
        return null;
    }

    /** Unlinks s if it is queued here (a select removing its losing cases). */
    void remove(Sudog s) {
        Sudog p = s.prev;
        Sudog n = s.next;
        if (p != null) {
            p.next = n;
        } else if (first == s) {
            first = n;
        } else {
            return;
        }
        if (n != null) {
            n.prev = p;
        } else {
            last = p;
        }
        s.next = null;
        s.prev = null;
    }

    boolean isEmpty() {
        return first == null;
    }

    /** The elements the waiting sudogs carry, for the collector. */
    void scanElems(minigo.runtime.gc.PointerVisitor v) {
        for (Sudog s = first; s != null; s = s.next) {
            if (s.elem != null) v.visit(s.elem);
        }
    }
}
