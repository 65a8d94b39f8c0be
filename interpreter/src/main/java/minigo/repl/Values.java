package minigo.repl;

import java.util.List;
import minigo.interp.values.GoString;
import minigo.interp.values.GoStruct;

/** Java-side views of Go values: the fallback printer (no fmt on the class path) and MemStats. */
final class Values {
    private Values() {}

    /** A value as println would show the basic kinds; others by their Java description. */
    static String plain(Object v) {
        if (v == null) return "<nil>";
        if (v instanceof GoString s) return s.toJava();
        if (v instanceof Double d) return shortestFloat(d);
        return String.valueOf(v);
    }

    /** A float64 as %v prints it: the shortest decimal that reads back, exponent form outside [1e-4, 1e21). */
    static String shortestFloat(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "+Inf" : "-Inf";
        if (d == 0) return (1 / d < 0) ? "-0" : "0";
        java.math.BigDecimal b = new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exp = b.precision() - b.scale() - 1;
        if (exp < -4 || exp >= 21) {
            String digits = b.unscaledValue().abs().toString();
            String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            return (d < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        return b.toPlainString();
    }

    /** The MemStats fields a person reads first, in Go's order, with their meaning. */
    static final List<String[]> MAIN_FIELDS = List.of(
            new String[] {"Alloc", "bytes of allocated heap objects"},
            new String[] {"TotalAlloc", "cumulative bytes allocated"},
            new String[] {"Sys", "bytes obtained from the OS"},
            new String[] {"Mallocs", "heap objects allocated"},
            new String[] {"Frees", "heap objects freed"},
            new String[] {"HeapAlloc", "bytes of allocated heap objects"},
            new String[] {"HeapSys", "heap bytes obtained from the OS"},
            new String[] {"HeapIdle", "bytes in idle spans"},
            new String[] {"HeapInuse", "bytes in in-use spans"},
            new String[] {"HeapReleased", "bytes returned to the OS"},
            new String[] {"HeapObjects", "live heap objects"},
            new String[] {"StackInuse", "bytes in stack spans"},
            new String[] {"StackSys", "stack bytes obtained from the OS"},
            new String[] {"MSpanInuse", "bytes of mspan structures"},
            new String[] {"MCacheInuse", "bytes of mcache structures"},
            new String[] {"GCSys", "bytes of GC metadata"},
            new String[] {"NextGC", "heap size goal of the next cycle"},
            new String[] {"LastGC", "end of the last cycle (ns since 1970)"},
            new String[] {"PauseTotalNs", "cumulative stop-the-world pause"},
            new String[] {"NumGC", "completed cycles"},
            new String[] {"NumForcedGC", "cycles forced by runtime.GC"},
            new String[] {"GCCPUFraction", "fraction of CPU used by the GC"});

    /** A runtime.MemStats value (a GoStruct), the main fields one per line. */
    static String memStats(GoStruct m, minigo.types.Struct type) {
        StringBuilder sb = new StringBuilder();
        for (String[] f : MAIN_FIELDS) {
            int i = type.fieldIndex(f[0]);
            if (i < 0) continue;
            Object v = m.load(i);
            String shown;
            if (v instanceof Double d) {
                shown = String.format("%.6f", d);
            } else if (v instanceof Long l) {
                shown = Long.toUnsignedString(l);
                if (f[0].endsWith("Ns")) shown += " ns";
                else if (!f[0].startsWith("Num") && !f[0].equals("Mallocs") && !f[0].equals("Frees")
                        && !f[0].equals("HeapObjects") && !f[0].equals("LastGC")) shown += bytes(l);
            } else {
                shown = String.valueOf(v);
            }
            sb.append(String.format("%-14s %-22s // %s%n", f[0], shown, f[1]));
        }
        return sb.toString();
    }

    /** A byte count in binary units, for reading: " (1.5 MiB)". */
    static String bytes(long n) {
        if (n < 1024 && n >= 0) return "";
        double v = n;
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(" (%.1f %s)", v, units[u]);
    }
}
