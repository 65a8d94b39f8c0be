package minigo.stdlib.strings;

/**
 * The searching kernels of strings and bytes (Go's internal/bytealg, assembly in Go): byte ranges
 * compared as unsigned bytes, results as Go's functions define them.
 */
public final class Search {
    private Search() {}

    public static int indexByte(byte[] s, int off, int len, int c) {
        for (int i = 0; i < len; i++) {
            if (s[off + i] == (byte) c) {
                return i;
            }
        }
        return -1;
    }

    public static int index(byte[] s, int soff, int slen, byte[] p, int poff, int plen) {
        if (plen == 0) {
            return 0;
        }
        if (plen > slen) {
            return -1;
        }
        byte first = p[poff];
        outer:
        for (int i = 0; i <= slen - plen; i++) {
            if (s[soff + i] != first) {
                continue;
            }
            for (int k = 1; k < plen; k++) {
                if (s[soff + i + k] != p[poff + k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public static int lastIndex(byte[] s, int soff, int slen, byte[] p, int poff, int plen) {
        if (plen == 0) {
            return slen;
        }
        outer:
        for (int i = slen - plen; i >= 0; i--) {
            for (int k = 0; k < plen; k++) {
                if (s[soff + i + k] != p[poff + k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Non-overlapping instances of p in s; an empty p counts the UTF-8 sequences plus one. */
    public static int count(byte[] s, int soff, int slen, byte[] p, int poff, int plen) {
        if (plen == 0) {
            return minigo.interp.values.Utf8.runeCount(s, soff, soff + slen) + 1;
        }
        int n = 0;
        int i = 0;
        while (true) {
            int j = index(s, soff + i, slen - i, p, poff, plen);
            if (j < 0) {
                return n;
            }
            n++;
            i += j + plen;
        }
    }

    public static int compare(byte[] a, int aoff, int alen, byte[] b, int boff, int blen) {
        int c = java.util.Arrays.compareUnsigned(a, aoff, aoff + alen, b, boff, boff + blen);
        return Integer.signum(c);
    }
}
