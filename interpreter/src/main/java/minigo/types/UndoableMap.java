package minigo.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * An identity map whose puts since a {@link #mark} can be undone. The checker checks some
 * expressions on trial: a constant spec that inherits its values re-checks the expressions of the
 * spec it copies, with its own iota, and what that records must not replace the first spec's
 * records. Copying the whole side table before each such check made checking a package quadratic in
 * its inherited constants (time, os and io/fs have dozens: a third of a hello world's checking).
 */
final class UndoableMap<K, V> extends IdentityHashMap<K, V> {
    private static final Object ABSENT = new Object();

    /** (key, previous value or ABSENT) pairs, in the order of the puts; null when no mark is open. */
    private ArrayList<Object> log;

    private int openMarks;

    /** Starts recording puts; the result is the position to {@link #undo} to. */
    int mark() {
        if (log == null) log = new ArrayList<>();
        openMarks++;
        return log.size();
    }

    /**
     * Restores every key put since the mark to its value before, and ends that mark. Returns the
     * keys that were absent before it (they are removed again).
     */
    @SuppressWarnings("unchecked")
    List<K> undo(int mark) {
        List<K> added = new ArrayList<>();
        for (int i = log.size() - 2; i >= mark; i -= 2) {
            K k = (K) log.get(i);
            Object old = log.get(i + 1);
            if (old == ABSENT) {
                super.remove(k);
                added.add(k);
            } else {
                super.put(k, (V) old);
            }
        }
        log.subList(mark, log.size()).clear();
        if (--openMarks == 0) log = null;
        return added;
    }

    @Override
    public V put(K key, V value) {
        if (log != null) {
            log.add(key);
            log.add(containsKey(key) ? get(key) : ABSENT);
        }
        return super.put(key, value);
    }
}
