package minigo.interp.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoMapTest {
    static final Layout INT = TestTypes.layout(TestTypes.INT);
    static final Layout STR = TestTypes.layout(TestTypes.STRING);
    static final Layout F64 = TestTypes.layout(TestTypes.FLOAT64);
    static final Layout EFACE = Layout.of(ValueKind.INTERFACE);

    static GoString s(String j) {
        return GoString.fromJava(j);
    }

    static List<Object> keys(GoMap m) {
        List<Object> r = new ArrayList<>();
        for (GoMap.Iterator it = m.iterator(); it.next(); ) {
            r.add(it.key());
        }
        return r;
    }

    @Test
    void basicOperations() {
        GoMap m = new GoMap(STR, INT);
        assertEquals(0L, m.get(s("x")));
        assertSame(GoMap.ABSENT, m.lookup(s("x")));
        m.put(s("x"), 1L);
        m.put(s("y"), 2L);
        m.put(s("x"), 3L);
        assertEquals(2, m.len());
        assertEquals(3L, m.get(s("x")));
        m.delete(s("x"));
        m.delete(s("nope"));
        assertEquals(1, m.len());
        assertSame(GoMap.ABSENT, m.lookup(s("x")));
        assertEquals(0, GoMap.len(null));
        assertSame(GoMap.ABSENT, GoMap.lookup(null, STR, s("x")));
        assertEquals(0L, GoMap.get(null, STR, INT, s("x")));
        GoMap.delete(null, STR, s("x"));
        GoPanic p = assertThrows(GoPanic.class, () -> GoMap.put(null, s("a"), 1L));
        assertEquals("assignment to entry in nil map", p.getMessage());
    }

    @Test
    void manyKeysSurviveGrowthAndDeletes() {
        GoMap m = new GoMap(INT, INT);
        for (long i = 0; i < 10000; i++) {
            m.put(i, i * i);
        }
        for (long i = 0; i < 10000; i += 2) {
            m.delete(i);
        }
        for (long i = 10000; i < 12000; i++) {
            m.put(i, i * i);
        }
        assertEquals(7000, m.len());
        for (long i = 0; i < 12000; i++) {
            Object v = m.lookup(i);
            if (i < 10000 && i % 2 == 0) {
                assertSame(GoMap.ABSENT, v);
            } else {
                assertEquals(i * i, v);
            }
        }
        assertEquals(7000, keys(m).size());
        assertEquals(7000, new HashSet<>(keys(m)).size());
    }

    @Test
    void nanKeysNeverMatchAndZeroSignUpdatesTheKey() {
        GoMap m = new GoMap(F64, INT);
        m.put(Double.NaN, 1L);
        m.put(Double.NaN, 2L);
        m.delete(Double.NaN);
        assertEquals(2, m.len());
        assertEquals(0L, m.get(Double.NaN));
        GoMap z = new GoMap(F64, STR);
        z.put(0.0, s("pos"));
        z.put(-0.0, s("neg"));
        // go1.19 prints map[-0:neg] 1: the key is replaced on assignment
        assertEquals(1, z.len());
        assertEquals(-0.0, (double) keys(z).get(0));
        assertEquals(s("neg"), z.get(0.0));
    }

    @Test
    void structKeysAreCopiedAndComparedStructurally() {
        Layout pt = Layout.struct(INT, STR);
        GoMap m = new GoMap(pt, INT);
        GoStruct k = new GoStruct(pt);
        k.setLong(0, 1);
        k.setObject(1, s("a"));
        m.put(k, 10L);
        k.setLong(0, 2);
        assertEquals(1, m.len());
        GoStruct probe = new GoStruct(pt);
        probe.setLong(0, 1);
        probe.setObject(1, s("a"));
        assertEquals(10L, m.get(probe));
        assertNotSame(k, keys(m).get(0));
        assertEquals(0L, m.get(k));
    }

    @Test
    void interfaceKeysUseDynamicTypeAndValue() {
        GoMap m = new GoMap(EFACE, STR);
        minigo.types.Type myInt = TestTypes.MY_INT;
        m.put(new Iface(TestTypes.INT, 1L), s("int"));
        m.put(new Iface(myInt, 1L), s("MyInt"));
        m.put(new Iface(TestTypes.FLOAT64, 1.0), s("float"));
        m.put(null, s("nil"));
        assertEquals(4, m.len());
        assertEquals(s("int"), m.get(new Iface(TestTypes.INT, 1L)));
        assertEquals(s("MyInt"), m.get(new Iface(myInt, 1L)));
        assertEquals(s("nil"), m.get(null));
        m.put(new Iface(TestTypes.FLOAT64, Double.NaN), s("nan"));
        assertSame(GoMap.ABSENT, m.lookup(new Iface(TestTypes.FLOAT64, Double.NaN)));
        minigo.types.Type ints = TestTypes.INTS;
        GoPanic p = assertThrows(GoPanic.class, () -> m.lookup(new Iface(ints, null)));
        assertEquals("runtime error: hash of unhashable type []int", p.getMessage());
    }

    @Test
    void iterationOrderIsRandomisedButCovering() {
        GoMap m = new GoMap(INT, INT);
        for (long i = 0; i < 8; i++) {
            m.put(i, i);
        }
        Set<List<Object>> orders = new HashSet<>();
        for (int run = 0; run < 200; run++) {
            List<Object> ks = keys(m);
            assertEquals(8, new HashSet<>(ks).size());
            orders.add(ks);
        }
        assertTrue(orders.size() > 1, "Go programs must not see a fixed order");
    }

    @Test
    void seedMakesIterationReproducible() {
        GoMap m = new GoMap(INT, INT);
        for (long i = 0; i < 20; i++) {
            m.put(i, i);
        }
        GoRandom.setSeed(7);
        List<Object> a = keys(m);
        GoRandom.setSeed(7);
        assertEquals(a, keys(m));
    }

    @Test
    void deletingDuringRangeHidesUnvisitedEntries() {
        for (int run = 0; run < 50; run++) {
            GoMap m = new GoMap(INT, INT);
            for (long i = 0; i < 100; i++) {
                m.put(i, i);
            }
            Set<Object> seen = new HashSet<>();
            Set<Object> deleted = new HashSet<>();
            for (GoMap.Iterator it = m.iterator(); it.next(); ) {
                Object k = it.key();
                assertFalse(deleted.contains(k), "a deleted key was produced");
                assertTrue(seen.add(k), "a key was produced twice");
                // delete some other key, and add new ones to force growth mid-range
                long other = ((Long) k + 37) % 100;
                if (!seen.contains(other)) {
                    m.delete(other);
                    deleted.add(other);
                }
                m.put(1000L + (Long) k, 0L);
            }
            for (long i = 0; i < 100; i++) {
                assertTrue(seen.contains(i) || deleted.contains(i), "key " + i + " neither produced nor deleted");
            }
        }
    }

    @Test
    void updatesDuringRangeAreSeen() {
        GoMap m = new GoMap(INT, INT);
        for (long i = 0; i < 10; i++) {
            m.put(i, 0L);
        }
        GoMap.Iterator it = m.iterator();
        assertTrue(it.next());
        Object first = it.key();
        for (long i = 0; i < 10; i++) {
            m.put(i, 5L);
        }
        while (it.next()) {
            assertEquals(5L, it.value());
        }
        assertEquals(5L, m.get(first));
    }

    @Test
    void clearEmptiesAndStopsIterators() {
        GoMap m = new GoMap(INT, INT);
        for (long i = 0; i < 10; i++) {
            m.put(i, i);
        }
        GoMap.Iterator it = m.iterator();
        m.clear();
        assertFalse(it.next());
        assertEquals(0, m.len());
        m.put(1L, 1L);
        assertEquals(1, m.len());
        assertFalse(GoMap.iterate(null).next());
    }

    @Test
    void compositeValuesAreCopiedIn() {
        Layout pt = Layout.struct(INT);
        GoMap m = new GoMap(INT, pt);
        GoStruct v = new GoStruct(pt);
        v.setLong(0, 1);
        m.put(1L, v);
        v.setLong(0, 2);
        assertEquals(1, ((GoStruct) m.get(1L)).getLong(0));
        assertEquals(0, ((GoStruct) m.get(9L)).getLong(0), "zero value for a missing key");
    }
}
