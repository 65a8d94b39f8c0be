package minigo.stdlib.strconv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replays formatfloat.tsv, recorded from Go 1.19's strconv.FormatFloat (src/test/go/regen.sh). */
class FloatFormatTest {
    @Test
    void matchesGoTable() throws Exception {
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (var in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/minigo/stdlib/strconv/formatfloat.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                double v = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
                char fmt = f[1].charAt(0);
                int prec = Integer.parseInt(f[2]);
                int bits = Integer.parseInt(f[3]);
                String got = FloatFormat.format(v, fmt, prec, bits);
                n++;
                if (!got.equals(f[4]) && failures.size() < 30) {
                    failures.add(line + "\tgot " + got);
                }
            }
        }
        assertTrue(n > 10000, "table read");
        assertEquals(List.of(), failures);
    }

    @Test
    void oneDigitShortest() {
        assertEquals("5e-324", FloatFormat.format(Double.MIN_VALUE, 'g', -1, 64));
        assertEquals("1e-45", FloatFormat.format(Float.MIN_VALUE, 'g', -1, 32));
        assertEquals("1e+23", FloatFormat.format(1e23, 'g', -1, 64));
    }
}
