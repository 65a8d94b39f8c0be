package minigo.stdlib.math;

/**
 * Go 1.19's math functions on linux/amd64, bit for bit. Programs print floats with all their
 * significant digits, so a last-bit difference shows; fdlibm ({@link StrictMath}) disagrees with Go
 * for a sizeable share of inputs. The algorithms:
 * <ul>
 * <li>Exp, Log and Hypot: the amd64 assembly kernels (Exp with fused multiply-adds, as on every
 * CPU with FMA): a range reduction by ln 2 split in two, a degree-8 Taylor polynomial of x/16 and
 * four squarings for Exp; the FreeBSD log kernel for Log; max·sqrt(1+(min/max)²) for Hypot.</li>
 * <li>Pow: Go's decomposition y = yi + yf, Exp(yf·Log(x)) times x^yi by repeated squaring of
 * Frexp's mantissa, one Ldexp at the end.</li>
 * <li>Sin, Cos, Tan, Atan, Asin, Sinh, Tanh, Cbrt: the Cephes polynomials Go uses, with the Cody-Waite
 * reduction by π/4 split in three parts, and past 2^29 Payne-Hanek reduction with the bits of 4/π.</li>
 * </ul>
 * Every constant is a double literal with the value Go's untyped constant rounds to.
 */
public final class GoMath {
    private GoMath() {}

    private static final double PI = Math.PI;
    private static final double PI_2 = 1.5707963267948966;
    private static final double PI_4 = 0.7853981633974483;
    private static final double THREE_PI_4 = Double.longBitsToDouble(0x4002d97c7f3321d2L);
    private static final double FOUR_OVER_PI = Double.longBitsToDouble(0x3ff45f306dc9c883L);
    private static final double INV_LN10 = Double.longBitsToDouble(0x3fdbcb7b1526e50eL);
    private static final double INV_LN2 = Double.longBitsToDouble(0x3ff71547652b82feL);

    // ---------------------------------------------------------------- Exp (exp_amd64.s, FMA path)

    private static final double LOG2E = 1.4426950408889634073599246810018920;
    private static final double LN2U = 0.69314718055966295651160180568695068359375;
    private static final double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    private static final double EXP_OVERFLOW = 7.09782712893384e+02;
    private static final double T2 = 0.5;
    private static final double T3 = 1.6666666666666666667e-1;
    private static final double T4 = 4.1666666666666666667e-2;
    private static final double T5 = 8.3333333333333333333e-3;
    private static final double T6 = 1.3888888888888888889e-3;
    private static final double T7 = 1.9841269841269841270e-4;
    private static final double T8 = 2.4801587301587301587e-5;

