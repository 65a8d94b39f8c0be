package minigo.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An exact constant value, as go/constant's Value. Integers are BigIntegers; floats are exact
 * rationals (num/den, den &gt; 0, reduced), so untyped float arithmetic never rounds (Go uses 512-bit
 * mantissas; a rational is at least as exact for every program we accept). Typed float constants are
 * rounded to float32/float64 by the checker when they get their type. Strings are their raw bytes
 * (a Go string is a byte sequence, not necessarily UTF-8): {@link Str#bytes()}.
 */
public sealed interface Constant permits Constant.Bool, Constant.Int, Constant.Float, Constant.Str, Constant.Complex {

    record Bool(boolean value) implements Constant {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    record Int(BigInteger value) implements Constant {
        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** num/den reduced, den positive. */
    record Float(BigInteger num, BigInteger den) implements Constant {
        public Float {
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
            if (num.signum() == 0) den = BigInteger.ONE;
        }

        public boolean isInt() {
            return den.equals(BigInteger.ONE);
        }

        public BigDecimal toBigDecimal(int digits) {
            return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(digits, RoundingMode.HALF_EVEN));
        }

        @Override
        public String toString() {
            return Constant.formatFloat(this);
        }
    }

    record Complex(Float re, Float im) implements Constant {
        @Override
        public String toString() {
            return "(" + Constant.formatFloat(re) + " + " + Constant.formatFloat(im) + "i)";
        }
    }

    /** A string constant's bytes. */
    record Str(byte[] bytes) implements Constant {
        @Override
        public boolean equals(Object o) {
            return o instanceof Str s && Arrays.equals(bytes, s.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        /** The bytes decoded as UTF-8 (invalid sequences become U+FFFD). */
        public String utf8() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return Constant.quote(bytes);
        }
    }

    // ------------------------------------------------------------------ factories

    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    static Constant of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static Int of(long v) {
        return new Int(BigInteger.valueOf(v));
    }

    static Int of(BigInteger v) {
        return new Int(v);
    }

    static Str of(String javaString) {
        return new Str(javaString.getBytes(StandardCharsets.UTF_8));
    }

    static Str ofBytes(byte[] b) {
        return new Str(b);
    }

    /** The exact value of a finite double: its significand times a power of two. */
    static Float ofDouble(double d) {
        if (d == 0) return ZERO_F;
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (biased == 0) biased = 1; // subnormal
        else mant |= 1L << 52;
        int exp = biased - 1075;
        BigInteger m = BigInteger.valueOf(d < 0 ? -mant : mant);
        return exp >= 0 ? new Float(m.shiftLeft(exp), BigInteger.ONE) : new Float(m, BigInteger.ONE.shiftLeft(-exp));
    }

    // ------------------------------------------------------------------ accessors for the interpreter

    default long int64Value() {
        return switch (this) {
            case Int i -> i.value.longValue();
            case Float f -> f.num.divide(f.den).longValue();
            case Complex c -> c.re.num.divide(c.re.den).longValue();
            case Bool b -> b.value ? 1 : 0;
            case Str s -> throw new IllegalStateException("string constant has no int value");
        };
    }

    default double float64Value() {
        return switch (this) {
            case Int i -> i.value.doubleValue();
            case Float f -> toDouble(f);
            case Complex c -> toDouble(c.re);
            default -> throw new IllegalStateException("not numeric: " + this);
        };
    }

    default double imag64Value() {
        return this instanceof Complex c ? toDouble(c.im) : 0;
    }

    default boolean boolValue() {
        return ((Bool) this).value;
    }

    default byte[] stringBytes() {
        return ((Str) this).bytes;
    }

    // ------------------------------------------------------------------ conversions between kinds

    static Float toFloat(Constant c) {
        return switch (c) {
            case Int i -> new Float(i.value, BigInteger.ONE);
            case Float f -> f;
            case Complex x -> x.re;
            default -> throw new IllegalArgumentException(String.valueOf(c));
        };
    }

    static Complex toComplex(Constant c) {
        if (c instanceof Complex x) return x;
        return new Complex(toFloat(c), ZERO_F);
    }

    Float ZERO_F = new Float(BigInteger.ZERO, BigInteger.ONE);

    /** The integer value if c is integral (an Int, a Float with den 1, a Complex with zero imaginary part), else null. */
    static Int toInt(Constant c) {
        return switch (c) {
            case Int i -> i;
            case Float f -> f.isInt() ? new Int(f.num) : null;
            case Complex x -> x.im.num.signum() == 0 && x.re.isInt() ? new Int(x.re.num) : null;
            default -> null;
        };
    }

    /** Nearest double (round half to even); infinite beyond float64's range. */
    static double toDouble(Float f) {
        return nearest(f, 53, -1074);
    }

    /** Nearest float32 (round half to even); infinite beyond float32's range. */
    static float toFloat32(Float f) {
        return (float) nearest(f, 24, -149);
    }

    /**
     * num/den rounded to the nearest multiple of 2^lsb, where lsb leaves 'bits' significant bits
     * but is at least minExp (the subnormals), ties to even. In plain BigInteger arithmetic: these
     * conversions run while the standard packages are checked at every start, and BigDecimal's class
     * initialization alone took 17 ms there.
     */
    private static double nearest(Float f, int bits, int minExp) {
        int sign = f.num.signum();
        if (sign == 0) return 0.0;
        BigInteger a = f.num.abs();
        BigInteger b = f.den;
        int k = a.bitLength() - b.bitLength(); // a/b is in (2^(k-1), 2^(k+1)): make it [2^k, 2^(k+1))
        if ((k >= 0 ? a.compareTo(b.shiftLeft(k)) : a.shiftLeft(-k).compareTo(b)) < 0) k--;
        int lsb = Math.max(k - bits + 1, minExp);
        BigInteger n = lsb < 0 ? a.shiftLeft(-lsb) : a;
        BigInteger d = lsb > 0 ? b.shiftLeft(lsb) : b;
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        int half = qr[1].shiftLeft(1).compareTo(d);
        if (half > 0 || half == 0 && q.testBit(0)) q = q.add(BigInteger.ONE);
        double r = Math.scalb(q.doubleValue(), lsb); // exact: q has at most bits+1 bits
        return sign < 0 ? -r : r;
    }

    /** Kind rank for matching binary operands: Int 1, Float 2, Complex 3 (others 0). */
    private static int rank(Constant c) {
        return switch (c) {
            case Int i -> 1;
            case Float f -> 2;
            case Complex x -> 3;
            default -> 0;
        };
    }

    private static Constant toRank(Constant c, int r) {
        return switch (r) {
            case 2 -> toFloat(c);
            case 3 -> toComplex(c);
            default -> c;
        };
    }

    // ------------------------------------------------------------------ arithmetic

    /**
     * x op y for + - * / % & | ^ &^ (and string +). intDiv selects truncated integer division for "/"
     * (both operands of integer type). Returns null on division by zero (the checker reports it).
     */
    static Constant binaryOp(Constant x, String op, Constant y, boolean intDiv) {
        if (x instanceof Str a && y instanceof Str b && op.equals("+")) {
            byte[] r = Arrays.copyOf(a.bytes, a.bytes.length + b.bytes.length);
            System.arraycopy(b.bytes, 0, r, a.bytes.length, b.bytes.length);
            return new Str(r);
        }
        if (x instanceof Bool a && y instanceof Bool b) {
            return switch (op) {
                case "&&" -> of(a.value && b.value);
                case "||" -> of(a.value || b.value);
                default -> throw new IllegalArgumentException(op);
            };
        }
        int r = Math.max(rank(x), rank(y));
        if (op.equals("/") && !intDiv && r == 1) r = 2;
        x = toRank(x, r);
        y = toRank(y, r);
        switch (r) {
            case 1: {
                BigInteger a = ((Int) x).value, b = ((Int) y).value;
                return switch (op) {
                    case "+" -> new Int(a.add(b));
                    case "-" -> new Int(a.subtract(b));
                    case "*" -> new Int(a.multiply(b));
                    case "/" -> b.signum() == 0 ? null : new Int(a.divide(b));
                    case "%" -> b.signum() == 0 ? null : new Int(a.remainder(b));
                    case "&" -> new Int(a.and(b));
                    case "|" -> new Int(a.or(b));
                    case "^" -> new Int(a.xor(b));
                    case "&^" -> new Int(a.andNot(b));
                    default -> throw new IllegalArgumentException(op);
                };
            }
            case 2: {
                Float a = (Float) x, b = (Float) y;
                return switch (op) {
                    case "+" -> new Float(a.num.multiply(b.den).add(b.num.multiply(a.den)), a.den.multiply(b.den));
                    case "-" -> new Float(a.num.multiply(b.den).subtract(b.num.multiply(a.den)), a.den.multiply(b.den));
                    case "*" -> new Float(a.num.multiply(b.num), a.den.multiply(b.den));
                    case "/" -> b.num.signum() == 0 ? null : new Float(a.num.multiply(b.den), a.den.multiply(b.num));
                    default -> throw new IllegalArgumentException(op);
                };
            }
            case 3: {
                Complex a = (Complex) x, b = (Complex) y;
                return switch (op) {
                    case "+" -> new Complex(fadd(a.re, b.re), fadd(a.im, b.im));
                    case "-" -> new Complex(fsub(a.re, b.re), fsub(a.im, b.im));
                    case "*" -> new Complex(fsub(fmul(a.re, b.re), fmul(a.im, b.im)),
                            fadd(fmul(a.re, b.im), fmul(a.im, b.re)));
                    case "/" -> {
                        Float d = fadd(fmul(b.re, b.re), fmul(b.im, b.im));
                        if (d.num.signum() == 0) yield null;
                        Float re = fadd(fmul(a.re, b.re), fmul(a.im, b.im));
                        Float im = fsub(fmul(a.im, b.re), fmul(a.re, b.im));
                        yield new Complex(fdiv(re, d), fdiv(im, d));
                    }
                    default -> throw new IllegalArgumentException(op);
                };
            }
            default:
                throw new IllegalArgumentException(x + " " + op + " " + y);
        }
    }

    private static Float fadd(Float a, Float b) {
        return (Float) binaryOp(a, "+", b, false);
    }

    private static Float fsub(Float a, Float b) {
        return (Float) binaryOp(a, "-", b, false);
    }

    private static Float fmul(Float a, Float b) {
        return (Float) binaryOp(a, "*", b, false);
    }

    private static Float fdiv(Float a, Float b) {
        return (Float) binaryOp(a, "/", b, false);
    }

    /** x op y for == != < <= > >=. */
    static boolean compare(Constant x, String op, Constant y) {
        int c;
        if (x instanceof Str a && y instanceof Str b) {
            c = Arrays.compareUnsigned(a.bytes, b.bytes);
        } else if (x instanceof Bool a && y instanceof Bool b) {
            c = a.value == b.value ? 0 : 1;
        } else {
            int r = Math.max(rank(x), rank(y));
            x = toRank(x, r);
            y = toRank(y, r);
            if (r == 1) c = ((Int) x).value.compareTo(((Int) y).value);
            else if (r == 2) {
                Float a = (Float) x, b = (Float) y;
                c = a.num.multiply(b.den).compareTo(b.num.multiply(a.den));
            } else {
                Complex a = (Complex) x, b = (Complex) y;
                c = a.equals(b) ? 0 : 1;
            }
        }
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** x << s or x >> s for an integral x. */
    static Constant shift(Constant x, String op, int s) {
        BigInteger v = toInt(x).value;
        return new Int(op.equals("<<") ? v.shiftLeft(s) : v.shiftRight(s));
    }

    /**
     * Unary + - ^ !. For ^ on an unsigned typed operand, unsignedBits is its width (the complement is
     * taken within that many bits); 0 otherwise.
     */
    static Constant unaryOp(String op, Constant x, int unsignedBits) {
        switch (op) {
            case "+":
                return x;
            case "-":
                return switch (x) {
                    case Int i -> new Int(i.value.negate());
                    case Float f -> new Float(f.num.negate(), f.den);
                    case Complex c -> new Complex(new Float(c.re.num.negate(), c.re.den), new Float(c.im.num.negate(), c.im.den));
                    default -> throw new IllegalArgumentException(op);
                };
            case "^": {
                BigInteger v = toInt(x).value.not();
                if (unsignedBits > 0) v = v.and(BigInteger.ONE.shiftLeft(unsignedBits).subtract(BigInteger.ONE));
                return new Int(v);
            }
            case "!":
                return of(!((Bool) x).value);
            default:
                throw new IllegalArgumentException(op);
        }
    }

    // ------------------------------------------------------------------ formatting (as go/constant's String)

    /** A float as go/constant prints it in messages: %.6g, with exponent for large/small magnitudes. */
    static String formatFloat(Float f) {
        if (f.isInt() && f.num.bitLength() < 64) {
            // Integral values print without exponent when short, like Go's %.6g.
        }
        double d = toDouble(f);
        if (Double.isInfinite(d) || (d == 0 && f.num.signum() != 0)) {
            BigDecimal b = f.toBigDecimal(6).stripTrailingZeros();
            String s = b.unscaledValue().abs().toString();
            int exp = s.length() - 1 - b.scale();
            String mant = s.length() > 1 ? s.charAt(0) + "." + s.substring(1) : s;
            return (f.num.signum() < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return GoFormat.formatG(d, 6);
    }

    /** Go's strconv.Quote of raw bytes (for messages). */
    static String quote(byte[] b) {
        return GoFormat.quote(b);
    }
}
