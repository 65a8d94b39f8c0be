package minigo.interp.values;

/**
 * The run's source of Go-visible randomness (map iteration start, select's poll order): Go's
 * fastrand. One stream per run; {@link #setSeed} makes runs reproducible ({@code --seed}).
 * Goroutines run one at a time on the P, so a plain field suffices (the hand-off of the P orders
 * the accesses).
 */
public final class GoRandom {
    private static long state = System.nanoTime() ^ 0x5DEECE66DL;

    private GoRandom() {
    }

    public static void setSeed(long seed) {
        state = seed;
    }

    /** splitmix64: fast, and good enough for choosing where a loop starts. */
    public static long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound), bound &gt; 0. */
    public static int nextInt(int bound) {
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }
}
