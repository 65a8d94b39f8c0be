package minigo.parser;

import java.util.List;
import minigo.ast.Ast;
import minigo.ast.Diagnostic;
import org.antlr.v4.runtime.Token;

/**
 * The checks Go's scanner makes on literals, with its words and positions. The lexer accepts a
 * slightly wider language (invalid digits, bad escapes, several characters in a rune literal) so that
 * these errors are reported here the way Go reports them, instead of as confusing token errors.
 *
 * <p>Positions: errors about the whole literal point at its start; errors about a character point at
 * that character; "has no digits" and escape-value errors point just past what was read, as Go does.
 */
final class LiteralChecks {
    private LiteralChecks() {}

    /** Classifies a number literal (the lexer's NUMBER token) as go/token does. */
    static Ast.LitKind kindOf(String lit) {
        if (lit.endsWith("i")) return Ast.LitKind.IMAG;
        boolean hex = lit.length() > 1 && lit.charAt(0) == '0' && (lit.charAt(1) == 'x' || lit.charAt(1) == 'X');
        for (int i = 0; i < lit.length(); i++) {
            char c = lit.charAt(i);
            if (c == '.' || c == 'p' || c == 'P' || (!hex && (c == 'e' || c == 'E'))) return Ast.LitKind.FLOAT;
        }
        return Ast.LitKind.INT;
    }

    private static Diagnostic at(SourceText src, Token t, int charOffset, String msg) {
        String text = t.getText();
        int cps = text.codePointCount(0, Math.min(charOffset, text.length()));
        return new Diagnostic(src.pos(t.getStartIndex() + cps), msg);
    }

