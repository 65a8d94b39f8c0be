package minigo.stdlib.strconv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * strconv.FormatFloat: Go's float formatting, byte for byte.
 *
 * <p>Go turns a float into decimal digits in one of two ways, and then lays the digits out:
 * <ul>
 * <li><b>shortest</b> (precision -1): the fewest digits that parse back to the same float, and among
 * those the ones closest to the exact binary value (ties to an even last digit). Java's
 * {@link Double#toString} (JDK 19+, Schubfach) computes the same set, with one documented exception: when a
 * single digit would do, Java still prints two. {@link #shortest} repairs that case.</li>
 * <li><b>fixed</b> (precision n): the exact binary value rounded half-to-even at the requested digit,
 * which {@link BigDecimal} does exactly.</li>
 * </ul>
 * The layouts ('e', 'f', 'g' and the binary 'b' and hexadecimal 'x' forms) follow Go's rules: exponents
 * with at least two digits, %g switching to %e when the exponent is below -4 or at least the precision
 * (6 when shortest), no trailing zeros in %g, "+Inf", "-Inf" and "NaN".
 */
public final class FloatFormat {
    private FloatFormat() {}

    /** Decimal digits d[0..nd) with the decimal point before digit dp; no leading or trailing zeros; zero is nd=0. */
    static final class Digits {
        byte[] d;
        int nd;
        int dp;

        Digits(String digits, int dp) {
            int start = 0;
            int end = digits.length();
            while (start < end && digits.charAt(start) == '0') {
                start++;
                dp--;
            }
            while (end > start && digits.charAt(end - 1) == '0') {
                end--;
            }
            this.nd = end - start;
            this.d = new byte[nd];
            for (int i = 0; i < nd; i++) {
                d[i] = (byte) digits.charAt(start + i);
            }
            this.dp = nd == 0 ? 0 : dp;
        }
    }

    public static String format(double v, char fmt, int prec, int bitSize) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, v, fmt, prec, bitSize);
        return sb.toString();
    }

    public static void append(StringBuilder dst, double v, char fmt, int prec, int bitSize) {
        if (bitSize == 32) {
            v = (float) v;
        }
        if (Double.isNaN(v)) {
            dst.append("NaN");
            return;
        }
        if (Double.isInfinite(v)) {
            dst.append(v > 0 ? "+Inf" : "-Inf");
            return;
        }
        boolean neg = (Double.doubleToRawLongBits(v) < 0);
        double abs = Math.abs(v);
        if (fmt == 'b') {
            formatB(dst, neg, abs, bitSize);
            return;
        }
        if (fmt == 'x' || fmt == 'X') {
            formatX(dst, neg, abs, fmt, prec, bitSize);
            return;
        }
        boolean shortest = prec < 0;
        Digits digs;
        if (shortest) {
            digs = shortest(abs, bitSize);
            switch (fmt) {
                case 'e', 'E' -> prec = Math.max(digs.nd - 1, 0);
                case 'f' -> prec = Math.max(digs.nd - digs.dp, 0);
                case 'g', 'G' -> prec = digs.nd;
                default -> { }
            }
        } else if (fmt == 'f') {
            digs = fixedPoint(abs, prec);
        } else {
            int n;
            switch (fmt) {
                case 'e', 'E' -> n = prec + 1;
                case 'g', 'G' -> n = prec == 0 ? 1 : prec;
                default -> n = 1;
            }
            if (prec == 0 && (fmt == 'g' || fmt == 'G')) {
                prec = 1;
            }
            digs = significant(abs, n);
        }
        layout(dst, neg, digs, fmt, prec, shortest);
    }

    private static void layout(StringBuilder dst, boolean neg, Digits digs, char fmt, int prec, boolean shortest) {
        switch (fmt) {
            case 'e', 'E' -> fmtE(dst, neg, digs, prec, fmt);
            case 'f' -> fmtF(dst, neg, digs, prec);
            case 'g', 'G' -> {
                int eprec = prec;
                if (eprec > digs.nd && digs.nd >= digs.dp) {
                    eprec = digs.nd;
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd) {
                        prec = digs.nd;
                    }
                    fmtE(dst, neg, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
                    return;
                }
                if (prec > digs.dp) {
                    prec = digs.nd;
                }
                fmtF(dst, neg, digs, Math.max(prec - digs.dp, 0));
            }
            default -> {
                // Go answers an unknown format byte with '%' and the byte.
                dst.append('%').append(fmt);
            }
        }
    }

    /** The shortest digits that read back as {@code abs} (a float32 when bitSize is 32). */
    static Digits shortest(double abs, int bitSize) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        String s = bitSize == 32 ? Float.toString((float) abs) : Double.toString(abs);
        int e = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String digits = mant.substring(0, dot) + mant.substring(dot + 1);
        Digits d = new Digits(digits, dot + exp);
        if (d.nd == 2) {
            shortenToOneDigit(d, abs, bitSize);
        }
        return d;
    }

    /**
     * Java prints two digits where one suffices (its spec asks for at least two); Go prints one. Try the
     * one-digit neighbours and keep the closest that reads back as the same float.
     */
    private static void shortenToOneDigit(Digits d, double abs, int bitSize) {
        int first = d.d[0] - '0';
        int lo = first;
        int hi = first + 1;
        boolean loOk = readsBack(lo, d.dp, abs, bitSize);
        boolean hiOk = readsBack(hi, d.dp, abs, bitSize);
        int pick;
        if (loOk && hiOk) {
            BigDecimal x = new BigDecimal(abs);
            BigDecimal dl = x.subtract(oneDigit(lo, d.dp)).abs();
            BigDecimal dh = oneDigit(hi, d.dp).subtract(x).abs();
            int c = dl.compareTo(dh);
            pick = c < 0 ? lo : c > 0 ? hi : (lo % 2 == 0 ? lo : hi);
        } else if (loOk) {
            pick = lo;
        } else if (hiOk) {
            pick = hi;
        } else {
            return;
        }
        if (pick == 10) {
            d.d = new byte[] {'1'};
            d.dp++;
        } else {
            d.d = new byte[] {(byte) ('0' + pick)};
        }
        d.nd = 1;
    }

    private static BigDecimal oneDigit(int digit, int dp) {
        return BigDecimal.valueOf(digit).scaleByPowerOfTen(dp - 1);
    }

    private static boolean readsBack(int digit, int dp, double abs, int bitSize) {
        if (digit == 0) {
            return false;
        }
        String s = digit + "E" + (dp - 1);
        return bitSize == 32 ? Float.parseFloat(s) == (float) abs : Double.parseDouble(s) == abs;
    }

    /** The exact value rounded half-to-even to n significant digits. */
    static Digits significant(double abs, int n) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        BigDecimal x = new BigDecimal(abs).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String u = x.unscaledValue().toString();
        return new Digits(u, u.length() - x.scale());
    }

    /** The exact value rounded half-to-even to prec digits after the point. */
    static Digits fixedPoint(double abs, int prec) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        BigDecimal x = new BigDecimal(abs).setScale(prec, RoundingMode.HALF_EVEN);
        String u = x.unscaledValue().toString();
        return new Digits(u, u.length() - prec);
    }

    private static void fmtE(StringBuilder dst, boolean neg, Digits d, int prec, char fmt) {
        if (neg) {
            dst.append('-');
        }
        dst.append(d.nd == 0 ? '0' : (char) d.d[0]);
        if (prec > 0) {
            dst.append('.');
            int m = Math.min(d.nd, prec + 1);
            for (int i = 1; i < m; i++) {
                dst.append((char) d.d[i]);
            }
            for (int i = Math.max(m, 1); i <= prec; i++) {
                dst.append('0');
            }
        }
        dst.append(fmt);
        int exp = d.nd == 0 ? 0 : d.dp - 1;
        if (exp < 0) {
            dst.append('-');
            exp = -exp;
        } else {
            dst.append('+');
        }
        if (exp < 10) {
            dst.append('0').append((char) ('0' + exp));
        } else {
            dst.append(exp);
        }
    }

    private static void fmtF(StringBuilder dst, boolean neg, Digits d, int prec) {
        if (neg) {
            dst.append('-');
        }
        if (d.dp > 0) {
            int m = Math.min(d.nd, d.dp);
            for (int i = 0; i < m; i++) {
                dst.append((char) d.d[i]);
            }
            for (int i = m; i < d.dp; i++) {
                dst.append('0');
            }
        } else {
            dst.append('0');
        }
        if (prec > 0) {
            dst.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = d.dp + i - 1;
                dst.append(j >= 0 && j < d.nd ? (char) d.d[j] : '0');
            }
        }
    }

    /** Mantissa and binary exponent as Go's genericFtoa sees them: the implicit bit set for normal numbers. */
    private static long[] mantExp(double abs, int bitSize) {
        long mant;
        int exp;
        int mantbits;
        if (bitSize == 32) {
            int bits = Float.floatToRawIntBits((float) abs);
            mantbits = 23;
            exp = (bits >>> 23) & 0xff;
            mant = bits & ((1 << 23) - 1);
            if (exp == 0) {
                exp++;
            } else {
                mant |= 1L << 23;
            }
            exp += -127;
        } else {
            long bits = Double.doubleToRawLongBits(abs);
            mantbits = 52;
            exp = (int) (bits >>> 52) & 0x7ff;
            mant = bits & ((1L << 52) - 1);
            if (exp == 0) {
                exp++;
            } else {
                mant |= 1L << 52;
            }
            exp += -1023;
        }
        return new long[] {mant, exp, mantbits};
    }

    /** %b: decimal mantissa, 'p', binary exponent: -ddddp±ddd. */
    private static void formatB(StringBuilder dst, boolean neg, double abs, int bitSize) {
        long[] me = mantExp(abs, bitSize);
        int exp = (int) me[1] - (int) me[2];
        if (neg) {
            dst.append('-');
        }
        dst.append(me[0]).append('p');
        if (exp >= 0) {
            dst.append('+');
        }
        dst.append(exp);
    }

    /** %x: -0x1.hhhhp±dd, the leading digit 1 (0 only for zero), rounded to prec hex digits half-to-even. */
    private static void formatX(StringBuilder dst, boolean neg, double abs, char fmt, int prec, int bitSize) {
        long[] me = mantExp(abs, bitSize);
        long mant = me[0];
        int exp = (int) me[1];
        int mantbits = (int) me[2];
        if (mant == 0) {
            exp = 0;
        }
        mant <<= 60 - mantbits;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > (1L << 59)) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        if (neg) {
            dst.append('-');
        }
        dst.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            dst.append('.');
            while (mant != 0) {
                dst.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            dst.append('.');
            for (int i = 0; i < prec; i++) {
                dst.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        dst.append(fmt == 'X' ? 'P' : 'p');
        if (exp < 0) {
            dst.append('-');
            exp = -exp;
        } else {
            dst.append('+');
        }
        if (exp < 10) {
            dst.append('0');
        }
        dst.append(exp);
    }
}
