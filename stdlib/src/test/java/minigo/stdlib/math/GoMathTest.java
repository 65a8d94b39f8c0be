package minigo.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** Replays mathtable.txt (Go 1.19's math on amd64, src/test/go/regen.sh): results must match bit for bit. */
class GoMathTest {
    @Test
    void matchesGoBitForBit() throws Exception {
        String[] names = {"Pow", "Exp", "Log", "Log10", "Log2", "Sin", "Cos", "Tan", "Atan", "Atan2", "Hypot", "Cbrt",
            "Sinh", "Cosh", "Tanh", "Asin", "Acos"};
        DoubleBinaryOperator[] fs = {
            GoMath::pow, (x, y) -> GoMath.exp(x), (x, y) -> GoMath.log(Math.abs(x)), (x, y) -> GoMath.log10(Math.abs(x)),
            (x, y) -> GoMath.log2(Math.abs(x)), (x, y) -> GoMath.sin(x), (x, y) -> GoMath.cos(x), (x, y) -> GoMath.tan(x),
            (x, y) -> GoMath.atan(x), (x, y) -> GoMath.atan2(y, x), GoMath::hypot, (x, y) -> GoMath.cbrt(x),
            (x, y) -> GoMath.sinh(x), (x, y) -> GoMath.cosh(x), (x, y) -> GoMath.tanh(x), (x, y) -> GoMath.asin(x / 1000),
            (x, y) -> GoMath.acos(x / 1000),
        };
        List<String> failures = new ArrayList<>();
        int[] counts = new int[names.length];
        try (var in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/minigo/stdlib/math/mathtable.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(" ");
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
                double y = Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16));
                for (int k = 0; k < names.length; k++) {
                    long want = Long.parseUnsignedLong(f[k + 2], 16);
                    double got = fs[k].applyAsDouble(x, y);
                    boolean same = Double.doubleToRawLongBits(got) == want
                            || Double.isNaN(got) && Double.isNaN(Double.longBitsToDouble(want));
                    if (!same) {
                        counts[k]++;
                        if (failures.size() < 20) {
                            failures.add(names[k] + "(" + x + ", " + y + ") = " + got + " want "
                                    + Double.longBitsToDouble(want));
                        }
                    }
                }
            }
        }
        StringBuilder summary = new StringBuilder();
        for (int k = 0; k < names.length; k++) {
            if (counts[k] > 0) {
                summary.append(names[k]).append(':').append(counts[k]).append(' ');
            }
        }
        assertEquals("", summary.toString(), String.join("\n", failures));
    }

    @Test
    void fourOverPiExpansion() {
        assertEquals(1L, GoMath.FOUR_OVER_PI_BITS[0]);
        assertEquals(0x45f306dc9c882a53L, GoMath.FOUR_OVER_PI_BITS[1]);
        assertEquals(0xf84eafa3ea69bb81L, GoMath.FOUR_OVER_PI_BITS[2]);
    }
}
