package minigo.stdlib.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import minigo.interp.values.GoArray;
import minigo.interp.values.GoComplex;
import minigo.interp.values.GoSlice;
import minigo.interp.values.GoString;
import minigo.interp.values.Iface;
import minigo.interp.values.Layout;
import minigo.interp.values.ValueKind;
import minigo.stdlib.TestEnv;
import minigo.types.Basic;
import minigo.types.Slice;
import minigo.types.Type;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replays fmtcases.tsv: Sprintf on basic operands, recorded from Go 1.19 (src/test/go/regen.sh). */
class FmtCasesTest {
    @BeforeEach
    void env() {
        TestEnv.install();
    }

    static Object operand(String spec) {
        int c = spec.indexOf(':');
        String kind = spec.substring(0, c);
        String text = spec.substring(c + 1);
        return switch (kind) {
            case "i" -> new Iface(Basic.INT, Long.parseLong(text));
            case "i8" -> new Iface(Basic.INT8, Long.parseLong(text));
            case "i16" -> new Iface(Basic.INT16, Long.parseLong(text));
            case "i32" -> new Iface(Basic.INT32, Long.parseLong(text));
            case "i64" -> new Iface(Basic.INT64, Long.parseLong(text));
            case "u" -> new Iface(Basic.UINT, Long.parseUnsignedLong(text));
            case "u8" -> new Iface(Basic.UINT8, Long.parseLong(text));
            case "u16" -> new Iface(Basic.UINT16, Long.parseLong(text));
            case "u32" -> new Iface(Basic.UINT32, Long.parseLong(text));
            case "u64" -> new Iface(Basic.UINT64, Long.parseUnsignedLong(text));
            case "uptr" -> new Iface(Basic.UINTPTR, Long.parseUnsignedLong(text));
            case "f64" -> new Iface(Basic.FLOAT64, parseFloat(text));
            case "f32" -> new Iface(Basic.FLOAT32, (double) (float) parseFloat(text));
            case "c128" -> {
                String[] p = text.split("/");
                yield new Iface(Basic.COMPLEX128, new GoComplex(parseFloat(p[0]), parseFloat(p[1])));
            }
            case "s" -> new Iface(Basic.STRING, GoString.wrap(HexFormat.of().parseHex(text)));
            case "bs" -> new Iface(new Slice(Basic.UINT8), GoSlice.of(GoArray.ofBytes(HexFormat.of().parseHex(text))));
            case "b" -> new Iface(Basic.BOOL, text.equals("true"));
            case "nil" -> null;
            default -> throw new IllegalArgumentException(spec);
        };
    }

    static double parseFloat(String s) {
        return switch (s) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    static GoSlice args(Object... a) {
        return GoSlice.of(GoArray.ofRefs(Layout.of(ValueKind.INTERFACE), a));
    }

    static String sprintf(String format, Object... a) {
        Printer p = new Printer(null);
        p.doPrintf(GoString.fromJava(format), args(a));
        return p.buffer().toString();
    }

    @Test
    void matchesGo() throws Exception {
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (var in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/minigo/stdlib/fmt/fmtcases.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                byte[] format = TestEnv.unquote(f[0]);
                String[] specs = f[1].split("\\|");
                Object[] ops = new Object[specs.length];
                for (int i = 0; i < specs.length; i++) {
                    ops[i] = operand(specs[i]);
                }
                byte[] want = TestEnv.unquote(f[2]);
                Printer p = new Printer(null);
                p.doPrintf(GoString.wrap(format), args(ops));
                byte[] got = p.buffer().toByteArray();
                n++;
                if (!java.util.Arrays.equals(got, want) && failures.size() < 40) {
                    failures.add(line + "   got " + new String(got, StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(n > 1000);
        assertEquals(List.of(), failures);
    }

    @Test
    void typeNames() {
        Type t = new Slice(Basic.UINT8);
        assertEquals("[]uint8", sprintf("%T", new Iface(t, null)));
        assertEquals("<nil>", sprintf("%T", (Object) null));
    }
}
