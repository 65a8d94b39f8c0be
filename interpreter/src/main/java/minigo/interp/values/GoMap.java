package minigo.interp.values;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A Go map (hmap): a hash table with Go's key equality for the key type, Go's randomised iteration
 * order and Go's rules for maps modified during iteration. nil maps are Java null; the static
 * helpers accept null where Go allows a nil map (reads, len, delete, range).
 *
 * <p>Representation: entries live in an insertion-ordered array ({@code order}) indexed by hash
 * chains ({@code table}). Deleting clears the entry's slot and marks the entry deleted; growing or
 * compacting builds a NEW order array, so an iterator that walks the array it started with never
 * sees entries shift under it:
 * <table>
 * <caption>iteration while the map changes</caption>
 * <tr><th>change during range</th><th>Go's rule</th><th>here</th></tr>
 * <tr><td>delete a key not yet reached</td><td>not produced</td><td>the entry is marked deleted and skipped</td></tr>
 * <tr><td>add a key</td><td>may or may not be produced</td><td>produced only if appended into the array being walked before the walk reaches it</td></tr>
 * <tr><td>update a value</td><td>the new value is seen</td><td>entries are shared objects</td></tr>
 * </table>
 * Each range starts at a random position ({@link GoRandom}) and wraps around, like Go's random
 * starting bucket and offset. Keys and values that are structs or arrays are copied in (the map
 * owns its storage); reads return the map's own object, which callers must copy before storing.
 *
 * <p>The element operations compiled code calls (get, lookup, put, delete) are Truffle boundaries
 * (len and iteration stay inline): hashing, the chain walk and growth partially evaluated into
 * every map access made one {@code m[w]++} loop of 18 nodes a graph of 3,764, for no gain over a
 * call (the work dominates).
 */
public final class GoMap implements minigo.runtime.gc.Poisonable {
    /** What {@link #lookup} returns for a missing key. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "ABSENT";
        }
    };

    static final class Entry {
        Object key;
        Object value;
        final int hash;
        Entry next;
        int pos;
        boolean deleted;

        Entry(Object key, Object value, int hash) {
            this.key = key;
            this.value = value;
            this.hash = hash;
        }
    }

    public final Layout keyLayout;
    public final Layout valueLayout;
    private final boolean keyIsInteger;
    private final boolean keyIsString;
    /** Float-like keys (floats, and anything that may contain them) take the new key on update: -0 vs +0. */
    private final boolean updateKeyOnAssign;
    private Entry[] table;
    private Entry[] order;
    private int used;
    private int count;
    /** Simulated heap address (0 = not on the heap). */
    public long addr;
    /** GODEBUG=clobberfree=1: the GC cycle that freed this object (0: live), see {@link #poison}. */
    public int freedIn;

    @Override
    public void poison(long address, int cycle) {
        freedIn = cycle;
    }

    /** The type this object was allocated as, for the clobberfree report. */
    public String typeName() {
        return "map";
    }
    /** Go's bucket-array bookkeeping, for the allocator's accounting (null: not tracked). */
    public minigo.interp.MapAccount account;

    public GoMap(Layout keyLayout, Layout valueLayout) {
        this(keyLayout, valueLayout, 0);
    }

    /** {@code make(map[K]V, hint)}. */
    public GoMap(Layout keyLayout, Layout valueLayout, long hint) {
        if (hint < 0) {
            throw GoPanic.of(ErrorString.MAKEMAP_SIZE);
        }
        this.keyLayout = keyLayout;
        this.valueLayout = valueLayout;
        this.keyIsInteger = keyLayout.kind.isInteger();
        this.keyIsString = keyLayout.kind == ValueKind.STRING;
        this.updateKeyOnAssign = !keyIsInteger && keyLayout.kind != ValueKind.BOOL
                && keyLayout.kind != ValueKind.POINTER && keyLayout.kind != ValueKind.CHAN;
        int cap = 8;
        while (cap < hint && cap < (1 << 29)) {
            cap <<= 1;
        }
        this.table = new Entry[cap * 2];
        this.order = new Entry[cap];
    }

    /** Reports every key and value to the collector's visitor, and the bucket allocations. */
    public void scanRefs(minigo.runtime.gc.PointerVisitor v) {
        Entry[] o = order;
        for (int i = 0; i < used; i++) {
            Entry e = o[i];
            if (e == null || e.deleted) continue;
            if (e.key != null && !(e.key instanceof Long)) v.visit(e.key);
            if (e.value != null) v.visit(e.value);
        }
        if (account != null) account.scanRefs(v);
    }

    public int len() {
        return count;
    }

    public static int len(GoMap m) {
        return m == null ? 0 : m.count;
    }

    // ---- hashing ----

