package minigo.stdlib;

import minigo.interp.values.GoArray;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.Layout;
import minigo.interp.values.ValueKind;

/** Conversions between natives' arguments (the value model) and Java. */
public final class Args {
    private Args() {}

    public static final Layout BYTE = Layout.of(ValueKind.UINT8);

    public static long i(Object o) {
        return (Long) o;
    }

    public static int int32(Object o) {
        return (int) (long) (Long) o;
    }

    public static double f(Object o) {
        return (Double) o;
    }

    public static boolean b(Object o) {
        return (Boolean) o;
    }

    public static GoString s(Object o) {
        return (GoString) o;
    }

    /** The bytes of a []byte argument (a copy; nil is empty). */
    public static byte[] bytes(Object o) {
        if (o == null) {
            return new byte[0];
        }
        GoSlice s = (GoSlice) o;
        byte[] b = new byte[s.len];
        if (s.array.bytes != null) {
            System.arraycopy(s.array.bytes, s.off, b, 0, s.len);
        } else {
            for (int k = 0; k < s.len; k++) {
                b[k] = (byte) s.getLong(k);
            }
        }
        return b;
    }

    public static GoSlice byteSlice(byte[] b) {
        return GoSlice.of(GoArray.ofBytes(b));
    }

    /** append(dst, b...) for a []byte dst. */
    public static GoSlice appendBytes(Object dst, byte[] b) {
        if (dst == null) {
            return byteSlice(b);
        }
        return GoSlice.appendSlice(BYTE, (GoSlice) dst, byteSlice(b));
    }

    /** A []string of these Go strings. */
    public static GoSlice stringSlice(Object[] goStrings) {
        return GoSlice.of(GoArray.ofRefs(Layout.of(ValueKind.STRING), goStrings));
    }

    /** A []string of these Java strings. */
    public static GoSlice stringSlice(java.util.List<String> strings) {
        Object[] refs = new Object[strings.size()];
        for (int i = 0; i < refs.length; i++) refs[i] = GoString.fromJava(strings.get(i));
        return stringSlice(refs);
    }

    public static GoString str(String s) {
        return GoString.fromJava(s);
    }

    /**
     * A string a native returns as a new Go string (fmt.Sprintf's result, strconv.FormatFloat's):
     * allocated through the heap's single entry point, like Go's rawstring, so that MemStats counts
     * it. The empty string allocates nothing, as in Go.
     */
    public static GoString newString(byte[] b) {
        if (b.length == 0) {
            return GoString.EMPTY;
        }
        return minigo.interp.Heap.alloc(GoString.wrap(b), b.length);
    }

    public static GoString newString(String ascii) {
        return newString(ascii.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** The Go string's bytes as a Java string of chars 0..255 (for byte-oriented parsing). */
    public static String latin1(GoString s) {
        return new String(s.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public static Object[] results(Object... r) {
        return r;
    }
}
