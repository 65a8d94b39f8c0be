package minigo.interp.values;

/**
 * A complex64 or complex128 value: immutable (re, im). complex64 parts are kept rounded to float32
 * by the operations that produce them ({@link #toComplex64}).
 */
public final class GoComplex {
    public static final GoComplex ZERO = new GoComplex(0, 0);

    public final double re;
    public final double im;

    public GoComplex(double re, double im) {
        this.re = re;
        this.im = im;
    }

    public GoComplex toComplex64() {
        return new GoComplex((float) re, (float) im);
    }

    public GoComplex add(GoComplex o) {
        return new GoComplex(re + o.re, im + o.im);
    }

    public GoComplex sub(GoComplex o) {
        return new GoComplex(re - o.re, im - o.im);
    }

    public GoComplex mul(GoComplex o) {
        return new GoComplex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    public GoComplex neg() {
        return new GoComplex(-re, -im);
    }

    /**
     * Division as Go's runtime does it: Smith's scaling (divide by the larger part of the divisor
     * first, to avoid overflow), then C99 Annex G's fix-ups when both parts came out NaN.
     */
    public GoComplex div(GoComplex m) {
        double a = re;
        double b = im;
        double c = m.re;
        double d = m.im;
        double e;
        double f;
        if (Math.abs(c) >= Math.abs(d)) {
            double ratio = d / c;
            double denom = c + ratio * d;
            e = (a + b * ratio) / denom;
            f = (b - a * ratio) / denom;
        } else {
            double ratio = c / d;
            double denom = d + ratio * c;
            e = (a * ratio + b) / denom;
            f = (b * ratio - a) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            double inf = Double.POSITIVE_INFINITY;
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                e = Math.copySign(inf, c) * a;
                f = Math.copySign(inf, c) * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
                a = Math.copySign(Double.isInfinite(a) ? 1 : 0, a);
                b = Math.copySign(Double.isInfinite(b) ? 1 : 0, b);
                e = inf * (a * c + b * d);
                f = inf * (b * c - a * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
                c = Math.copySign(Double.isInfinite(c) ? 1 : 0, c);
                d = Math.copySign(Double.isInfinite(d) ? 1 : 0, d);
                e = 0 * (a * c + b * d);
                f = 0 * (b * c - a * d);
            }
        }
        return new GoComplex(e, f);
    }

    public boolean goEquals(GoComplex o) {
        return re == o.re && im == o.im;
    }

    public int goHash() {
        return Equality.hashDouble(re) * 31 + Equality.hashDouble(im);
    }

    @Override
    public String toString() {
        return "(" + re + "+" + im + "i)";
    }
}
