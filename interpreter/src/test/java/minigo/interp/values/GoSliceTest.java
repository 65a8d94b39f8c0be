package minigo.interp.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoSliceTest {
    static final Layout INT = Layout.of(ValueKind.INT64);
    static final Layout BYTE = Layout.of(ValueKind.UINT8);

    private static String capsAppendingOneByOne(Layout elem, int n) {
        GoSlice s = null;
        List<Integer> caps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s = GoSlice.append(elem, s, elem.zero());
            if (caps.isEmpty() || caps.get(caps.size() - 1) != s.cap) {
                caps.add(s.cap);
            }
        }
        return caps.toString().replace(",", "");
    }

    @Test
    void appendCapacitiesMatchGo() {
        Layout s24 = Layout.struct(INT, INT, INT);
        Layout i32 = Layout.of(ValueKind.INT32);
        Layout s12 = Layout.struct(i32, i32, i32);
        Layout s40 = Layout.struct(INT, INT, INT, INT, INT);
        int checked = 0;
        for (String line : Golden.lines("slices.txt")) {
            String name = line.substring(0, line.indexOf(' '));
            String want = line.substring(line.indexOf(' ') + 1);
            String got = switch (name) {
                case "int" -> capsAppendingOneByOne(INT, 5000);
                case "byte" -> capsAppendingOneByOne(BYTE, 40000);
                case "string" -> capsAppendingOneByOne(Layout.of(ValueKind.STRING), 3000);
                case "s24" -> capsAppendingOneByOne(s24, 3000);
                case "s12" -> capsAppendingOneByOne(s12, 3000);
                case "s40" -> capsAppendingOneByOne(s40, 3000);
                case "int32" -> capsAppendingOneByOne(i32, 3000);
                case "multi-int" -> {
                    List<Integer> caps = new ArrayList<>();
                    for (int n = 1; n < 40; n++) {
                        caps.add(GoSlice.appendSlice(INT, null, GoSlice.make(INT, n)).cap);
                    }
                    yield caps.toString().replace(",", "");
                }
                default -> null;
            };
            if (got != null) {
                assertEquals(want, got, name);
                checked++;
            }
        }
        assertEquals(8, checked);
    }

    @Test
    void appendSharesWhileCapacityLasts() {
        GoSlice s = GoSlice.make(INT, 2, 4);
        GoSlice t = GoSlice.appendLong(INT, s, 7);
        assertSame(s.array, t.array);
        assertEquals(3, t.len);
        assertEquals(7, t.getLong(2));
        GoSlice u = GoSlice.appendSlice(INT, t, GoSlice.make(INT, 2));
        assertNotSame(t.array, u.array);
        assertEquals(5, u.len);
        assertEquals(8, u.cap);
        assertEquals(7, u.getLong(2));
    }

    @Test
    void indexAndSliceBounds() {
        GoSlice s = GoSlice.make(INT, 3);
        GoPanic p = assertThrows(GoPanic.class, () -> s.getLong(5));
        assertEquals("runtime error: index out of range [5] with length 3", p.getMessage());
        p = assertThrows(GoPanic.class, () -> GoSlice.at(null, 0));
        assertEquals("runtime error: index out of range [0] with length 0", p.getMessage());
        p = assertThrows(GoPanic.class, () -> GoSlice.slice(s, 0, 5));
        assertEquals("runtime error: slice bounds out of range [:5] with capacity 3", p.getMessage());
        p = assertThrows(GoPanic.class, () -> GoSlice.sliceFrom(s, 5));
        assertEquals("runtime error: slice bounds out of range [5:3]", p.getMessage());
        p = assertThrows(GoPanic.class, () -> GoSlice.slice3(s, 0, 5, 1));
        assertEquals("runtime error: slice bounds out of range [:5:1]", p.getMessage());
        p = assertThrows(GoPanic.class, () -> GoSlice.slice(s, -1, 3, true));
        assertEquals("runtime error: slice bounds out of range [18446744073709551615:3]", p.getMessage());
        GoArray a = new GoArray(INT, 3);
        p = assertThrows(GoPanic.class, () -> GoSlice.sliceArray3(a, 0, 1, 5));
        assertEquals("runtime error: slice bounds out of range [::5] with length 3", p.getMessage());
    }

    @Test
    void slicingKeepsCapacityAndNil() {
        GoSlice s = GoSlice.make(INT, 5, 10);
        GoSlice t = GoSlice.slice(s, 2, 4);
        assertEquals(2, t.len);
        assertEquals(8, t.cap);
        GoSlice u = GoSlice.slice3(s, 2, 4, 6);
        assertEquals(4, u.cap);
        GoSlice grown = GoSlice.slice(t, 0, 8);
        assertEquals(8, grown.len);
        assertNull(GoSlice.slice(null, 0, 0));
        t.setLong(0, 42);
        assertEquals(42, s.getLong(2), "slices share the backing array");
    }

    @Test
    void copyHandlesOverlap() {
        GoSlice s = GoSlice.make(INT, 5);
        for (int i = 0; i < 5; i++) {
            s.setLong(i, i);
        }
        assertEquals(4, GoSlice.copy(GoSlice.sliceFrom(s, 1), s));
        assertEquals("[0 0 1 2 3]", s.toString());
        assertEquals(0, GoSlice.copy(null, s));
        GoSlice b = GoSlice.make(BYTE, 3);
        assertEquals(3, GoSlice.copyString(b, GoString.fromJava("hello")));
        assertEquals("[104 101 108]", b.toString());
    }

    @Test
    void structElementsAreLocationsAndCopiedIn() {
        Layout pt = Layout.struct(INT, INT);
        GoSlice s = GoSlice.make(pt, 2);
        GoStruct v = new GoStruct(pt);
        v.setLong(0, 1);
        s.store(0, v);
        v.setLong(0, 99);
        assertEquals(1, ((GoStruct) s.getObject(0)).getLong(0), "stored a copy");
        GoStruct elem0 = (GoStruct) s.getObject(0);
        GoSlice t = GoSlice.append(pt, s, v);
        assertNotSame(elem0, t.getObject(0), "growth copies elements into the new array");
        assertEquals(1, ((GoStruct) t.getObject(0)).getLong(0));
        assertEquals(99, ((GoStruct) t.getObject(2)).getLong(0));
    }

    @Test
    void appendStringToBytes() {
        GoSlice b = GoSlice.appendString(null, GoString.fromJava("abc"));
        assertEquals(3, b.len);
        assertEquals(8, b.cap);
        assertEquals(GoString.fromJava("abc"), GoString.fromBytes(b));
    }

    @Test
    void makeChecks() {
        GoPanic p = assertThrows(GoPanic.class, () -> GoSlice.make(INT, -1));
        assertEquals("runtime error: makeslice: len out of range", p.getMessage());
        p = assertThrows(GoPanic.class, () -> GoSlice.make(INT, 2, 1));
        assertEquals("runtime error: makeslice: cap out of range", p.getMessage());
        assertTrue(GoSlice.make(Layout.of(ValueKind.STRING), 1).getObject(0) == GoString.EMPTY);
    }

    @Test
    void roundupsize() {
        assertEquals(8, SizeClasses.roundupsize(1));
        assertEquals(48, SizeClasses.roundupsize(33));
        assertEquals(32768, SizeClasses.roundupsize(32768));
        assertEquals(40960, SizeClasses.roundupsize(32769));
        assertEquals(0, SizeClasses.roundupsize(0));
    }
}
