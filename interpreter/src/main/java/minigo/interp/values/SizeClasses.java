package minigo.interp.values;

/**
 * Go 1.19's malloc size classes (amd64), used here only to round allocation sizes up as the
 * allocator will: growslice and []byte(s) choose capacities that fill the whole size class. The
 * runtime module owns the full table (spans, objects per span); this copy of the class sizes
 * exists so that values need not depend on it, and a test keeps the two in step when it lands.
 */
public final class SizeClasses {
    /** Class sizes in bytes; class 0 is "large object". */
    static final int[] CLASS_SIZE = {
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
        288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
        1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
        6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
        20480, 21760, 24576, 27264, 28672, 32768,
    };
    public static final int MAX_SMALL_SIZE = 32768;
    public static final long PAGE_SIZE = 8192;

    private SizeClasses() {
    }

    /** The size of the memory block mallocgc returns for a request of {@code size} bytes. */
    public static long roundupsize(long size) {
        if (size <= MAX_SMALL_SIZE) {
            if (size <= 0) {
                return 0;
            }
            int lo = 1;
            int hi = CLASS_SIZE.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (CLASS_SIZE[mid] < size) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return CLASS_SIZE[lo];
        }
        // Large objects get whole pages.
        if (size + PAGE_SIZE < size) {
            return size;
        }
        return (size + PAGE_SIZE - 1) & -PAGE_SIZE;
    }
}