    static void checkNumber(SourceText src, Token t, List<Diagnostic> out) {
        String s = t.getText();
        int i = 0;
        int base = 10;
        char prefix = 0;
        String name = "decimal";
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'x') { base = 16; prefix = 'x'; name = "hexadecimal"; i = 2; }
            else if (p == 'o') { base = 8; prefix = 'o'; name = "octal"; i = 2; }
            else if (p == 'b') { base = 2; prefix = 'b'; name = "binary"; i = 2; }
        }
        boolean legacyOctal = prefix == 0 && s.length() > 1 && s.charAt(0) == '0';
        int invalid = -1;
        boolean digits = false;
        int dot = -1;
        // mantissa
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (dot >= 0) break;
                dot = i;
                continue;
            }
            if (c == '_') continue;
            int d = Character.digit(c, 16);
            if (d < 0 || (base != 16 && d >= 10)) break;
            digits = true;
            int effBase = legacyOctal ? 8 : base;
            if (d >= effBase && invalid < 0) invalid = i;
        }
        boolean isFloat = dot >= 0;
        if (prefix != 0 && !digits) {
            out.add(at(src, t, i, name + " literal has no digits"));
            return;
        }
        if (dot >= 0 && (prefix == 'o' || prefix == 'b')) {
            out.add(at(src, t, dot, "invalid radix point in " + name + " literal"));
            return;
        }
        if (i < s.length() && "eEpP".indexOf(s.charAt(i)) >= 0) {
            char e = Character.toLowerCase(s.charAt(i));
            isFloat = true;
            if (e == 'e' && prefix != 0) {
                out.add(at(src, t, i, "'" + s.charAt(i) + "' exponent requires decimal mantissa"));
                return;
            }
            if (e == 'p' && prefix != 'x') {
                out.add(at(src, t, i, "'" + s.charAt(i) + "' exponent requires hexadecimal mantissa"));
                return;
            }
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            boolean expDigits = false;
            for (; i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_'); i++) {
                if (s.charAt(i) != '_') expDigits = true;
            }
            if (!expDigits) {
                out.add(at(src, t, i, "exponent has no digits"));
                return;
            }
        } else if (prefix == 'x' && isFloat) {
            out.add(at(src, t, i, "hexadecimal mantissa requires a 'p' exponent"));
            return;
        }
        boolean imag = i < s.length() && s.charAt(i) == 'i';
        if (!isFloat && !imag && invalid >= 0) {
            String lit = legacyOctal ? "octal" : name;
            out.add(at(src, t, invalid, "invalid digit '" + s.charAt(invalid) + "' in " + lit + " literal"));
            return;
        }
        if (s.indexOf('_') >= 0) {
            int bad = invalidSeparator(s);
            if (bad >= 0) out.add(at(src, t, bad, "'_' must separate successive digits"));
        }
    }

    /** Index of the first '_' that does not sit between two digits (a base prefix counts as a digit), or -1. */
    private static int invalidSeparator(String s) {
        boolean hex = false;
        char prev = '.'; // '0' digit, '_' separator, '.' anything else
        int i = 0;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'x' || p == 'o' || p == 'b') {
                hex = p == 'x';
                prev = '0';
                i = 2;
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = prev;
            if (c == '_') {
                if (before != '0') return i;
                prev = '_';
            } else if (Character.isDigit(c) || (hex && Character.digit(c, 16) >= 0)) {
                prev = '0';
            } else {
                if (before == '_') return i - 1;
                prev = '.';
            }
        }
        return prev == '_' ? s.length() - 1 : -1;
    }

    /** Identifiers: letters, digits (not first) and '_'; other characters are reported one by one. */
    static void checkIdentifier(SourceText src, Token t, List<Diagnostic> out) {
        String s = t.getText();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp >= 0x80) {
                if (Character.isDigit(cp)) {
                    if (i == 0) out.add(at(src, t, i, "identifier cannot begin with digit " + uplus(cp)));
                } else if (!Character.isLetter(cp)) {
                    out.add(at(src, t, i, "invalid character " + uplus(cp) + " in identifier"));
                }
            }
            i += Character.charCount(cp);
        }
    }

    /** Rune literal: exactly one character or escape between the quotes. */
    static void checkRune(SourceText src, Token t, List<Diagnostic> out) {
        String s = t.getText();
        int end = s.length() - 1; // closing quote
        int n = 0;
        int i = 1;
        while (i < end) {
            if (s.charAt(i) == '\\') {
                i = escape(src, t, s, i, '\'', out);
                if (i < 0) return;
            } else {
                i += Character.charCount(s.codePointAt(i));
            }
            n++;
        }
        if (n == 0) out.add(at(src, t, end, "empty rune literal or unescaped '"));
        else if (n > 1) out.add(at(src, t, 0, "more than one character in rune literal"));
    }

    static void checkString(SourceText src, Token t, List<Diagnostic> out) {
        String s = t.getText();
        int end = s.length() - 1;
        int i = 1;
        while (i < end) {
            if (s.charAt(i) == '\\') {
                i = escape(src, t, s, i, '"', out);
                if (i < 0) return;
            } else {
                i++;
            }
        }
    }

    /** Checks the escape at s[i] == '\\'; returns the index after it, or -1 after reporting an error. */
    private static int escape(SourceText src, Token t, String s, int i, char quote, List<Diagnostic> out) {
        int j = i + 1;
        if (j >= s.length()) return -1;
        char c = s.charAt(j);
        int n, base;
        long max;
        switch (c) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\':
                return j + 1;
            case '0', '1', '2', '3', '4', '5', '6', '7':
                n = 3; base = 8; max = 255;
                break;
            case 'x':
                j++; n = 2; base = 16; max = 255;
                break;
            case 'u':
                j++; n = 4; base = 16; max = 0x10FFFF;
                break;
            case 'U':
                j++; n = 8; base = 16; max = 0x10FFFF;
                break;
            default:
                if (c == quote) return j + 1;
                out.add(at(src, t, j, "unknown escape"));
                return -1;
        }
        long x = 0;
        for (int k = 0; k < n; k++, j++) {
            int cp = j < s.length() ? s.codePointAt(j) : -1;
            int d = cp < 0 ? -1 : Character.digit(cp, base);
            if (cp > 127) d = -1;
            if (d < 0) {
                out.add(at(src, t, j, "invalid character " + quoteRune(cp) + " in "
                        + (base == 8 ? "octal" : "hexadecimal") + " escape"));
                return -1;
            }
            x = x * base + d;
        }
        if (x > max && base == 8) {
            out.add(at(src, t, j, "octal escape value " + x + " > 255"));
            return -1;
        }
        if (x > max || (x >= 0xD800 && x < 0xE000)) {
            out.add(at(src, t, j, "escape is invalid Unicode code point " + uplus((int) x)));
            return -1;
        }
        return j;
    }

    /** Go's %q of a rune. */
    static String quoteRune(int cp) {
        switch (cp) {
            case '\'': return "'\\''";
            case '\\': return "'\\\\'";
            case '\n': return "'\\n'";
            case '\t': return "'\\t'";
            case '\r': return "'\\r'";
            case 0: return "'\\x00'";
            default:
                if (cp < 0x20 || cp == 0x7f) return String.format("'\\x%02x'", cp);
                return "'" + new String(Character.toChars(cp)) + "'";
        }
    }

    /** Go's %#U: U+0040 '@' (the character only when printable). */
    static String uplus(int cp) {
        String u = String.format("U+%04X", cp);
        boolean printable = cp >= 0x20 && cp != 0x7f && !(cp >= 0x80 && cp < 0xa0) && Character.isDefined(cp)
                && !(cp >= 0xD800 && cp < 0xE000) && Character.getType(cp) != Character.FORMAT
                && !Character.isWhitespace(cp);
        return printable ? u + " '" + new String(Character.toChars(cp)) + "'" : u;
    }
}
