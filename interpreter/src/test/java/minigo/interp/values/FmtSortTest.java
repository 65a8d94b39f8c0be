package minigo.interp.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** fmt's map key order, against what go1.19's fmt.Println printed (maps.txt). */
class FmtSortTest {
    static final Layout INT = Layout.of(ValueKind.INT64);
    static final Layout STR = Layout.of(ValueKind.STRING);

    private static String print(GoMap m, Function<Object, String> key) {
        Object[][] e = m.sortedEntries();
        StringBuilder b = new StringBuilder("map[");
        for (int i = 0; i < e[0].length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(key.apply(e[0][i])).append(':').append(e[1][i]);
        }
        return b.append(']').toString();
    }

    private static GoMap map(Layout k, Layout v, Object... kv) {
        GoMap m = new GoMap(k, v);
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String goFloat(Object o) {
        double d = (Double) o;
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        return d == 1e10 ? "1e+10" : d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    @Test
    void orderMatchesGo() {
        List<String> want = Golden.lines("maps.txt");
        Layout b = Layout.of(ValueKind.BOOL);
        assertEquals(want.get(0), print(map(INT, b, 5L, true, -3L, true, 0L, true, Long.MAX_VALUE, true, Long.MIN_VALUE, true, 42L, true), String::valueOf));
        assertEquals(want.get(1), print(map(Layout.of(ValueKind.UINT64), b, 5L, true, Long.MIN_VALUE, true, 0L, true, -1L, true, 42L, true), o -> Long.toUnsignedString((Long) o)));
        assertEquals(want.get(2), print(map(Layout.of(ValueKind.FLOAT64), b, Double.NaN, true, Double.NEGATIVE_INFINITY, true, 0.0, true, Double.POSITIVE_INFINITY, true, -2.5, true, 1e10, true), FmtSortTest::goFloat));
        GoMap strs = map(STR, b, GoString.fromJava("b"), true, GoString.fromJava("a"), true, GoString.fromJava("ab"), true,
            GoString.wrap(new byte[]{(byte) 0xff}), true, GoString.fromJava("é"), true, GoString.EMPTY, true, GoString.fromJava("B"), true);
        assertEquals(want.get(3), print(strs, o -> ((GoString) o).toJava()));
        assertEquals(want.get(4), print(map(b, INT, true, 1L, false, 0L), String::valueOf));
        Layout p = Layout.struct(INT, STR);
        Function<Object[], GoStruct> mk = f -> {
            GoStruct s = new GoStruct(p);
            s.setLong(0, (Long) f[0]);
            s.setObject(1, GoString.fromJava((String) f[1]));
            return s;
        };
        GoMap structs = map(p, b, mk.apply(new Object[]{2L, "a"}), true, mk.apply(new Object[]{1L, "b"}), true,
            mk.apply(new Object[]{1L, "a"}), true, mk.apply(new Object[]{-1L, "z"}), true);
        assertEquals(want.get(5), print(structs, o -> "{" + ((GoStruct) o).getLong(0) + " " + ((GoStruct) o).getObject(1) + "}"));
        Layout arr = Layout.array(INT, 2);
        Function<long[], GoArray> mka = v -> GoArray.ofLongs(INT, v);
        GoMap arrays = map(arr, b, mka.apply(new long[]{2, 1}), true, mka.apply(new long[]{1, 2}), true,
            mka.apply(new long[]{1, 1}), true, mka.apply(new long[]{-1, 9}), true);
        assertEquals(want.get(6), print(arrays, Object::toString));
        assertEquals(want.get(7), print(map(Layout.of(ValueKind.INT8), b, -128L, true, 127L, true, 0L, true, -1L, true), String::valueOf));
    }
}
