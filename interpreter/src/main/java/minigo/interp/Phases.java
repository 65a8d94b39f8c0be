package minigo.interp;

/**
 * Where a run's time goes, for whoever works on start-up: with {@code MINIGO_PHASES=1} in the
 * environment, each phase's end is reported on stderr with the milliseconds since the JVM started
 * ({@code minigo: phase frontend 412 ms}). Off, a mark is one static read.
 */
public final class Phases {
    private Phases() {}

    private static final boolean ON = System.getenv("MINIGO_PHASES") != null;

    public static void mark(String phase) {
        if (ON) report(phase);
    }

    private static void report(String phase) {
        long ms = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        System.err.println("minigo: phase " + phase + " " + ms + " ms");
    }
}
