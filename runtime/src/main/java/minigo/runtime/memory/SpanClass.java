package minigo.runtime.memory;

/**
 * A span class: a size class and whether its objects hold pointers, packed
 * into one int as {@code sizeclass << 1 | noscan}, as Go packs it.
 *
 * <p>Spans whose objects hold no pointers ("noscan") are kept apart from the
 * others so that the collector never has to scan them; so every size class
 * has two span classes, and an mcache caches one span of each.
 */
public final class SpanClass {
    private SpanClass() {}

    /** Number of span classes: two per size class. */
    public static final int NUM_SPAN_CLASSES = SizeClasses.NUM_SIZE_CLASSES << 1;

    /** The size class of the tiny allocator's 16-byte blocks. */
    public static final int TINY_SIZE_CLASS = 2;

    /** Tiny blocks never hold pointers: the tiny allocator only takes noscan objects. */
    public static final int TINY_SPAN_CLASS = make(TINY_SIZE_CLASS, true);

    public static int make(int sizeClass, boolean noscan) {
        return sizeClass << 1 | (noscan ? 1 : 0);
    }

    public static int sizeClass(int spanClass) {
        return spanClass >>> 1;
    }

    public static boolean noscan(int spanClass) {
        return (spanClass & 1) != 0;
    }

    /** Go's spelling, e.g. {@code 5-noscan}: handy in assertion messages and debug dumps. */
    public static String toString(int spanClass) {
        return sizeClass(spanClass) + (noscan(spanClass) ? "-noscan" : "");
    }
}
