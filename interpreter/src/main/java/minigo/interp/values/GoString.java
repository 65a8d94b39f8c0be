package minigo.interp.values;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A Go string: an immutable sequence of bytes, usually but not necessarily UTF-8. Substrings share
 * the bytes of their parent, as in Go. Equality and ordering are bytewise (unsigned), the hash is
 * cached. Never null in the value model: the zero string is {@link #EMPTY}.
 */
public final class GoString implements Comparable<GoString> {
    private static final byte[] NO_BYTES = new byte[0];
    public static final GoString EMPTY = new GoString(NO_BYTES, 0, 0);

    private final byte[] bytes;
    private final int off;
    private final int len;
    /** Cached hash; 0 means not computed yet (a real hash of 0 is just recomputed). */
    private int hash;
    /** Simulated heap address of the bytes (0 = static data or not allocated). */
    public long addr;

    private GoString(byte[] bytes, int off, int len) {
        this.bytes = bytes;
        this.off = off;
        this.len = len;
    }

    /** A string that takes ownership of b (the caller must never modify it again). */
    public static GoString wrap(byte[] b) {
        return b.length == 0 ? EMPTY : new GoString(b, 0, b.length);
    }

    /** A string of a copy of b[off, off+len). */
    public static GoString copyOf(byte[] b, int off, int len) {
        return len == 0 ? EMPTY : new GoString(Arrays.copyOfRange(b, off, off + len), 0, len);
    }

    /** The UTF-8 encoding of a Java string (unpaired surrogates become U+FFFD). */
    public static GoString fromJava(String s) {
        if (s.isEmpty()) {
            return EMPTY;
        }
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return wrap(s.getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] b = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            n += Utf8.encode(cp, b, n);
        }
        return copyOf(b, 0, n);
    }

    /** Decodes as Go would range over the string: each invalid byte becomes U+FFFD. */
    public String toJava() {
        StringBuilder sb = new StringBuilder(len);
        int end = off + len;
        for (int i = off; i < end; ) {
            int b = bytes[i];
            if (b >= 0) {
                sb.append((char) b);
                i++;
            } else {
                int p = Utf8.decode(bytes, i, end);
                sb.appendCodePoint(Utf8.rune(p));
                i += Utf8.width(p);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toJava();
    }

    public int length() {
        return len;
    }

    /** The byte at i as an unsigned value, without Go's bounds check. */
    public int byteAt(int i) {
        return bytes[off + i] & 0xFF;
    }

    /** {@code s[i]} with Go's bounds check. */
    public long index(long i) {
        if (Long.compareUnsigned(i, len) >= 0) {
            throw GoPanic.of(BoundsError.index(i, len));
        }
        return bytes[off + (int) i] & 0xFF;
    }

    /** {@code s[i]} for an index of an unsigned type. */
    public long indexUnsigned(long i) {
        if (Long.compareUnsigned(i, len) >= 0) {
            throw GoPanic.of(BoundsError.indexUnsigned(i, len));
        }
        return bytes[off + (int) i] & 0xFF;
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(bytes, off, off + len);
    }

    /** Copies the bytes into dst at dstPos. */
    public void copyTo(int srcPos, byte[] dst, int dstPos, int n) {
        System.arraycopy(bytes, off + srcPos, dst, dstPos, n);
    }

    /** {@code s[lo:hi]} with Go's bounds checks; shares the bytes. */
    public GoString slice(long lo, long hi) {
        return slice(lo, hi, false);
    }

    /** {@code s[lo:hi]}; {@code unsigned} when the indices are of unsigned types (for the message). */
    public GoString slice(long lo, long hi, boolean unsigned) {
        if (Long.compareUnsigned(hi, len) > 0) {
            throw GoPanic.of(GoSlice.bounds(BoundsError.sliceAlen(hi, len), unsigned));
        }
        if (Long.compareUnsigned(lo, hi) > 0) {
            throw GoPanic.of(GoSlice.bounds(BoundsError.sliceB(lo, hi), unsigned));
        }
        return substring((int) lo, (int) hi);
    }

    /** {@code s[lo:]} with Go's bounds checks. */
    public GoString slice(long lo) {
        return slice(lo, len);
    }

    /** A distinct string object with the same bytes (for a fresh heap allocation of a value that may be cached). */
    public GoString unshared() {
        return new GoString(bytes, off, len);
    }

    /** The bytes [lo, hi) without Go checks (callers checked). */
    public GoString substring(int lo, int hi) {
        if (lo == 0 && hi == len) {
            return this;
        }
        if (hi == lo) return EMPTY;
        GoString r = new GoString(bytes, off + lo, hi - lo);
        // an interior pointer into the same allocation keeps it alive, as in Go
        if (addr != 0) r.addr = addr + lo;
        return r;
    }

    public static GoString concat(GoString a, GoString b) {
        if (a.len == 0) {
            return b;
        }
        if (b.len == 0) {
            return a;
        }
        byte[] r = new byte[a.len + b.len];
        System.arraycopy(a.bytes, a.off, r, 0, a.len);
        System.arraycopy(b.bytes, b.off, r, a.len, b.len);
        return new GoString(r, 0, r.length);
    }

    public static GoString concat(GoString... parts) {
        int n = 0;
        for (GoString p : parts) {
            n += p.len;
        }
        byte[] r = new byte[n];
        int at = 0;
        for (GoString p : parts) {
            System.arraycopy(p.bytes, p.off, r, at, p.len);
            at += p.len;
        }
        return wrap(r);
    }

    // ---- conversions ----

    /** {@code string(r)} for an integer r: invalid code points give "\uFFFD". */
    public static GoString fromRune(long r) {
        if (r >= 0 && r < 0x80) {
            return ASCII[(int) r];
        }
        byte[] b = new byte[Utf8.runeLen(r)];
        Utf8.encode(r, b, 0);
        return wrap(b);
    }

    private static final GoString[] ASCII = new GoString[128];

    static {
        for (int i = 0; i < 128; i++) {
            ASCII[i] = new GoString(new byte[]{(byte) i}, 0, 1);
        }
    }

    /** {@code string(b)} for a []byte (nil gives ""): copies. */
    public static GoString fromBytes(GoSlice b) {
        if (b == null || b.len == 0) {
            return EMPTY;
        }
        return copyOf(b.array.bytes, b.off, b.len);
    }

    /** {@code []byte(s)} as a heap allocation: capacity rounded up to the size class, as Go does. */
    public GoSlice toBytes() {
        return toBytes((int) SizeClasses.roundupsize(len));
    }

    /**
     * {@code []byte(s)} with an explicit capacity (at least len): Go gives 32 when the result does not
     * escape and fits its stack buffer, the rounded size class otherwise. Never nil.
     */
    public GoSlice toBytes(int cap) {
        byte[] b = new byte[Math.max(cap, len)];
        System.arraycopy(bytes, off, b, 0, len);
        return new GoSlice(GoArray.ofBytes(b), 0, len, b.length);
    }

    /** {@code []rune(s)}: one int32 per decoded rune (invalid bytes give U+FFFD). */
    public GoSlice toRunes() {
        int n = runeCount();
        int cap = (int) (SizeClasses.roundupsize(4L * n) / 4);
        long[] r = new long[cap];
        int k = 0;
        for (int i = 0; i < len; ) {
            int p = decodeRune(i);
            r[k++] = Utf8.rune(p);
            i += Utf8.width(p);
        }
        return new GoSlice(GoArray.ofLongs(Layout.of(ValueKind.INT32), r), 0, n, cap);
    }


    public static GoString fromRunes(GoSlice runes) {
        if (runes == null || runes.len == 0) {
            return EMPTY;
        }
        int n = 0;
        for (int i = 0; i < runes.len; i++) {
            n += Utf8.runeLen(runes.array.getLong(runes.off + i));
        }
        byte[] b = new byte[n];
        int at = 0;
        for (int i = 0; i < runes.len; i++) {
            at += Utf8.encode(runes.array.getLong(runes.off + i), b, at);
        }
        return wrap(b);
    }

    // ---- UTF-8 ----

    /**
     * Decodes the rune at byte offset i (0 &lt;= i &lt; len) as {@code for i, r := range s} does.
     * Unpack with {@link Utf8#rune} and {@link Utf8#width}.
     */
    public int decodeRune(int i) {
        int b = bytes[off + i];
        if (b >= 0) {
            return 1 << 21 | b;
        }
        return Utf8.decode(bytes, off + i, off + len);
    }

    public int runeCount() {
        return Utf8.runeCount(bytes, off, off + len);
    }

    // ---- comparison ----

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GoString s) || s.len != len) {
            return false;
        }
        if (hash != 0 && s.hash != 0 && hash != s.hash) {
            return false;
        }
        return Arrays.equals(bytes, off, off + len, s.bytes, s.off, s.off + len);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && len > 0) {
            h = 1;
            for (int i = off, end = off + len; i < end; i++) {
                h = 31 * h + bytes[i];
            }
            hash = h;
        }
        return h;
    }

    /** Go's string ordering: bytewise unsigned, shorter prefix first. */
    @Override
    public int compareTo(GoString o) {
        return Arrays.compareUnsigned(bytes, off, off + len, o.bytes, o.off, o.off + o.len);
    }

    public boolean startsWith(GoString p) {
        return p.len <= len && Arrays.equals(bytes, off, off + p.len, p.bytes, p.off, p.off + p.len);
    }

    /** Byte index of the first occurrence of sub, or -1. */
    public int indexOf(GoString sub) {
        int n = sub.len;
        if (n == 0) {
            return 0;
        }
        int first = sub.bytes[sub.off];
        outer:
        for (int i = 0; i + n <= len; i++) {
            if (bytes[off + i] != first) {
                continue;
            }
            for (int j = 1; j < n; j++) {
                if (bytes[off + i + j] != sub.bytes[sub.off + j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
