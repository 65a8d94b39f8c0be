package minigo.stdlib.math;

import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.stdlib.Args;

/**
 * math's natives. The exact operations (Sqrt, Floor, Mod, bit conversions, ...) give Go's results;
 * the transcendental functions are {@link GoMath}'s ports of Go's algorithms, except Expm1 and Log1p
 * (fdlibm, the same algorithm as Go's) and the rarely used Asinh, Acosh, Atanh, Erf, Erfc, Gamma
 * (TODO(stdlib): Go's algorithms; these may differ in the last bits).
 */
public final class MathNatives implements NativeProvider {
    private interface D1 {
        double f(double x);
    }

    private interface D2 {
        double f(double x, double y);
    }

    private static void d1(NativeRegistry r, String name, D1 f) {
        r.register("math." + name, a -> f.f(Args.f(a[0])));
    }

    private static void d2(NativeRegistry r, String name, D2 f) {
        r.register("math." + name, a -> f.f(Args.f(a[0]), Args.f(a[1])));
    }

    @Override
    public void register(NativeRegistry r) {
        // math/bits: the 64-bit primitives, as the JDK's intrinsics
        r.register("math/bits.LeadingZeros64", a -> (long) Long.numberOfLeadingZeros(Args.i(a[0])));
        r.register("math/bits.TrailingZeros64", a -> (long) Long.numberOfTrailingZeros(Args.i(a[0])));
        r.register("math/bits.OnesCount64", a -> (long) Long.bitCount(Args.i(a[0])));
        r.register("math/bits.Reverse64", a -> Long.reverse(Args.i(a[0])));
        r.register("math/bits.ReverseBytes64", a -> Long.reverseBytes(Args.i(a[0])));
        r.register("math/bits.mulHigh", a -> Math.unsignedMultiplyHigh(Args.i(a[0]), Args.i(a[1])));
        r.register("math/bits.overflowPanic", a -> {
            throw minigo.interp.values.GoPanic.of(minigo.interp.values.ErrorString.OVERFLOW);
        });
        r.register("math.Float64bits", a -> Double.doubleToRawLongBits(Args.f(a[0])));
        r.register("math.Float64frombits", a -> Double.longBitsToDouble(Args.i(a[0])));
        r.register("math.Float32bits", a -> (long) Float.floatToRawIntBits((float) Args.f(a[0])) & 0xFFFFFFFFL);
        r.register("math.Float32frombits", a -> (double) Float.intBitsToFloat((int) Args.i(a[0])));

        d1(r, "Sqrt", Math::sqrt);
        d1(r, "Floor", Math::floor);
        d1(r, "Ceil", Math::ceil);
        d1(r, "Trunc", MathNatives::trunc);
        d1(r, "Round", MathNatives::round);
        d1(r, "RoundToEven", Math::rint);
        d2(r, "Mod", MathNatives::mod);
        d2(r, "Remainder", Math::IEEEremainder);
        r.register("math.Modf", a -> {
            double f = Args.f(a[0]);
            if (f < 1) {
                if (f < 0) {
                    double i = -trunc(-f);
                    return new Object[] {i, f - i == 0 ? Math.copySign(0, f) : f - i};
                }
                if (f == 0) {
                    return new Object[] {f, f};
                }
                return new Object[] {0.0, f};
            }
            if (Double.isInfinite(f)) {
                return new Object[] {f, Double.NaN};
            }
            double i = trunc(f);
            return new Object[] {i, f - i};
        });
        r.register("math.Frexp", a -> {
            double f = Args.f(a[0]);
            if (f == 0 || Double.isNaN(f) || Double.isInfinite(f)) {
                return new Object[] {f, 0L};
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
            return new Object[] {Double.longBitsToDouble(bits), (long) e};
        });
        r.register("math.Ldexp", a -> Math.scalb(Args.f(a[0]), (int) Math.max(Math.min(Args.i(a[1]), 10000), -10000)));
        r.register("math.FMA", a -> Math.fma(Args.f(a[0]), Args.f(a[1]), Args.f(a[2])));
        d2(r, "Nextafter", (x, y) -> Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : x == y ? x : Math.nextAfter(x, y));
        r.register("math.Nextafter32", a -> {
            float x = (float) Args.f(a[0]);
            float y = (float) Args.f(a[1]);
            return Float.isNaN(x) || Float.isNaN(y) ? Double.NaN : x == y ? (double) x : (double) Math.nextAfter(x, y);
        });
        r.register("math.Ilogb", a -> {
            double x = Args.f(a[0]);
            if (x == 0) {
                return (long) Integer.MIN_VALUE;
            }
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                return (long) Integer.MAX_VALUE;
            }
            return (long) exponent(x);
        });
        d1(r, "Logb", x -> x == 0 ? Double.NEGATIVE_INFINITY : Double.isInfinite(x) ? Double.POSITIVE_INFINITY
                : Double.isNaN(x) ? x : exponent(x));

        d2(r, "Pow", GoMath::pow);
        r.register("math.Pow10", a -> {
            long n = Args.i(a[0]);
            if (n < -323) {
                return 0.0;
            }
            if (n > 308) {
                return Double.POSITIVE_INFINITY;
            }
            return Double.parseDouble("1e" + n);
        });
        d1(r, "Exp", GoMath::exp);
        d1(r, "Exp2", x -> GoMath.pow(2, x)); // TODO(stdlib): Go's exp2 kernel
        d1(r, "Expm1", StrictMath::expm1);
        d1(r, "Log", GoMath::log);
        d1(r, "Log10", GoMath::log10);
        d1(r, "Log2", GoMath::log2);
        d1(r, "Log1p", StrictMath::log1p);
        d2(r, "Hypot", GoMath::hypot);
        d1(r, "Cbrt", GoMath::cbrt);
        d1(r, "Sin", GoMath::sin);
        d1(r, "Cos", GoMath::cos);
        d1(r, "Tan", GoMath::tan);
        r.register("math.Sincos", a -> new Object[] {GoMath.sin(Args.f(a[0])), GoMath.cos(Args.f(a[0]))});
        d1(r, "Asin", GoMath::asin);
        d1(r, "Acos", GoMath::acos);
        d1(r, "Atan", GoMath::atan);
        d2(r, "Atan2", GoMath::atan2);
        d1(r, "Sinh", GoMath::sinh);
        d1(r, "Cosh", GoMath::cosh);
        d1(r, "Tanh", GoMath::tanh);
        d1(r, "Asinh", x -> Double.isInfinite(x) || x == 0 ? x : Math.copySign(StrictMath.log(Math.abs(x) + StrictMath.sqrt(x * x + 1)), x));
        d1(r, "Acosh", x -> x < 1 ? Double.NaN : StrictMath.log(x + StrictMath.sqrt(x * x - 1)));
        d1(r, "Atanh", x -> x < -1 || x > 1 ? Double.NaN : 0.5 * StrictMath.log1p(2 * x / (1 - x)));
        d1(r, "Erf", MathNatives::erf);
        d1(r, "Erfc", x -> 1 - erf(x));
        d1(r, "Gamma", MathNatives::gamma);
    }

