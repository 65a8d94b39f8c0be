package minigo.runtime.gc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The collector's settings from the environment, read once at start-up as Go's runtime reads
 * them (readGOGC, readGOMEMLIMIT, parsedebugvars).
 *
 * <table>
 *   <caption>What Go 1.19 does with each value, and what we do</caption>
 *   <tr><th>variable</th><th>value</th><th>Go 1.19</th><th>minigo</th></tr>
 *   <tr><td>GOGC</td><td>off</td><td>-1: no heap-triggered cycles</td><td>same</td></tr>
 *   <tr><td>GOGC</td><td>integer (negative = off)</td><td>that percentage</td><td>same</td></tr>
 *   <tr><td>GOGC</td><td>anything else (abc, empty)</td><td>100, silently</td><td>100, and a warning line on stderr
 *       ({@code minigo: GOGC=abc: not an integer or "off"; using GOGC=100}): the behaviour stays Go's,
 *       the mistake is not hidden</td></tr>
 *   <tr><td>GOMEMLIMIT</td><td>empty, off</td><td>no limit (MaxInt64)</td><td>same</td></tr>
 *   <tr><td>GOMEMLIMIT</td><td>N, NB, NKiB, NMiB, NGiB, NTiB</td><td>that many bytes</td><td>same</td></tr>
 *   <tr><td>GOMEMLIMIT</td><td>anything else (xyz, -1, 16MB)</td><td>{@code GOMEMLIMIT=xyz} then
 *       {@code fatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`}, exit 2</td><td>same
 *       ({@link #fatal()} holds the two lines)</td></tr>
 *   <tr><td>GODEBUG</td><td>gctrace, gccheckmark, gcstoptheworld, clobberfree, gcpacertrace</td><td>integers</td><td>same</td></tr>
 *   <tr><td>GODEBUG</td><td>unknown key or bad number</td><td>ignored silently</td><td>ignored, with a warning line for a
 *       GC key whose value is not a number</td></tr>
 * </table>
 */
public final class GcSettings {
    /** The GOGC percentage; negative: off. */
    public int gcPercent = 100;
    /** The soft memory limit in bytes; Long.MAX_VALUE: none. */
    public long memoryLimit = Long.MAX_VALUE;
    public int gctrace;
    public int gccheckmark;
    /** 1: stop the world for the whole mark phase; 2: for the sweep too. */
    public int gcstoptheworld;
    public int clobberfree;
    public int gcpacertrace;
    /** Lines to print on stderr at start-up (reported, not fatal). */
    public final List<String> warnings = new ArrayList<>();
    /** Non-null when the settings are fatal: the lines to print on stderr before exiting with status 2. */
    private String fatal;

    public String fatal() {
        return fatal;
    }

    /** Reads GOGC, GOMEMLIMIT and GODEBUG from {@code env}. */
    public static GcSettings fromEnv(Map<String, String> env) {
        GcSettings s = new GcSettings();
        String gogc = env.get("GOGC");
        if (gogc != null) {
            if (gogc.equals("off")) {
                s.gcPercent = -1;
            } else {
                Long n = atoi(gogc);
                if (n == null || n != (int) (long) n) {
                    s.warnings.add("minigo: GOGC=" + gogc + ": not an integer or \"off\"; using GOGC=100");
                } else {
                    s.gcPercent = n < 0 ? -1 : (int) (long) n;
                }
            }
        }
        String lim = env.get("GOMEMLIMIT");
        if (lim != null && !lim.isEmpty() && !lim.equals("off")) {
            long n = parseByteCount(lim);
            if (n < 0) {
                s.fatal = "GOMEMLIMIT=" + lim + "\nfatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`";
            } else {
                s.memoryLimit = n;
            }
        }
        String dbg = env.get("GODEBUG");
        if (dbg != null) {
            for (String kv : dbg.split(",")) {
                int eq = kv.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String k = kv.substring(0, eq);
                String v = kv.substring(eq + 1);
                if (!List.of("gctrace", "gccheckmark", "gcstoptheworld", "clobberfree", "gcpacertrace").contains(k)) {
                    continue;
                }
                Long n = atoi(v);
                if (n == null || n != (int) (long) n) {
                    s.warnings.add("minigo: GODEBUG: " + k + "=" + v + ": not an integer; ignored");
                    continue;
                }
                int iv = (int) (long) n;
                switch (k) {
                    case "gctrace" -> s.gctrace = iv;
                    case "gccheckmark" -> s.gccheckmark = iv;
                    case "gcstoptheworld" -> s.gcstoptheworld = iv;
                    case "clobberfree" -> s.clobberfree = iv;
                    default -> s.gcpacertrace = iv;
                }
            }
        }
        return s;
    }

    /** Go's runtime atoi64: an optional '-', then decimal digits only, no overflow; null if malformed. */
    static Long atoi(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean neg = false;
        int i = 0;
        if (s.charAt(0) == '-') {
            neg = true;
            i = 1;
            if (s.length() == 1) {
                return null;
            }
        }
        long n = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            if (n > (Long.MAX_VALUE - (c - '0')) / 10) {
                return null;
            }
            n = n * 10 + (c - '0');
        }
        return neg ? -n : n;
    }

    /**
     * Go's parseByteCount: a non-negative integer with an optional B suffix or a KiB, MiB, GiB or
     * TiB suffix; returns -1 when malformed (there are no SI suffixes: 16MB is malformed).
     */
    public static long parseByteCount(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        char last = s.charAt(s.length() - 1);
        if (last >= '0' && last <= '9') {
            Long n = atoi(s);
            return n == null || n < 0 ? -1 : n;
        }
        if (last != 'B' || s.length() < 2) {
            return -1;
        }
        char c = s.charAt(s.length() - 2);
        if (c >= '0' && c <= '9') {
            Long n = atoi(s.substring(0, s.length() - 1));
            return n == null || n < 0 ? -1 : n;
        }
        if (c != 'i' || s.length() < 4) {
            return -1;
        }
        int power = switch (s.charAt(s.length() - 3)) {
            case 'K' -> 1;
            case 'M' -> 2;
            case 'G' -> 3;
            case 'T' -> 4;
            default -> -1;
        };
        if (power < 0) {
            return -1;
        }
        Long n = atoi(s.substring(0, s.length() - 3));
        if (n == null || n < 0) {
            return -1;
        }
        long m = 1L << (10 * power);
        if (n > Long.MAX_VALUE / m) {
            return -1;
        }
        return n * m;
    }
}
