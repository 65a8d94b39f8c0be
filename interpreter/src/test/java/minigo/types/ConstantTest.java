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
}
