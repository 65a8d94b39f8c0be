package minigo.interp.values;

/**
 * UTF-8 as Go defines it (package unicode/utf8): decoding yields U+FFFD with width 1 for every byte
 * that does not start a valid, shortest-form encoding of a scalar value (surrogates and values past
 * U+10FFFF are invalid); encoding an invalid rune produces the encoding of U+FFFD.
 */
public final class Utf8 {
    public static final int RUNE_ERROR = 0xFFFD;
    public static final int MAX_RUNE = 0x10FFFF;

    private Utf8() {
    }

    /**
     * Decodes the rune starting at {@code b[i]} (i &lt; end). Result packs rune and width:
     * {@code rune(r) = r & 0x1FFFFF}, {@code width(r) = r >>> 21}.
     */
    public static int decode(byte[] b, int i, int end) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) {
            return pack(b0, 1);
        }
        int n = end - i;
        if (b0 < 0xC2 || b0 > 0xF4) {
            return pack(RUNE_ERROR, 1);
        }
        if (n < 2) {
            return pack(RUNE_ERROR, 1);
        }
        int b1 = b[i + 1] & 0xFF;
        if (b0 < 0xE0) {
            if (b1 < 0x80 || b1 > 0xBF) {
                return pack(RUNE_ERROR, 1);
            }
            return pack((b0 & 0x1F) << 6 | (b1 & 0x3F), 2);
        }
        // Second-byte range depends on the first byte: it excludes overlongs, surrogates, > U+10FFFF.
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 == 0xE0) {
            lo = 0xA0;
        } else if (b0 == 0xED) {
            hi = 0x9F;
        } else if (b0 == 0xF0) {
            lo = 0x90;
        } else if (b0 == 0xF4) {
            hi = 0x8F;
        }
        if (b1 < lo || b1 > hi || n < 3) {
            return pack(RUNE_ERROR, 1);
        }
        int b2 = b[i + 2] & 0xFF;
        if (b2 < 0x80 || b2 > 0xBF) {
            return pack(RUNE_ERROR, 1);
        }
        if (b0 < 0xF0) {
            return pack((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F), 3);
        }
        if (n < 4) {
            return pack(RUNE_ERROR, 1);
        }
        int b3 = b[i + 3] & 0xFF;
        if (b3 < 0x80 || b3 > 0xBF) {
            return pack(RUNE_ERROR, 1);
        }
        return pack((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F), 4);
    }

    private static int pack(int rune, int width) {
        return width << 21 | rune;
    }

    public static int rune(int packed) {
        return packed & 0x1FFFFF;
    }

    public static int width(int packed) {
        return packed >>> 21;
    }

    /** Whether r is a Unicode scalar value (what Go's utf8.ValidRune accepts). */
    public static boolean validRune(long r) {
        return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MAX_RUNE);
    }

    /** Bytes needed to encode r (invalid runes encode as U+FFFD: 3). */
    public static int runeLen(long r) {
        if (!validRune(r)) {
            return 3;
        }
        return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
    }

    /** Writes the encoding of r at b[i]; returns the number of bytes written. */
    public static int encode(long r, byte[] b, int i) {
        int c = validRune(r) ? (int) r : RUNE_ERROR;
        if (c < 0x80) {
            b[i] = (byte) c;
            return 1;
        } else if (c < 0x800) {
            b[i] = (byte) (0xC0 | c >> 6);
            b[i + 1] = (byte) (0x80 | c & 0x3F);
            return 2;
        } else if (c < 0x10000) {
            b[i] = (byte) (0xE0 | c >> 12);
            b[i + 1] = (byte) (0x80 | c >> 6 & 0x3F);
            b[i + 2] = (byte) (0x80 | c & 0x3F);
            return 3;
        }
        b[i] = (byte) (0xF0 | c >> 18);
        b[i + 1] = (byte) (0x80 | c >> 12 & 0x3F);
        b[i + 2] = (byte) (0x80 | c >> 6 & 0x3F);
        b[i + 3] = (byte) (0x80 | c & 0x3F);
        return 4;
    }

    /** Number of runes in b[off, end) as Go counts them (each invalid byte is one rune). */
    public static int runeCount(byte[] b, int off, int end) {
        int n = 0;
        int i = off;
        while (i < end) {
            if (b[i] >= 0) {
                i++;
            } else {
                i += width(decode(b, i, end));
            }
            n++;
        }
        return n;
    }
}
