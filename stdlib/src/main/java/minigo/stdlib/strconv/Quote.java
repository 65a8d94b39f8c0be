package minigo.stdlib.strconv;

import minigo.interp.values.Utf8;
import minigo.stdlib.ByteBuf;
import minigo.stdlib.unicode.UnicodeTables;

/**
 * strconv's quoting (Quote, QuoteToASCII, QuoteToGraphic, QuoteRune...) for Java callers such as
 * fmt's %q. Package strconv's own Quote functions are Go; both follow Go's escaping rules: the quote
 * and backslash escaped, printable runes kept (ASCII-only mode escapes the rest), the C escapes for
 * BEL, BS, FF, LF, CR, TAB and VT, backslash-x and two hex digits for other bytes below space, DEL
 * and invalid UTF-8, backslash-u with four hex digits or backslash-U with eight for other runes.
 */
public final class Quote {
    private Quote() {}

    private static final byte[] LOWERHEX = "0123456789abcdef".getBytes();

    public static void appendQuoted(ByteBuf buf, byte[] s, int off, int len, char quote, boolean ascii, boolean graphic) {
        buf.writeByte(quote);
        int end = off + len;
        for (int i = off; i < end; ) {
            int c = s[i] & 0xFF;
            int r = c;
            int width = 1;
            if (c >= 0x80) {
                int packed = Utf8.decode(s, i, end);
                r = Utf8.rune(packed);
                width = Utf8.width(packed);
            }
            if (width == 1 && r == Utf8.RUNE_ERROR) {
                buf.writeByte('\\').writeByte('x').writeByte(LOWERHEX[c >> 4]).writeByte(LOWERHEX[c & 0xF]);
                i++;
                continue;
            }
            appendEscapedRune(buf, r, quote, ascii, graphic);
            i += width;
        }
        buf.writeByte(quote);
    }

    public static void appendQuotedRune(ByteBuf buf, long r, char quote, boolean ascii, boolean graphic) {
        buf.writeByte(quote);
        if (!Utf8.validRune(r)) {
            r = Utf8.RUNE_ERROR;
        }
        appendEscapedRune(buf, r, quote, ascii, graphic);
        buf.writeByte(quote);
    }

    static void appendEscapedRune(ByteBuf buf, long r, char quote, boolean ascii, boolean graphic) {
        if (r == quote || r == '\\') {
            buf.writeByte('\\').writeByte((int) r);
            return;
        }
        if (ascii) {
            if (r < 0x80 && UnicodeTables.isPrint(r)) {
                buf.writeByte((int) r);
                return;
            }
        } else if (UnicodeTables.isPrint(r) || graphic && UnicodeTables.isGraphic(r)) {
            buf.writeRune(r);
            return;
        }
        switch ((int) r) {
            case 7 -> buf.writeAscii("\\a");
            case '\b' -> buf.writeAscii("\\b");
            case '\f' -> buf.writeAscii("\\f");
            case '\n' -> buf.writeAscii("\\n");
            case '\r' -> buf.writeAscii("\\r");
            case '\t' -> buf.writeAscii("\\t");
            case 11 -> buf.writeAscii("\\v");
            default -> {
                if (r < ' ' || r == 0x7f) {
                    buf.writeAscii("\\x").writeByte(LOWERHEX[(int) (r >> 4) & 0xF]).writeByte(LOWERHEX[(int) r & 0xF]);
                } else {
                    if (!Utf8.validRune(r)) {
                        r = 0xFFFD;
                    }
                    if (r < 0x10000) {
                        buf.writeAscii("\\u");
                        for (int s = 12; s >= 0; s -= 4) {
                            buf.writeByte(LOWERHEX[(int) (r >> s) & 0xF]);
                        }
                    } else {
                        buf.writeAscii("\\U");
                        for (int s = 28; s >= 0; s -= 4) {
                            buf.writeByte(LOWERHEX[(int) (r >> s) & 0xF]);
                        }
                    }
                }
            }
        }
    }

    /** strconv.CanBackquote: a raw string literal could hold s. */
    public static boolean canBackquote(byte[] s, int off, int len) {
        int end = off + len;
        for (int i = off; i < end; ) {
            int packed = Utf8.decode(s, i, end);
            int r = Utf8.rune(packed);
            int wid = Utf8.width(packed);
            i += wid;
            if (wid > 1) {
                if (r == 0xFEFF) {
                    return false;
                }
                continue;
            }
            if (r == Utf8.RUNE_ERROR) {
                return false;
            }
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
