package minigo.stdlib.strconv;

/**
 * strconv.ParseFloat: Go's syntax (decimal and hexadecimal mantissas, underscores between digits,
 * "inf", "infinity", "nan" in any case), Java's correctly rounded conversion.
 *
 * <p>The scanner accepts exactly what Go's accepts and rewrites the number into Java's literal
 * syntax; {@link Double#parseDouble} and {@link Float#parseFloat} then round the exact decimal (or
 * hexadecimal) value to nearest-even, which is what Go's conversion computes too.
 */
public final class FloatParse {
    private FloatParse() {}

    public static final int OK = 0;
    public static final int SYNTAX = 1;
    public static final int RANGE = 2;

    /** The parsed value and status (OK, SYNTAX or RANGE; on RANGE the value is ±Inf). */
    public record Result(double value, int status) {}

    /** Parses s, whose chars are the bytes of the Go string (each 0..255). */
    public static Result parse(String s, int bitSize) {
        Result special = special(s);
        if (special != null) {
            return special;
        }
        StringBuilder lit = new StringBuilder(s.length() + 8);
        if (!scan(s, lit)) {
            return new Result(0, SYNTAX);
        }
        double v;
        if (bitSize == 32) {
            v = Float.parseFloat(lit.toString());
        } else {
            v = Double.parseDouble(lit.toString());
        }
        if (Double.isInfinite(v)) {
            return new Result(v, RANGE);
        }
        return new Result(v, OK);
    }

    private static Result special(String s) {
        int i = 0;
        double sign = 1;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sign = s.charAt(0) == '-' ? -1 : 1;
            i = 1;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return new Result(sign * Double.POSITIVE_INFINITY, OK);
        }
        if (i == 0 && rest.equals("nan")) {
            return new Result(Double.NaN, OK);
        }
        return null;
    }

    private static char lower(char c) {
        return (char) (c | ('x' - 'X'));
    }

    /** Scans the whole of s as Go's readFloat does; on success lit holds a Java literal of the same value. */
    static boolean scan(String s, StringBuilder lit) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            if (s.charAt(i) == '-') {
                lit.append('-');
            }
            i++;
        }
        boolean hex = false;
        if (i + 2 < n && s.charAt(i) == '0' && lower(s.charAt(i + 1)) == 'x') {
            hex = true;
            i += 2;
            lit.append("0x");
        }
        boolean underscores = false;
        boolean sawDot = false;
        boolean sawDigits = false;
        int digits = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
            } else if (c == '.') {
                if (sawDot) {
                    break;
                }
                sawDot = true;
                lit.append('.');
            } else if (c >= '0' && c <= '9' || hex && lower(c) >= 'a' && lower(c) <= 'f') {
                sawDigits = true;
                digits++;
                lit.append(c);
            } else {
                break;
            }
        }
        if (!sawDigits) {
            return false;
        }
        if (digits > 0 && lit.charAt(lit.length() - 1) == '.') {
            lit.append('0');
        }
        char expChar = hex ? 'p' : 'e';
        if (i < n && lower(s.charAt(i)) == expChar) {
            i++;
            if (i >= n) {
                return false;
            }
            lit.append(expChar);
            if (s.charAt(i) == '+') {
                i++;
            } else if (s.charAt(i) == '-') {
                lit.append('-');
                i++;
            }
            if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
            int e = 0;
            for (; i < n && (s.charAt(i) >= '0' && s.charAt(i) <= '9' || s.charAt(i) == '_'); i++) {
                if (s.charAt(i) == '_') {
                    underscores = true;
                    continue;
                }
                if (e < 100000) {
                    e = e * 10 + (s.charAt(i) - '0');
                }
            }
            lit.append(e);
        } else if (hex) {
            return false;
        }
        if (i != n) {
            return false;
        }
        return !underscores || underscoreOK(s);
    }

    /** Underscores only between digits, or right after a base prefix. */
    static boolean underscoreOK(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0'
                && (lower(s.charAt(1)) == 'b' || lower(s.charAt(1)) == 'o' || lower(s.charAt(1)) == 'x')) {
            i = 2;
            saw = '0';
            hex = lower(s.charAt(1)) == 'x';
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || hex && lower(c) >= 'a' && lower(c) <= 'f') {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }
}
