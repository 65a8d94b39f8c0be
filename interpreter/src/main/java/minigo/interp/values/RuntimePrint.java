package minigo.interp.values;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The formats of Go's print and println builtins (the runtime's own printer, which writes to
 * stderr): integers in decimal, floats always as {@code +d.dddddde+ddd}, complex as
 * {@code (re+imi)}, pointers and other references as hex addresses, strings as their raw bytes.
 * println separates operands by spaces and ends the line; print does neither.
 */
public final class RuntimePrint {
    private RuntimePrint() {
    }

    /**
     * A float as the runtime prints it: sign, one digit, '.', six digits, 'e', sign, three digits;
     * NaN and ±Inf by name. The digits come from Go's simple scaling loop (repeated multiply/divide
     * by 10, then adding half a unit in the last place), not from a correctly rounded conversion,
     * so they are computed the same way here to print the same digits.
     */
    public static String formatFloat(double v) {
        if (v != v) {
            return "NaN";
        }
        if (v + v == v && v > 0) {
            return "+Inf";
        }
        if (v + v == v && v < 0) {
            return "-Inf";
        }
        final int digits = 7;
        char[] buf = new char[digits + 7];
        buf[0] = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) {
                buf[0] = '-';
            }
        } else {
            if (v < 0) {
                v = -v;
                buf[0] = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < digits; i++) {
                h /= 10;
            }
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        for (int i = 0; i < digits; i++) {
            int s = (int) v;
            buf[i + 2] = (char) (s + '0');
            v -= s;
            v *= 10;
        }
        buf[1] = buf[2];
        buf[2] = '.';
        buf[digits + 2] = 'e';
        buf[digits + 3] = '+';
        if (e < 0) {
            e = -e;
            buf[digits + 3] = '-';
        }
        buf[digits + 4] = (char) (e / 100 + '0');
        buf[digits + 5] = (char) (e / 10 % 10 + '0');
        buf[digits + 6] = (char) (e % 10 + '0');
        return new String(buf);
    }

    public static String formatComplex(GoComplex c) {
        return "(" + formatFloat(c.re) + formatFloat(c.im) + "i)";
    }

    /** A pointer or other reference as the runtime prints it: 0x followed by lower-case hex. */
    public static String formatPointer(long addr) {
        return "0x" + Long.toHexString(addr);
    }

    /**
     * Appends one operand of static layout l to out. Interface operands print as
     * {@code (typeaddr,dataaddr)} in Go; we have no type descriptor addresses, so the type half is
     * the interpreter's business: here an interface prints as (0x0,0x0) for nil, else with the
     * value's address.
     */
    public static void append(ByteArrayOutputStream out, Layout l, Object v) {
        String s;
        switch (l.kind) {
            case BOOL -> s = (Boolean) v ? "true" : "false";
            case INT8, INT16, INT32, INT64 -> s = Long.toString((Long) v);
            case UINT8, UINT16, UINT32, UINT64 -> s = Long.toUnsignedString((Long) v);
            case FLOAT32, FLOAT64 -> s = formatFloat((Double) v);
            case COMPLEX64, COMPLEX128 -> s = formatComplex((GoComplex) v);
            case STRING -> {
                GoString g = (GoString) v;
                byte[] b = new byte[g.length()];
                g.copyTo(0, b, 0, b.length);
                out.writeBytes(b);
                return;
            }
            case SLICE -> {
                GoSlice sl = (GoSlice) v;
                s = "[" + GoSlice.len(sl) + "/" + GoSlice.cap(sl) + "]" + formatPointer(sl == null ? 0 : addressOf(sl.array));
            }
            case INTERFACE -> {
                Iface i = (Iface) v;
                s = i == null ? "(0x0,0x0)" : "(" + formatPointer(0) + "," + formatPointer(addressOf(i.value)) + ")";
            }
            default -> s = formatPointer(addressOf(v));
        }
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Formats a whole print (ln=false) or println (ln=true) call. */
    public static byte[] format(boolean ln, Layout[] layouts, Object[] values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < values.length; i++) {
            if (ln && i > 0) {
                out.write(' ');
            }
            append(out, layouts[i], values[i]);
        }
        if (ln) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** The simulated address of a reference value, or a stand-in for objects not on the heap. */
    public static long addressOf(Object v) {
        if (v == null) {
            return 0;
        }
        long a = switch (v) {
            case Pointer p -> p.address();
            case GoStruct s -> s.addr;
            case GoArray arr -> arr.addr;
            case GoMap m -> m.addr;
            case GoFunc f -> f.addr;
            case GoString g -> g.addr;
            default -> 0;
        };
        // Not (yet) on the simulated heap: print something address-like and stable for the object.
        return a != 0 ? a : 0xc000000000L + ((System.identityHashCode(v) & 0xFFFFFFL) << 3);
    }
}
