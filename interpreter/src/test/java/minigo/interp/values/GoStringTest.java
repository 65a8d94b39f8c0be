package minigo.interp.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GoStringTest {
    private static GoString s(String j) {
        return GoString.fromJava(j);
    }

    @Test
    void rangeDecodingMatchesGo() {
        int n = 0;
        for (String line : Golden.lines("strings.txt")) {
            String[] f = line.split(" ", -1);
            switch (f[0]) {
                case "R" -> {
                    GoString str = GoString.wrap(Golden.hex(f[1]));
                    StringBuilder got = new StringBuilder("R " + f[1]);
                    for (int i = 0; i < str.length(); ) {
                        int p = str.decodeRune(i);
                        got.append(' ').append(i).append(':').append(Utf8.rune(p));
                        i += Utf8.width(p);
                    }
                    assertEquals(line, got.toString());
                    n++;
                }
                case "N" -> {
                    GoString str = GoString.wrap(Golden.hex(f[1]));
                    GoSlice runes = str.toRunes();
                    assertEquals(Integer.parseInt(f[2]), runes.len, line);
                    assertEquals(Integer.parseInt(f[2]), str.runeCount(), line);
                    assertEquals(f[3], Golden.hex(GoString.fromRunes(runes).toByteArray()), line);
                }
                case "S" -> assertEquals(f[2], Golden.hex(GoString.fromRune(Long.parseLong(f[1])).toByteArray()), line);
                default -> throw new AssertionError(line);
            }
        }
        assertTrue(n > 20);
    }

    @Test
    void toJavaReplacesEachInvalidByte() {
        assertEquals("a\uFFFDb", GoString.wrap(new byte[]{'a', (byte) 0xff, 'b'}).toJava());
        assertEquals("\uFFFD\uFFFD", GoString.wrap(new byte[]{(byte) 0xe2, (byte) 0x82}).toJava());
        assertEquals("héllo, 世界 😀", s("héllo, 世界 😀").toJava());
        assertEquals(4, s("😀").length());
    }

    @Test
    void comparisonIsBytewiseUnsigned() {
        assertTrue(s("a").compareTo(s("b")) < 0);
        assertTrue(s("ab").compareTo(s("a")) > 0);
        assertTrue(s("\u00e9").compareTo(s("z")) > 0, "0xC3 sorts after 'z'");
        assertTrue(GoString.EMPTY.compareTo(s("a")) < 0);
        assertEquals(s("abc"), s("xabcx").substring(1, 4));
        assertEquals(s("abc").hashCode(), s("xabcx").substring(1, 4).hashCode());
        assertNotEquals(s("abc"), s("abd"));
    }

    @Test
    void slicingSharesAndChecksBounds() {
        GoString h = s("hello");
        assertEquals(s("ell"), h.slice(1, 4));
        assertSame(h, h.slice(0, 5));
        assertEquals(GoString.EMPTY, h.slice(5));
        assertEquals('e', h.index(1));
        GoPanic p = assertThrows(GoPanic.class, () -> s("abc").slice(0, 5));
        assertEquals("runtime error: slice bounds out of range [:5] with length 3", p.getMessage());
        p = assertThrows(GoPanic.class, () -> s("abc").slice(2, 1));
        assertEquals("runtime error: slice bounds out of range [2:1]", p.getMessage());
        p = assertThrows(GoPanic.class, () -> s("abc").index(5));
        assertEquals("runtime error: index out of range [5] with length 3", p.getMessage());
        p = assertThrows(GoPanic.class, () -> s("abc").index(-1));
        assertEquals("runtime error: index out of range [-1]", p.getMessage());
    }

    @Test
    void concatenation() {
        assertEquals(s("foobar"), GoString.concat(s("foo"), s("bar")));
        assertEquals(s("abc"), GoString.concat(s("a"), s("b"), s("c")));
        GoString x = s("x");
        assertSame(x, GoString.concat(x, GoString.EMPTY));
    }

    @Test
    void byteSliceConversionsCopy() {
        GoString str = s("hello");
        GoSlice b = str.toBytes();
        assertEquals(5, b.len);
        assertEquals(8, b.cap, "rounded up to the 8-byte size class");
        b.setLong(0, 'j');
        assertEquals(s("hello"), str);
        assertEquals(s("jello"), GoString.fromBytes(b));
        assertEquals(GoString.EMPTY, GoString.fromBytes(null));
        assertEquals(32, str.toBytes(32).cap);
    }

    @Test
    void indexOf() {
        assertEquals(2, s("hello").indexOf(s("ll")));
        assertEquals(-1, s("hello").indexOf(s("lo!")));
        assertEquals(0, s("hello").indexOf(GoString.EMPTY));
    }
}
