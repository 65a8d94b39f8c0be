package minigo.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Exact constant arithmetic (go/constant semantics). */
class ConstantTest {
    private static Constant.Float f(String s) {
        return CheckBase.parseFloat(s);
    }

    @Test
    void floatsAreExactRationals() {
        Constant sum = Constant.binaryOp(f("0.1"), "+", f("0.2"), false);
        assertEquals(true, Constant.compare(sum, "==", f("0.3")));
        assertEquals(0.30000000000000004, 0.1 + 0.2);
        assertEquals(0.3, sum.float64Value());
    }

    @Test
    void integerDivisionTruncatesAndFloatDivisionDoesNot() {
        assertEquals(Constant.of(-3), Constant.binaryOp(Constant.of(-7), "/", Constant.of(2), true));
        assertEquals(Constant.of(-1), Constant.binaryOp(Constant.of(-7), "%", Constant.of(3), true));
        Constant q = Constant.binaryOp(Constant.of(7), "/", Constant.of(2), false);
        assertEquals(3.5, q.float64Value());
        assertNull(Constant.binaryOp(Constant.of(1), "/", Constant.of(0), true));
    }

    @Test
    void bigShiftsStayExact() {
        Constant big = Constant.shift(Constant.of(1), "<<", 100);
        assertEquals(BigInteger.ONE.shiftLeft(100), ((Constant.Int) big).value());
        assertEquals(Constant.of(4), Constant.shift(big, ">>", 98));
    }

    @Test
    void unsignedComplementStaysInWidth() {
        assertEquals(Constant.of(254), Constant.unaryOp("^", Constant.of(1), 8));
        assertEquals(Constant.of(-1), Constant.unaryOp("^", Constant.of(0), 0));
    }

    @Test
    void representability() {
        CheckBase.Fail[] why = new CheckBase.Fail[1];
        assertNull(CheckBase.representable(Constant.of(300), Basic.INT8, why));
        assertEquals(CheckBase.Fail.OVERFLOW, why[0]);
        assertNull(CheckBase.representable(f("1.5"), Basic.INT, why));
        assertEquals(CheckBase.Fail.TRUNCATED, why[0]);
        assertEquals(Constant.of(2), CheckBase.representable(f("2.0"), Basic.INT, why));
        // float32 rounding: 0.1 becomes the nearest float32
        Constant r = CheckBase.representable(f("0.1"), Basic.FLOAT32, why);
        assertEquals((double) 0.1f, r.float64Value());
        assertNull(CheckBase.representable(f("1e309"), Basic.FLOAT64, why));
    }

    @Test
    void literals() {
        assertEquals(BigInteger.valueOf(255), CheckBase.parseInt("0xff"));
        assertEquals(BigInteger.valueOf(15), CheckBase.parseInt("0o17"));
        assertEquals(BigInteger.valueOf(15), CheckBase.parseInt("017"));
        assertEquals(BigInteger.valueOf(5), CheckBase.parseInt("0b101"));
        assertEquals(BigInteger.valueOf(1000000), CheckBase.parseInt("1_000_000"));
        assertEquals(0.25, CheckBase.parseFloat("0x1p-2").float64Value());
        assertEquals(1.5, CheckBase.parseFloat("0x1.8p0").float64Value());
        assertEquals("a\n\u00e9", new String(CheckBase.unquote("a\\n\\u00e9", '"'), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(3, CheckBase.unquote("\\xff\\377a", '"').length);
    }

    @Test
    void formatsLikeGoConstant() {
        assertEquals("1e+100", Operand.constString(f("1e100")));
        assertEquals("1.5", Operand.constString(f("1.5")));
        assertEquals("0.1", Operand.constString(f("0.1")));
    }

    /**
     * Decimal literals become float64 and float32 values correctly rounded: the JDK's own parsers
     * (correctly rounded by their specification) are the reference, on halfway cases, subnormals,
     * the edges of each range and many random literals.
     */
    @Test
    void decimalLiteralsRoundToNearestEven() {
        String[] cases = {"0.1", "1e23", "8.98846567431158e307", "1.7976931348623157e308", "1.7976931348623158e308",
            "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.2250738585072011e-308",
            "2.2250738585072012e-308", "9007199254740993", "9007199254740995", "123456789012345678901234567890.5",
            "3.14159265358979323846264338327950288419716939937510582097494459", "1.401298464324817e-45",
            "7.006492321624085e-46", "3.4028235677973366e38", "3.4028235e38", "16777217", "0.000001", "1_000.000_1"};
        for (String c : cases) check(c);
        java.util.Random r = new java.util.Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int digits = 1 + r.nextInt(25);
            for (int d = 0; d < digits; d++) sb.append((char) ('0' + r.nextInt(10)));
            if (r.nextBoolean()) sb.insert(r.nextInt(sb.length() + 1), '.');
            if (sb.toString().equals(".")) sb.append('5');
            sb.append('e').append(r.nextInt(700) - 350);
            check(sb.toString());
        }
    }

    private static void check(String lit) {
        String plain = lit.replace("_", "");
        assertEquals(Double.parseDouble(plain), f(lit).float64Value(), lit);
        assertEquals(Float.parseFloat(plain), Constant.toFloat32(f(lit)), lit);
        double negated = f(lit).num().signum() == 0 ? 0.0 : -Double.parseDouble(plain); // (a Go constant has no -0)
        assertEquals(negated, Constant.toDouble(new Constant.Float(f(lit).num().negate(), f(lit).den())), lit);
    }

    @Test
    void overflowIsInfinite() {
        assertEquals(Double.POSITIVE_INFINITY, f("1.8e308").float64Value());
        assertEquals(Float.POSITIVE_INFINITY, Constant.toFloat32(f("3.5e38")));
        assertEquals(0.0, f("1e-400").float64Value());
    }

    /** A double's exact value converts back to the same double, subnormals and extremes included. */
    @Test
    void doublesRoundTripExactly() {
        double[] ds = {Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 0.1, -2.5, 1e-310, 123456.789};
        for (double d : ds) assertEquals(d, Constant.toDouble(Constant.ofDouble(d)));
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) continue;
            assertEquals(d, Constant.toDouble(Constant.ofDouble(d)), Double.toString(d));
        }
        assertEquals(new Constant.Float(BigInteger.ONE, BigInteger.TEN), f("0.1"));
        assertEquals(-7L, f("-7.9").int64Value());
    }
}
