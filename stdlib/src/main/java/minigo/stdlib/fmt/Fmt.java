package minigo.stdlib.fmt;

import minigo.interp.values.Utf8;
import minigo.stdlib.ByteBuf;
import minigo.stdlib.strconv.FloatFormat;
import minigo.stdlib.strconv.Quote;
import minigo.stdlib.unicode.UnicodeTables;

/**
 * The formatting primitives of one operand (Go's {@code fmt} struct in format.go): the flags,
 * width and precision parsed from the verb, and how numbers, strings and bytes are laid out and
 * padded under them. Knows nothing of Go types; {@link Printer} decides which primitive a value needs.
 */
final class Fmt {
    static final String LDIGITS = "0123456789abcdefx";
    static final String UDIGITS = "0123456789ABCDEFX";

    final ByteBuf buf;

    // Flags of the current operand.
    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    /** %+v: struct field names. */
    boolean plusV;
    /** %#v: Go syntax. */
    boolean sharpV;

    int wid;
    int prec;

    Fmt(ByteBuf buf) {
        this.buf = buf;
    }

    /** Clears the flags (not wid and prec, which every verb sets again, as in Go). */
    void clearFlags() {
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
    }

    long saveFlags() {
        return (widPresent ? 1 : 0) | (precPresent ? 2 : 0) | (minus ? 4 : 0) | (plus ? 8 : 0) | (sharp ? 16 : 0)
                | (space ? 32 : 0) | (zero ? 64 : 0) | (plusV ? 128 : 0) | (sharpV ? 256 : 0);
    }

    void restoreFlags(long f) {
        widPresent = (f & 1) != 0;
        precPresent = (f & 2) != 0;
        minus = (f & 4) != 0;
        plus = (f & 8) != 0;
        sharp = (f & 16) != 0;
        space = (f & 32) != 0;
        zero = (f & 64) != 0;
        plusV = (f & 128) != 0;
        sharpV = (f & 256) != 0;
    }