    private int hashOf(Object key) {
        int h;
        if (keyIsInteger) {
            h = Equality.hashLong((Long) key);
        } else if (keyIsString) {
            h = key.hashCode();
        } else {
            h = Equality.hash(keyLayout, key);
        }
        return h ^ (h >>> 16);
    }

    private boolean keyEquals(Object a, Object b) {
        if (keyIsInteger) {
            return ((Long) a).longValue() == ((Long) b).longValue();
        } else if (keyIsString) {
            return a.equals(b);
        }
        return Equality.equal(keyLayout, a, b);
    }

    private Entry find(Object key) {
        int h = hashOf(key);
        for (Entry e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && keyEquals(e.key, key)) {
                return e;
            }
        }
        return null;
    }

    // ---- access ----

    /** {@code m[key]}: the value, or the value type's zero value when absent. */
    public Object get(Object key) {
        Entry e = count == 0 ? null : find(key);
        return e != null ? e.value : valueLayout.zero();
    }

    /** The value, or {@link #ABSENT} (for {@code v, ok := m[key]}). */
    public Object lookup(Object key) {
        Entry e = entryOf(key);
        return e != null ? e.value : ABSENT;
    }

    /** The entry for key, or null. */
    private Entry entryOf(Object key) {
        if (count == 0) {
            // Go still hashes the key so that an unhashable interface key panics on an empty map.
            if (!keyIsInteger && !keyIsString) {
                hashOf(key);
            }
            return null;
        }
        return find(key);
    }

    /** {@code m[key]} on a possibly nil map. */
    @TruffleBoundary
    public static Object get(GoMap m, Layout keyLayout, Layout valueLayout, Object key) {
        if (m == null || m.count == 0) {
            hashMightPanic(keyLayout, key);
            if (m == null) return valueLayout.zero();
        }
        return m.get(key);
    }

    /** {@code v, ok := m[key]} on a possibly nil map: the value or ABSENT. */
    @TruffleBoundary
    public static Object lookup(GoMap m, Layout keyLayout, Object key) {
        Object e = entry(m, keyLayout, key);
        return e != null ? ((Entry) e).value : ABSENT;
    }

    public boolean containsKey(Object key) {
        return count != 0 && find(key) != null;
    }

    /**
     * {@code m[key] op= v} reads and then writes one entry: {@link #entry} finds it (or null) for
     * the read, and {@link #assign} writes it without a second lookup. Nothing may change the map
     * in between: the translator pairs them only when no code runs between the read and the store
     * (a right side's calls run before the read).
     */
    @TruffleBoundary
    public static Object entry(GoMap m, Layout keyLayout, Object key) {
        if (m == null) {
            hashMightPanic(keyLayout, key);
            return null;
        }
        return m.entryOf(key);
    }

    /** The value of an entry {@link #entry} found, or the zero value for none. */
    public static Object valueOf(Object entry, Layout valueLayout) {
        return entry != null ? ((Entry) entry).value : valueLayout.zero();
    }

    /** {@code m[key] = value} where {@link #entry} found entry (null: none, so put it). */
    @TruffleBoundary
    public static void assign(GoMap m, Object entry, Object key, Object value) {
        if (entry == null) {
            put(m, key, value);
        } else {
            m.update((Entry) entry, key, value);
        }
    }

    /** {@code m[key] = value}: copies struct/array keys and values into the map's own storage. */
    @TruffleBoundary
    public void put(Object key, Object value) {
        int h = hashOf(key);
        for (Entry e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && keyEquals(e.key, key)) {
                update(e, key, value);
                return;
            }
        }
        Object v = valueLayout.copyValue(value);
        if (used == order.length) {
            regrow();
        }
        if (account != null) {
            account.assign(count);
        }
        Entry e = new Entry(keyLayout.copyValue(key), v, h);
        minigo.interp.gc.WriteBarrier.write(null, e.key);
        minigo.interp.gc.WriteBarrier.write(null, v);
        e.pos = used;
        order[used++] = e;
        int b = h & (table.length - 1);
        e.next = table[b];
        table[b] = e;
        count++;
        if (count > table.length - (table.length >>> 2)) {
            rehash(table.length * 2);
        }
    }

    /**
     * A store to an existing entry. The key is stored again where equal keys can differ (floats'
     * +0 and -0, strings, interfaces), as Go's mapassign does.
     */
    private void update(Entry e, Object key, Object value) {
        Object v = valueLayout.copyValue(value);
        minigo.interp.gc.WriteBarrier.write(e.value, v);
        e.value = v;
        if (updateKeyOnAssign) {
            Object k = keyLayout.copyValue(key);
            minigo.interp.gc.WriteBarrier.write(e.key, k);
            e.key = k;
        }
    }

    /** {@code m[key] = value} on a possibly nil map. */
    public static void put(GoMap m, Object key, Object value) {
        if (m == null) {
            throw GoPanic.of(PlainError.NIL_MAP);
        }
        m.put(key, value);
    }

    /** Go's delete(m, key); nil maps and missing keys are fine. */
    public void delete(Object key) {
        if (count == 0) {
            if (!keyIsInteger && !keyIsString) {
                hashOf(key);
            }
            return;
        }
        int h = hashOf(key);
        int b = h & (table.length - 1);
        Entry prev = null;
        for (Entry e = table[b]; e != null; prev = e, e = e.next) {
            if (e.hash == h && keyEquals(e.key, key)) {
                if (prev == null) {
                    table[b] = e.next;
                } else {
                    prev.next = e.next;
                }
                order[e.pos] = null;
                e.deleted = true;
                minigo.interp.gc.WriteBarrier.write(e.key, e.value);
                count--;
                return;
            }
        }
    }

    @TruffleBoundary
    public static void delete(GoMap m, Layout keyLayout, Object key) {
        if (m != null) {
            m.delete(key);
        } else {
            hashMightPanic(keyLayout, key);
        }
    }

    /**
     * Go's hashMightPanic: with nothing to find (a nil or empty map) a key that may hold an
     * unhashable dynamic value is hashed all the same, so m[k], v, ok := m[k] and delete(m, k) panic
     * for k = []int{} in a map[any]int, or in a map[struct{ x any }]int, as in Go.
     */
    private static void hashMightPanic(Layout keyLayout, Object key) {
        ValueKind k = keyLayout.kind;
        if (k == ValueKind.INTERFACE || k == ValueKind.STRUCT || k == ValueKind.ARRAY) Equality.hash(keyLayout, key);
    }

    /** Removes every entry (Go 1.21's clear; also used by the runtime). */
    public void clear() {
        for (int i = 0; i < used; i++) {
            if (order[i] != null) {
                order[i].deleted = true;
                minigo.interp.gc.WriteBarrier.write(order[i].key, order[i].value);
            }
        }
        Arrays.fill(table, null);
        order = new Entry[order.length];
        used = 0;
        count = 0;
    }

    /** The order array is full: compact (if many slots are dead) or double, into a NEW array. */
    private void regrow() {
        int newLen = count > used / 2 ? order.length * 2 : order.length;
        Entry[] n = new Entry[newLen];
        int k = 0;
        for (int i = 0; i < used; i++) {
            Entry e = order[i];
            if (e != null) {
                e.pos = k;
                n[k++] = e;
            }
        }
        order = n;
        used = k;
    }

    private void rehash(int newSize) {
        Entry[] t = new Entry[newSize];
        for (int i = 0; i < used; i++) {
            Entry e = order[i];
            if (e != null) {
                int b = e.hash & (newSize - 1);
                e.next = t[b];
                t[b] = e;
            }
        }
        table = t;
    }

    // ---- iteration ----

    /** Starts a range over the map (nil maps: use {@link #iterate(GoMap)}). */
    public Iterator iterator() {
        return new Iterator(this);
    }

    /** A range over a possibly nil map. */
    public static Iterator iterate(GoMap m) {
        return m == null ? Iterator.EMPTY : new Iterator(m);
    }

    /** One {@code for k, v := range m}: call {@link #next()} then read {@link #key()}/{@link #value()}. */
    public static final class Iterator {
        static final Iterator EMPTY = new Iterator();

        private final Entry[] snap;
        private final int limit;
        private final int start;
        private int visited;
        private Entry current;

        private Iterator() {
            snap = new Entry[0];
            limit = 0;
            start = 0;
        }

        Iterator(GoMap m) {
            snap = m.order;
            limit = m.used;
            start = limit == 0 ? 0 : GoRandom.nextInt(limit);
        }

        /** Advances to the next live entry; false when the range is done. */
        public boolean next() {
            while (visited < limit) {
                int i = start + visited++;
                if (i >= limit) {
                    i -= limit;
                }
                Entry e = snap[i];
                if (e != null && !e.deleted) {
                    current = e;
                    return true;
                }
            }
            current = null;
            return false;
        }

        public Object key() {
            return current.key;
        }

        /** The entry's current value (updates made during the range are seen). */
        public Object value() {
            return current.value;
        }
    }

    // ---- fmt's sorted order ----

    /**
     * Keys and values in the order fmt prints maps (Go's internal/fmtsort): {@code [0]} keys,
     * {@code [1]} values.
     */
    public Object[][] sortedEntries() {
        List<Entry> es = new ArrayList<>(count);
        for (int i = 0; i < used; i++) {
            if (order[i] != null) {
                es.add(order[i]);
            }
        }
        Comparator<Object> c = FmtSort.comparator(keyLayout);
        es.sort((a, b) -> c.compare(a.key, b.key));
        Object[][] r = new Object[2][es.size()];
        for (int i = 0; i < es.size(); i++) {
            r[0][i] = es.get(i).key;
            r[1][i] = es.get(i).value;
        }
        return r;
    }
}
