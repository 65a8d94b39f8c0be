package minigo.stdlib.strconv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replays the ParseFloat lines of parse.tsv, recorded from Go 1.19 (src/test/go/regen.sh). */
class FloatParseTest {
    @Test
    void matchesGo() throws Exception {
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (var in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/minigo/stdlib/strconv/parse.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (!f[0].equals("F")) {
                    continue;
                }
                String input = f[1].substring(1, f[1].length() - 1);
                int bits = Integer.parseInt(f[2]);
                long want = Long.parseUnsignedLong(f[3], 16);
                int wantStatus = f[4].equals("<nil>") ? FloatParse.OK
                        : f[4].endsWith("invalid syntax") ? FloatParse.SYNTAX : FloatParse.RANGE;
                FloatParse.Result r = FloatParse.parse(input, bits);
                double got = r.status() == FloatParse.SYNTAX ? 0 : r.value();
                long gotBits = Double.doubleToRawLongBits(got);
                if (Double.isNaN(got) && Double.isNaN(Double.longBitsToDouble(want))) {
                    gotBits = want;
                }
                n++;
                if (gotBits != want || r.status() != wantStatus) {
                    failures.add(line + "\tgot " + Long.toHexString(gotBits) + " status " + r.status());
                }
            }
        }
        assertTrue(n > 100);
        assertEquals(List.of(), failures);
    }
}