    void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        int c = zero ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.writeByte(c);
        }
    }

    /** Appends b[off, off+len) padded to the width, counting runes. */
    void pad(byte[] b, int off, int len) {
        if (!widPresent || wid == 0) {
            buf.write(b, off, len);
            return;
        }
        int width = wid - Utf8.runeCount(b, off, off + len);
        if (!minus) {
            writePadding(width);
            buf.write(b, off, len);
        } else {
            buf.write(b, off, len);
            writePadding(width);
        }
    }

    void pad(byte[] b) {
        pad(b, 0, b.length);
    }

    /** Pads a Java string (its UTF-8 bytes). */
    void padString(String s) {
        pad(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void fmtBoolean(boolean v) {
        padString(v ? "true" : "false");
    }

    /** %U: U+0078, with %#U also the character when printable. */
    void fmtUnicode(long u) {
        int prec = 4;
        if (precPresent && this.prec > 4) {
            prec = this.prec;
        }
        StringBuilder hex = new StringBuilder(Long.toHexString(u).toUpperCase(java.util.Locale.ROOT));
        while (hex.length() < prec) {
            hex.insert(0, '0');
        }
        ByteBuf tmp = new ByteBuf(16);
        tmp.writeAscii("U+").writeAscii(hex);
        if (sharp && u >= 0 && u <= Utf8.MAX_RUNE && UnicodeTables.isPrint(u)) {
            tmp.writeAscii(" '").writeRune(u).writeByte('\'');
        }
        boolean oldZero = zero;
        zero = false;
        pad(tmp.toByteArray());
        zero = oldZero;
    }

    /** Integers in base 2, 8, 10 or 16; u holds the bits, negative only when isSigned says so. */
    void fmtInteger(long u, int base, boolean isSigned, int verb, String digits) {
        boolean negative = isSigned && u < 0;
        if (negative) {
            u = -u;
        }
        int prec = 0;
        if (precPresent) {
            prec = this.prec;
            if (prec == 0 && u == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && widPresent) {
            prec = wid;
            if (negative || plus || space) {
                prec--;
            }
        }
        int size = 68 + Math.max(wid, 0) + Math.max(this.prec, 0);
        byte[] b = new byte[size];
        int i = size;
        switch (base) {
            case 10 -> {
                while (Long.compareUnsigned(u, 10) >= 0) {
                    long next = Long.divideUnsigned(u, 10);
                    b[--i] = (byte) ('0' + (u - next * 10));
                    u = next;
                }
            }
            case 16 -> {
                while (Long.compareUnsigned(u, 16) >= 0) {
                    b[--i] = (byte) digits.charAt((int) (u & 0xF));
                    u >>>= 4;
                }
            }
            case 8 -> {
                while (Long.compareUnsigned(u, 8) >= 0) {
                    b[--i] = (byte) ('0' + (u & 7));
                    u >>>= 3;
                }
            }
            case 2 -> {
                while (Long.compareUnsigned(u, 2) >= 0) {
                    b[--i] = (byte) ('0' + (u & 1));
                    u >>>= 1;
                }
            }
            default -> throw new IllegalStateException("fmt: unknown base; can't happen");
        }
        b[--i] = (byte) digits.charAt((int) u);
        while (i > 0 && prec > size - i) {
            b[--i] = '0';
        }
        if (sharp) {
            switch (base) {
                case 2 -> {
                    b[--i] = 'b';
                    b[--i] = '0';
                }
                case 8 -> {
                    if (b[i] != '0') {
                        b[--i] = '0';
                    }
                }
                case 16 -> {
                    b[--i] = (byte) digits.charAt(16);
                    b[--i] = '0';
                }
                default -> { }
            }
        }
        if (verb == 'O') {
            b[--i] = 'o';
            b[--i] = '0';
        }
        if (negative) {
            b[--i] = '-';
        } else if (plus) {
            b[--i] = '+';
        } else if (space) {
            b[--i] = ' ';
        }
        boolean oldZero = zero;
        zero = false;
        pad(b, i, size - i);
        zero = oldZero;
    }

    /** The longest prefix of b[off, off+len) with at most prec runes, when a precision is set. */
    int truncate(byte[] b, int off, int len) {
        if (precPresent) {
            int n = prec;
            int end = off + len;
            for (int i = off; i < end; ) {
                n--;
                if (n < 0) {
                    return i - off;
                }
                int c = b[i] & 0xFF;
                i += c < 0x80 ? 1 : Utf8.width(Utf8.decode(b, i, end));
            }
        }
        return len;
    }

    /** %s of a string or byte slice. */
    void fmtS(byte[] b, int off, int len) {
        pad(b, off, truncate(b, off, len));
    }

    void fmtS(byte[] b) {
        fmtS(b, 0, b.length);
    }

    /** %x / %X of a string or byte slice: two hex digits per byte, % x separates, %#x prefixes. */
    void fmtSbx(byte[] b, int off, int len, String digits) {
        int length = len;
        if (precPresent && prec < length) {
            length = prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) {
                writePadding(wid);
            }
            return;
        }
        if (widPresent && wid > width && !minus) {
            writePadding(wid - width);
        }
        if (sharp) {
            buf.writeByte('0').writeByte(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.writeByte(' ');
                if (sharp) {
                    buf.writeByte('0').writeByte(digits.charAt(16));
                }
            }
            int c = b[off + i] & 0xFF;
            buf.writeByte(digits.charAt(c >> 4)).writeByte(digits.charAt(c & 0xF));
        }
        if (widPresent && wid > width && minus) {
            writePadding(wid - width);
        }
    }

    /** %q of a string: a Go string literal, %#q a raw one when possible, %+q ASCII only. */
    void fmtQ(byte[] b, int off, int len) {
        len = truncate(b, off, len);
        if (sharp && Quote.canBackquote(b, off, len)) {
            byte[] q = new byte[len + 2];
            q[0] = '`';
            System.arraycopy(b, off, q, 1, len);
            q[len + 1] = '`';
            pad(q);
            return;
        }
        ByteBuf tmp = new ByteBuf(len + 8);
        Quote.appendQuoted(tmp, b, off, len, '"', plus, false);
        pad(tmp.toByteArray());
    }

    /** %c: the character (U+FFFD past MaxRune). */
    void fmtC(long c) {
        long r = Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : c;
        ByteBuf tmp = new ByteBuf(4);
        tmp.writeRune(r);
        pad(tmp.toByteArray());
    }

    /** %q of an integer: a Go rune literal. */
    void fmtQc(long c) {
        long r = Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : c;
        ByteBuf tmp = new ByteBuf(12);
        Quote.appendQuotedRune(tmp, r, '\'', plus, false);
        pad(tmp.toByteArray());
    }

    /** Floats: strconv's formatting, then fmt's sign, #, zero-padding and Inf/NaN rules. */
    void fmtFloat(double v, int size, int verb, int prec) {
        if (precPresent) {
            prec = this.prec;
        }
        StringBuilder sb = new StringBuilder(32);
        sb.append('+');
        FloatFormat.append(sb, v, (char) verb, prec, size);
        // num is sb from index 'start'; sb.charAt(start) is the sign.
        int start = 0;
        if (sb.charAt(1) == '-' || sb.charAt(1) == '+') {
            start = 1;
        }
        if (space && sb.charAt(start) == '+' && !plus) {
            sb.setCharAt(start, ' ');
        }
        if (sb.charAt(start + 1) == 'I' || sb.charAt(start + 1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (sb.charAt(start + 1) == 'N' && !space && !plus) {
                start++;
            }
            padAscii(sb, start);
            zero = oldZero;
            return;
        }
        if (sharp && verb != 'b') {
            int digits = 0;
            if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
                digits = prec;
                if (digits == -1) {
                    digits = 6;
                }
            }
            String tail = "";
            boolean hasDecimalPoint = false;
            boolean sawNonzeroDigit = false;
            for (int i = start + 1; i < sb.length(); i++) {
                char c = sb.charAt(i);
                if (c == '.') {
                    hasDecimalPoint = true;
                } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                    tail = sb.substring(i);
                    sb.setLength(i);
                    break;
                } else {
                    if (c != '0') {
                        sawNonzeroDigit = true;
                    }
                    if (sawNonzeroDigit) {
                        digits--;
                    }
                }
            }
            if (!hasDecimalPoint) {
                if (sb.length() - start == 2 && sb.charAt(start + 1) == '0') {
                    digits--;
                }
                sb.append('.');
            }
            while (digits > 0) {
                sb.append('0');
                digits--;
            }
            sb.append(tail);
        }
        int len = sb.length() - start;
        if (plus || sb.charAt(start) != '+') {
            if (zero && widPresent && wid > len) {
                buf.writeByte(sb.charAt(start));
                writePadding(wid - len);
                buf.writeAscii(sb.subSequence(start + 1, sb.length()));
                return;
            }
            padAscii(sb, start);
            return;
        }
        padAscii(sb, start + 1);
    }

    private void padAscii(CharSequence s, int from) {
        byte[] b = new byte[s.length() - from];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(from + i);
        }
        pad(b);
    }
}