    public static double exp(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & ~(1L << 63)) >= 0x7FF0000000000000L) {
            // ±Inf or NaN: exp(-Inf) = 0, others unchanged.
            return bits == 0xFFF0000000000000L ? 0 : x;
        }
        if (x > EXP_OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        int k = (int) Math.rint(x * LOG2E);
        double kf = k;
        x = Math.fma(-kf, LN2U, x);
        x = Math.fma(-kf, LN2L, x);
        x *= 0.0625;
        double p = T8;
        p = Math.fma(p, x, T7);
        p = Math.fma(p, x, T6);
        p = Math.fma(p, x, T5);
        p = Math.fma(p, x, T4);
        p = Math.fma(p, x, T3);
        p = Math.fma(p, x, T2);
        p = Math.fma(p, x, 1.0);
        x *= p;
        // (1+x)^16 - 1 by four squarings of the form x(x+2).
        for (int i = 0; i < 3; i++) {
            x *= x + 2.0;
        }
        x = Math.fma(x, x + 2.0, 1.0);
        long e = (long) k + 0x3FF;
        if (e <= 0) {
            if (e < -52) {
                return 0;
            }
            e += 0x3FE;
            x *= Double.longBitsToDouble(e << 52);
            return x * Double.longBitsToDouble(1L << 52);
        }
        if (e >= 0x7FF) {
            return Double.POSITIVE_INFINITY;
        }
        return x * Double.longBitsToDouble(e << 52);
    }

    // ---------------------------------------------------------------- Log (log_amd64.s)

    private static final double HSQRT2 = 7.07106781186547524401e-01;
    private static final double LN2HI = 6.93147180369123816490e-01;
    private static final double LN2LO = 1.90821492927058770002e-10;
    private static final double L1 = 6.666666666666735130e-01;
    private static final double L2 = 3.999999999940941908e-01;
    private static final double L3 = 2.857142874366239149e-01;
    private static final double L4 = 2.222219843214978396e-01;
    private static final double L5 = 1.818357216161805012e-01;
    private static final double L6 = 1.531383769920937332e-01;
    private static final double L7 = 1.479819860511658591e-01;

    public static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & ~(1L << 63)) == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (bits < 0) {
            return Double.longBitsToDouble(0x7FF8000000000001L);
        }
        if (bits >= 0x7FF0000000000000L) {
            return x;
        }
        // x = f1 * 2^k with f1 in [0.5, 1) (the kernel reads the exponent field as is, even for subnormals).
        double f1 = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FE0000000000000L);
        double k = (int) ((bits >>> 52) & 0x7FF) - 0x3FE;
        double adjust = (HSQRT2 < f1) ? 0.0 : 1.0;
        k -= adjust;
        f1 *= adjust + 1.0;
        double f = f1 - 1.0;
        double s = f / (2.0 + f);
        double s2 = s * s;
        double s4 = s2 * s2;
        double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
        double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
        double r = t1 + t2;
        double hfsq = 0.5 * f * f;
        double q = s * (r + hfsq) + LN2LO * k;
        return k * LN2HI - ((hfsq - q) - f);
    }

    public static double log10(double x) {
        return log(x) * INV_LN10;
    }

    public static double log2(double x) {
        double[] fe = frexp(x);
        if (fe[0] == 0.5) {
            return fe[1] - 1;
        }
        return log(fe[0]) * INV_LN2 + fe[1];
    }

    // ---------------------------------------------------------------- Hypot (hypot_amd64.s)

    public static double hypot(double p, double q) {
        p = Math.abs(p);
        q = Math.abs(q);
        if (Double.isInfinite(p) || Double.isInfinite(q)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(p) || Double.isNaN(q)) {
            return Double.longBitsToDouble(0x7FF8000000000001L);
        }
        if (p == 0 && q == 0) {
            return 0;
        }
        double big = Math.max(p, q);
        double small = Math.min(p, q);
        small /= big;
        return big * Math.sqrt(small * small + 1.0);
    }

    // ---------------------------------------------------------------- Pow (pow.go's decomposition)

    /** {frac, exp} with x = frac * 2^exp, |frac| in [0.5, 1) (Go's Frexp). */
    static double[] frexp(double f) {
        if (f == 0 || Double.isNaN(f) || Double.isInfinite(f)) {
            return new double[] {f, 0};
        }
        int e = 0;
        if (Math.abs(f) < Double.MIN_NORMAL) {
            f *= 0x1p52;
            e = -52;
        }
        long bits = Double.doubleToRawLongBits(f);
        e += (int) ((bits >>> 52) & 0x7ff) - 1022;
        bits &= ~(0x7ffL << 52);
        bits |= 1022L << 52;
        return new double[] {Double.longBitsToDouble(bits), e};
    }

    private static boolean isOddInt(double x) {
        if (Math.abs(x) >= 0x1p53) {
            return false;
        }
        double xi = MathNatives.trunc(x);
        return x - xi == 0 && (((long) xi) & 1) == 1;
    }

    public static double pow(double x, double y) {
        if (y == 0 || x == 1) {
            return 1;
        }
        if (y == 1) {
            return x;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (x == 0) {
            if (y < 0) {
                return isOddInt(y) ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.POSITIVE_INFINITY;
            }
            return isOddInt(y) ? x : 0;
        }
        if (Double.isInfinite(y)) {
            if (x == -1) {
                return 1;
            }
            return (Math.abs(x) < 1) == (y > 0) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            if (x < 0) {
                return pow(1 / x, -y);
            }
            return y < 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        if (y == 0.5) {
            return Math.sqrt(x);
        }
        if (y == -0.5) {
            return 1 / Math.sqrt(x);
        }
        double ay = Math.abs(y);
        double yi = MathNatives.trunc(ay);
        double yf = ay - yi;
        if (yf != 0 && x < 0) {
            return Double.NaN;
        }
        if (yi >= 0x1p63) {
            if (x == -1) {
                return 1;
            }
            return (Math.abs(x) < 1) == (y > 0) ? 0 : Double.POSITIVE_INFINITY;
        }
        double a1 = 1.0;
        long ae = 0;
        if (yf != 0) {
            if (yf > 0.5) {
                yf--;
                yi++;
            }
            a1 = exp(yf * log(x));
        }
        double[] fe = frexp(x);
        double x1 = fe[0];
        long xe = (long) fe[1];
        for (long i = (long) yi; i != 0; i >>= 1) {
            if (xe < -(1 << 12) || (1 << 12) < xe) {
                ae += xe;
                break;
            }
            if ((i & 1) == 1) {
                a1 *= x1;
                ae += xe;
            }
            x1 *= x1;
            xe <<= 1;
            if (x1 < .5) {
                x1 += x1;
                xe--;
            }
        }
        if (y < 0) {
            a1 = 1 / a1;
            ae = -ae;
        }
        return ldexp(a1, ae);
    }

    /** frac * 2^exp, rounded once (Go's Ldexp). */
    static double ldexp(double frac, long exp) {
        if (frac == 0 || Double.isInfinite(frac) || Double.isNaN(frac)) {
            return frac;
        }
        return Math.scalb(frac, (int) Math.max(Math.min(exp, 100000), -100000));
    }

    // ---------------------------------------------------------------- trigonometry (Cephes)

    private static final double PI4A = 7.85398125648498535156e-1;
    private static final double PI4B = 3.77489470793079817668e-8;
    private static final double PI4C = 2.69515142907905952645e-15;
    private static final double REDUCE_THRESHOLD = 1 << 29;

    /**
     * The binary expansion of 4/π in 64-bit words, the integer part (1) first: what Payne-Hanek
     * reduction multiplies huge arguments by. Computed once from π (Machin's formula) to 1300 bits.
     */
    static final long[] FOUR_OVER_PI_BITS = fourOverPiBits(20);

    static long[] fourOverPiBits(int words) {
        java.math.MathContext mc = new java.math.MathContext(500);
        java.math.BigDecimal pi = arctanInverse(5, mc).multiply(java.math.BigDecimal.valueOf(16))
                .subtract(arctanInverse(239, mc).multiply(java.math.BigDecimal.valueOf(4)));
        java.math.BigInteger scaled = new java.math.BigDecimal(java.math.BigInteger.ONE.shiftLeft(64 * (words - 1) + 2))
                .divide(pi, mc).toBigInteger();
        long[] w = new long[words];
        for (int i = 0; i < words; i++) {
            w[i] = scaled.shiftRight(64 * (words - 1 - i)).longValue();
        }
        return w;
    }

    /** atan(1/n) by its Taylor series. */
    private static java.math.BigDecimal arctanInverse(int n, java.math.MathContext mc) {
        java.math.BigDecimal x = java.math.BigDecimal.ONE.divide(java.math.BigDecimal.valueOf(n), mc);
        java.math.BigDecimal x2 = x.multiply(x, mc);
        java.math.BigDecimal term = x;
        java.math.BigDecimal sum = x;
        java.math.BigDecimal eps = java.math.BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
            term = term.multiply(x2, mc).negate();
            sum = sum.add(term.divide(java.math.BigDecimal.valueOf(2L * k + 1), mc), mc);
        }
        return sum;
    }

    /**
     * Payne-Hanek reduction for x >= 2^29: the octant j (even) and the remainder z in [-π/4, π/4],
     * from a 192-bit window of 4/π aligned with x's exponent, as Go's trigReduce computes them.
     */
    private static double[] trigReduce(double x) {
        if (x < PI_4) {
            return new double[] {0, x};
        }
        long ix = Double.doubleToRawLongBits(x);
        int exp = (int) ((ix >>> 52) & 0x7FF) - 1023 - 52;
        ix &= ~(0x7FFL << 52);
        ix |= 1L << 52;
        int digit = (exp + 61) / 64;
        int bitshift = (exp + 61) % 64;
        long[] m = FOUR_OVER_PI_BITS;
        long z0 = (m[digit] << bitshift) | (bitshift == 0 ? 0 : m[digit + 1] >>> (64 - bitshift));
        long z1 = (m[digit + 1] << bitshift) | (bitshift == 0 ? 0 : m[digit + 2] >>> (64 - bitshift));
        long z2 = (m[digit + 2] << bitshift) | (bitshift == 0 ? 0 : m[digit + 3] >>> (64 - bitshift));
        long z2hi = Math.unsignedMultiplyHigh(z2, ix);
        long z1hi = Math.unsignedMultiplyHigh(z1, ix);
        long z1lo = z1 * ix;
        long z0lo = z0 * ix;
        long lo = z1lo + z2hi;
        long carry = Long.compareUnsigned(lo, z1lo) < 0 ? 1 : 0;
        long hi = z0lo + z1hi + carry;
        long j = hi >>> 61;
        hi = hi << 3 | lo >>> 61;
        int lz = Long.numberOfLeadingZeros(hi);
        long e = 1023 - (lz + 1);
        hi = (hi << (lz + 1)) | (lo >>> (64 - (lz + 1)));
        hi >>>= 64 - 52;
        hi |= e << 52;
        double z = Double.longBitsToDouble(hi);
        if ((j & 1) == 1) {
            j++;
            j &= 7;
            z--;
        }
        return new double[] {j, z * PI_4};
    }

    private static final double S0 = 1.58962301576546568060e-10;
    private static final double S1 = -2.50507477628578072866e-8;
    private static final double S2 = 2.75573136213857245213e-6;
    private static final double S3 = -1.98412698295895385996e-4;
    private static final double S4 = 8.33333333332211858878e-3;
    private static final double S5 = -1.66666666666666307295e-1;
    private static final double C0 = -1.13585365213876817300e-11;
    private static final double C1 = 2.08757008419747316778e-9;
    private static final double C2 = -2.75573141792967388112e-7;
    private static final double C3 = 2.48015872888517045348e-5;
    private static final double C4 = -1.38888888888730564116e-3;
    private static final double C5 = 4.16666666666665929218e-2;

    private static double sinPoly(double z, double zz) {
        return z + z * zz * (((((S0 * zz + S1) * zz + S2) * zz + S3) * zz + S4) * zz + S5);
    }

    private static double cosPoly(double zz) {
        return 1.0 - 0.5 * zz + zz * zz * (((((C0 * zz + C1) * zz + C2) * zz + C3) * zz + C4) * zz + C5);
    }

    public static double sin(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        long j;
        double z;
        if (x >= REDUCE_THRESHOLD) {
            double[] jz = trigReduce(x);
            j = (long) jz[0];
            z = jz[1];
        } else {
            j = (long) (x * FOUR_OVER_PI);
            double y = j;
            if ((j & 1) == 1) {
                j++;
                y++;
            }
            j &= 7;
            z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        }
        if (j > 3) {
            sign = !sign;
            j -= 4;
        }
        double zz = z * z;
        double r = (j == 1 || j == 2) ? cosPoly(zz) : sinPoly(z, zz);
        return sign ? -r : r;
    }

    public static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        boolean sign = false;
        x = Math.abs(x);
        long j;
        double z;
        if (x >= REDUCE_THRESHOLD) {
            double[] jz = trigReduce(x);
            j = (long) jz[0];
            z = jz[1];
        } else {
            j = (long) (x * FOUR_OVER_PI);
            double y = j;
            if ((j & 1) == 1) {
                j++;
                y++;
            }
            j &= 7;
            z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        }
        if (j > 3) {
            j -= 4;
            sign = !sign;
        }
        if (j > 1) {
            sign = !sign;
        }
        double zz = z * z;
        double r = (j == 1 || j == 2) ? sinPoly(z, zz) : cosPoly(zz);
        return sign ? -r : r;
    }

    private static final double TP0 = -1.30936939181383777646e4;
    private static final double TP1 = 1.15351664838587416140e6;
    private static final double TP2 = -1.79565251976484877988e7;
    private static final double TQ1 = 1.36812963470692954678e4;
    private static final double TQ2 = -1.32089234440210967447e6;
    private static final double TQ3 = 2.50083801823357915839e7;
    private static final double TQ4 = -5.38695755929454629881e7;

    public static double tan(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        long j;
        double y;
        double z;
        if (x >= REDUCE_THRESHOLD) {
            double[] jz = trigReduce(x);
            j = (long) jz[0];
            z = jz[1];
        } else {
            j = (long) (x * FOUR_OVER_PI);
            y = j;
            if ((j & 1) == 1) {
                j++;
                y++;
            }
            z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        }
        double zz = z * z;
        if (zz > 1e-14) {
            y = z + z * (zz * ((TP0 * zz + TP1) * zz + TP2) / ((((zz + TQ1) * zz + TQ2) * zz + TQ3) * zz + TQ4));
        } else {
            y = z;
        }
        if ((j & 2) == 2) {
            y = -1 / y;
        }
        return sign ? -y : y;
    }

    private static double xatan(double x) {
        final double p0 = -8.750608600031904122785e-01;
        final double p1 = -1.615753718733365076637e+01;
        final double p2 = -7.500855792314704667340e+01;
        final double p3 = -1.228866684490136173410e+02;
        final double p4 = -6.485021904942025371773e+01;
        final double q0 = +2.485846490142306297962e+01;
        final double q1 = +1.650270098316988542046e+02;
        final double q2 = +4.328810604912902668951e+02;
        final double q3 = +4.853903996359136964868e+02;
        final double q4 = +1.945506571482613964425e+02;
        double z = x * x;
        z = z * ((((p0 * z + p1) * z + p2) * z + p3) * z + p4) / (((((z + q0) * z + q1) * z + q2) * z + q3) * z + q4);
        return x * z + x;
    }

    /** atan of x >= 0, reduced to [0, 0.66]. */
    private static double satan(double x) {
        final double morebits = 6.123233995736765886130e-17;
        final double tan3pio8 = 2.41421356237309504880;
        if (x <= 0.66) {
            return xatan(x);
        }
        if (x > tan3pio8) {
            return PI_2 - xatan(1 / x) + morebits;
        }
        return PI_4 + xatan((x - 1) / (x + 1)) + 0.5 * morebits;
    }

    public static double atan(double x) {
        if (x == 0) {
            return x;
        }
        return x > 0 ? satan(x) : -satan(-x);
    }

    public static double asin(double x) {
        if (x == 0) {
            return x;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        if (x > 1) {
            return Double.NaN;
        }
        double temp = Math.sqrt(1 - x * x);
        if (x > 0.7) {
            temp = PI_2 - satan(temp / x);
        } else {
            temp = satan(x / temp);
        }
        return sign ? -temp : temp;
    }

    public static double acos(double x) {
        return PI_2 - asin(x);
    }

    public static double atan2(double y, double x) {
        if (Double.isNaN(y) || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (y == 0) {
            if (x >= 0 && Double.doubleToRawLongBits(x) >= 0) {
                return Math.copySign(0, y);
            }
            return Math.copySign(PI, y);
        }
        if (x == 0) {
            return Math.copySign(PI_2, y);
        }
        if (Double.isInfinite(x)) {
            if (x > 0) {
                return Double.isInfinite(y) ? Math.copySign(PI_4, y) : Math.copySign(0, y);
            }
            return Double.isInfinite(y) ? Math.copySign(THREE_PI_4, y) : Math.copySign(PI, y);
        }
        if (Double.isInfinite(y)) {
            return Math.copySign(PI_2, y);
        }
        double q = atan(y / x);
        if (x < 0) {
            return q <= 0 ? q + PI : q - PI;
        }
        return q;
    }

    // ---------------------------------------------------------------- hyperbolic functions, cube root

    public static double sinh(double x) {
        final double p0 = -0.6307673640497716991184787251e+6;
        final double p1 = -0.8991272022039509355398013511e+5;
        final double p2 = -0.2894211355989563807284660366e+4;
        final double p3 = -0.2630563213397497062819489e+2;
        final double q0 = -0.6307673640497716991212077277e+6;
        final double q1 = 0.1521517378790019070696485176e+5;
        final double q2 = -0.173678953558233699533450911e+3;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double temp;
        if (x > 21) {
            temp = exp(x) * 0.5;
        } else if (x > 0.5) {
            double ex = exp(x);
            temp = (ex - 1 / ex) * 0.5;
        } else {
            double sq = x * x;
            temp = (((p3 * sq + p2) * sq + p1) * sq + p0) * x;
            temp = temp / (((sq + q2) * sq + q1) * sq + q0);
        }
        return sign ? -temp : temp;
    }

    public static double cosh(double x) {
        x = Math.abs(x);
        if (x > 21) {
            return exp(x) * 0.5;
        }
        double ex = exp(x);
        return (ex + 1 / ex) * 0.5;
    }

    public static double tanh(double x) {
        final double maxlog = 8.8029691931113054295988e+01;
        final double p0 = -9.64399179425052238628e-1;
        final double p1 = -9.92877231001918586564e1;
        final double p2 = -1.61468768441708447952e3;
        final double q0 = 1.12811678491632931402e2;
        final double q1 = 2.23548839060100448583e3;
        final double q2 = 4.84406305325125486048e3;
        double z = Math.abs(x);
        if (z > 0.5 * maxlog) {
            return x < 0 ? -1 : 1;
        }
        if (z >= 0.625) {
            double s = exp(2 * z);
            z = 1 - 2 / (s + 1);
            return x < 0 ? -z : z;
        }
        if (x == 0) {
            return x;
        }
        double s = x * x;
        return x + x * s * ((p0 * s + p1) * s + p2) / (((s + q0) * s + q1) * s + q2);
    }

    public static double cbrt(double x) {
        final long b1 = 715094163;
        final long b2 = 696219795;
        final double c = 5.42857142857142815906e-01;
        final double d = -7.05306122448979611050e-01;
        final double e = 1.41428571428571436819e+00;
        final double f = 1.60714285714285720630e+00;
        final double g = 3.57142857142857150787e-01;
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        // A first approximation from the exponent bits, then one Newton-like step and one exact correction.
        double t = Double.longBitsToDouble(Long.divideUnsigned(Double.doubleToRawLongBits(x), 3) + (b1 << 32));
        if (x < Double.MIN_NORMAL) {
            t = (double) (1L << 54);
            t *= x;
            t = Double.longBitsToDouble(Long.divideUnsigned(Double.doubleToRawLongBits(t), 3) + (b2 << 32));
        }
        double r = t * t / x;
        double s = c + r * t;
        t *= g + f / (s + e + d / s);
        t = Double.longBitsToDouble((Double.doubleToRawLongBits(t) & (0xFFFFFFFFCL << 28)) + (1L << 30));
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return sign ? -t : t;
    }
}