    /** The binary exponent of a finite non-zero x, subnormals included. */
    private static int exponent(double x) {
        if (Math.abs(x) < Double.MIN_NORMAL) {
            return Math.getExponent(x * 0x1p52) - 52;
        }
        return Math.getExponent(x);
    }

    static double trunc(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /** Half away from zero (Go's Round). */
    static double round(double x) {
        double t = trunc(x);
        if (Math.abs(x - t) >= 0.5) {
            return t + Math.copySign(1.0, x);
        }
        return t;
    }

    /** Go's Mod: the result has the sign of x (Java's % on doubles is the same IEEE fmod). */
    static double mod(double x, double y) {
        if (y == 0 || Double.isInfinite(x) || Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        return x % y;
    }

    private static double erf(double x) {
        // Abramowitz-Stegun 7.1.26 refined by series: adequate until Go's algorithm is ported.
        double t = 1 / (1 + 0.5 * Math.abs(x));
        double y = 1 - t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? y : -y;
    }

    private static double gamma(double x) {
        if (x == Math.rint(x) && x > 0 && x < 171) {
            double r = 1;
            for (int i = 2; i < x; i++) {
                r *= i;
            }
            return r;
        }
        if (x < 0.5) {
            return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        }
        x -= 1;
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61503916999185, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            a += g[i] / (x + i);
        }
        return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
    }
}
