package minigo.runtime.gc;

/**
 * The GODEBUG=gctrace=1 line, byte for byte as Go 1.19's gcMarkTermination prints it:
 * <pre>
 * gc 3 @0.041s 2%: 0.011+1.2+0.020 ms clock, 0.045+0.10/1.1/2.3+0.081 ms cpu, 4-&gt;4-&gt;1 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 1 P (forced)
 * </pre>
 * gc N (the cycle number), @seconds since the program started, the percentage of CPU spent in
 * GC since start (GCCPUFraction truncated), wall clock of sweep termination + concurrent mark +
 * mark termination, CPU of sweep termination + assists/background workers/idle workers + mark
 * termination, heap (MB, truncated) at the start of the mark, at its end, and marked live; the
 * heap goal of the cycle; the stacks and globals the goal includes; GOMAXPROCS; "(forced)"
 * for runtime.GC().
 */
public final class GcTrace {
    private GcTrace() {}

    /** The numbers of one cycle, times in nanoseconds, sizes in bytes. */
    public record Cycle(int n, long startSinceInitNs, int cpuPercent,
                        long sweepTermClock, long markClock, long markTermClock,
                        long sweepTermCpu, long assistCpu, long bgCpu, long idleCpu, long markTermCpu,
                        long heap0, long heap1, long heap2, long goal, long stacks, long globals,
                        int procs, boolean forced) {
    }

    public static String line(Cycle c) {
        StringBuilder b = new StringBuilder(160);
        b.append("gc ").append(c.n).append(" @").append(itoaDiv(c.startSinceInitNs / 1_000_000, 3)).append("s ")
                .append(c.cpuPercent).append("%: ");
        b.append(fmtNSAsMS(c.sweepTermClock)).append('+').append(fmtNSAsMS(c.markClock)).append('+')
                .append(fmtNSAsMS(c.markTermClock)).append(" ms clock, ");
        b.append(fmtNSAsMS(c.sweepTermCpu)).append('+').append(fmtNSAsMS(c.assistCpu)).append('/')
                .append(fmtNSAsMS(c.bgCpu)).append('/').append(fmtNSAsMS(c.idleCpu)).append('+')
                .append(fmtNSAsMS(c.markTermCpu)).append(" ms cpu, ");
        b.append(c.heap0 >>> 20).append("->").append(c.heap1 >>> 20).append("->").append(c.heap2 >>> 20).append(" MB, ")
                .append(c.goal >>> 20).append(" MB goal, ")
                .append(c.stacks >>> 20).append(" MB stacks, ")
                .append(c.globals >>> 20).append(" MB globals, ")
                .append(c.procs).append(" P");
        if (c.forced) {
            b.append(" (forced)");
        }
        return b.toString();
    }

    /** {@code val} as a decimal with {@code dec} digits after the point (Go's itoaDiv); dec 0: no point. */
    static String itoaDiv(long val, int dec) {
        String digits = Long.toUnsignedString(val);
        if (dec == 0) {
            return digits;
        }
        if (digits.length() <= dec) {
            digits = "0".repeat(dec - digits.length() + 1) + digits;
        }
        return digits.substring(0, digits.length() - dec) + "." + digits.substring(digits.length() - dec);
    }

    /**
     * Nanoseconds as milliseconds with about two significant digits (Go's fmtNSAsMS): whole
     * milliseconds from 10 ms up, else microseconds shown with up to three decimals, 0 for
     * under a microsecond.
     */
    static String fmtNSAsMS(long ns) {
        if (ns < 0) {
            ns = 0;
        }
        if (ns >= 10_000_000L) {
            return itoaDiv(ns / 1_000_000, 0);
        }
        long x = ns / 1000;
        if (x == 0) {
            return "0";
        }
        int dec = 3;
        while (x >= 100) {
            x /= 10;
            dec--;
        }
        return itoaDiv(x, dec);
    }
}
