package minigo.escape;

import java.util.Arrays;

/**
 * A parameter's leak tag: where the value passed for it may flow once the callee returns, and
 * through how many dereferences. Slot 0 is the heap, slots 1..7 the function's first seven
 * results; each slot holds derefs+1 (0 = no leak), saturating at 255, like Go's {@code leaks}.
 *
 * <p>derefs 0 means the parameter itself flows there ({@code leaking param: p}); derefs 1 that
 * what it points to does ({@code leaking param content: p}); and so on.
 */
final class Leaks {
    static final int NUM_RESULTS = 7;

    private final int[] slots = new int[1 + NUM_RESULTS];

    static Leaks none() {
        return new Leaks();
    }

    /** The tag Go gives a parameter it knows nothing about (an unknown callee): leaks to the heap. */
    static Leaks heap(int derefs) {
        Leaks l = new Leaks();
        l.addHeap(derefs);
        return l;
    }

    Leaks copy() {
        Leaks l = new Leaks();
        System.arraycopy(slots, 0, l.slots, 0, slots.length);
        return l;
    }

    boolean empty() {
        return Arrays.stream(slots).allMatch(v -> v == 0);
    }

    /** Fewest derefs with which the parameter reaches the heap, or -1. */
    int heap() {
        return get(0);
    }

    int result(int i) {
        return get(1 + i);
    }

    void addHeap(int derefs) {
        add(0, derefs);
    }

    void addResult(int i, int derefs) {
        add(1 + i, derefs);
    }

    private int get(int i) {
        return slots[i] - 1;
    }

    private void add(int i, int derefs) {
        int old = get(i);
        if (old < 0 || derefs < old) {
            set(i, derefs);
        }
    }

    private void set(int i, int derefs) {
        int v = derefs + 1;
        if (v < 0) {
            throw new IllegalStateException("invalid derefs count: " + derefs);
        }
        slots[i] = Math.min(v, 255);
    }

    /** A path to the heap makes equal or longer paths to results irrelevant: drop them. */
    void optimize() {
        int x = heap();
        if (x >= 0) {
            for (int i = 0; i < NUM_RESULTS; i++) {
                if (result(i) >= x) {
                    slots[1 + i] = 0;
                }
            }
        }
    }

    /**
     * Go's export-data spelling: {@code ""} when the parameter leaks to the heap directly (the
     * conservative default), otherwise {@code "esc:"} followed by the slots with trailing zeros cut.
     */
    String encode() {
        if (heap() == 0) {
            return "";
        }
        int n = slots.length;
        while (n > 0 && slots[n - 1] == 0) {
            n--;
        }
        StringBuilder sb = new StringBuilder("esc:");
        for (int i = 0; i < n; i++) {
            sb.append((char) slots[i]);
        }
        return sb.toString();
    }

    static Leaks decode(String s) {
        Leaks l = new Leaks();
        if (s == null || !s.startsWith("esc:")) {
            l.addHeap(0);
            return l;
        }
        for (int i = 4; i < s.length() && i - 4 < l.slots.length; i++) {
            l.slots[i - 4] = s.charAt(i);
        }
        return l;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Leaks l && Arrays.equals(slots, l.slots);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(slots);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        if (heap() >= 0) {
            sb.append("heap:").append(heap());
        }
        for (int i = 0; i < NUM_RESULTS; i++) {
            if (result(i) >= 0) {
                sb.append(sb.length() > 1 ? " " : "").append("r").append(i).append(":").append(result(i));
            }
        }
        return sb.append("}").toString();
    }
}
