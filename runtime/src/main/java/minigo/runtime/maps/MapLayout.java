package minigo.runtime.maps;

import minigo.runtime.memory.Malloc;

/**
 * The sizes behind Go 1.19's maps (map.go and the compiler's bucket type),
 * so that a map implementation allocates what Go allocates:
 *
 * <pre>
 *   make(map[K]V)  / make(map[K]V, hint &lt;= 8):  new(hmap)              48 bytes; the first
 *                                                                       insert allocates one bucket
 *   make(map[K]V, hint):  new(hmap), then B = smallest with hint not over the load factor,
 *                         an array of 2^B buckets (+ 2^(B-4) overflow buckets if B &gt;= 4,
 *                         rounded up to fill the size class), and new(mapextra) (24 bytes)
 *                         when overflow buckets were preallocated
 * </pre>
 *
 * A bucket holds 8 entries: 8 tophash bytes, 8 keys, 8 elements, an overflow
 * pointer; keys or elements over 128 bytes are stored as pointers. Buckets
 * are noscan when neither key nor element holds pointers (the overflow
 * pointer is then kept alive from mapextra instead).
 */
public final class MapLayout {
    private MapLayout() {}

    public static final int BUCKET_CNT = 8;
    public static final int MAX_KEY_SIZE = 128;
    public static final int MAX_ELEM_SIZE = 128;
    /** Size of runtime.hmap on amd64. */
    public static final int HMAP_SIZE = 48;
    /** Size of runtime.mapextra on amd64. */
    public static final int MAPEXTRA_SIZE = 24;
    private static final int PTR_SIZE = 8;

    /**
     * Size of the bucket type for keys and elements of the given sizes and
     * alignments (each at most 8 on amd64).
     */
    public static long bucketSize(long keySize, int keyAlign, long elemSize, int elemAlign) {
        if (keySize > MAX_KEY_SIZE) {
            keySize = PTR_SIZE;
            keyAlign = PTR_SIZE;
        }
        if (elemSize > MAX_ELEM_SIZE) {
            elemSize = PTR_SIZE;
            elemAlign = PTR_SIZE;
        }
        long off = BUCKET_CNT;                      // tophash [8]uint8
        off = align(off, Math.max(keyAlign, 1));
        off += BUCKET_CNT * keySize;                // keys [8]K
        off = align(off, Math.max(elemAlign, 1));
        off += BUCKET_CNT * elemSize;               // elems [8]V
        off = align(off, PTR_SIZE);
        off += PTR_SIZE;                            // overflow
        return align(off, PTR_SIZE);
    }

    private static long align(long x, int a) {
        return (x + a - 1) / a * a;
    }

    /** Whether {@code count} entries in 2^B buckets exceed the load factor of 6.5 per bucket. */
    public static boolean overLoadFactor(long count, int b) {
        return count > BUCKET_CNT && count > 13 * ((1L << b) / 2);
    }

    /** The B make(map, hint) starts with: the smallest not over the load factor. */
    public static int makemapB(long hint) {
        int b = 0;
        while (overLoadFactor(hint, b)) {
            b++;
        }
        return b;
    }

    /**
     * Number of buckets makeBucketArray allocates for 2^B buckets: from B = 4
     * on, 2^(B-4) overflow buckets more, and then as many as fill the rounded
     * allocation. The array's bytes are {@code count * bucketSize}.
     */
    public static long bucketArrayCount(int b, long bucketSize) {
        long n = 1L << b;
        if (b >= 4) {
            n += 1L << (b - 4);
            long sz = bucketSize * n;
            long up = Malloc.roundupsize(sz);
            if (up != sz) {
                n = up / bucketSize;
            }
        }
        return n;
    }

    /** Whether makeBucketArray preallocated overflow buckets (then makemap allocates a mapextra). */
    public static boolean hasPreallocatedOverflow(int b, long bucketSize) {
        return bucketArrayCount(b, bucketSize) != 1L << b;
    }

    /**
     * Whether a map has so many overflow buckets that it should grow in place
     * (same size, to compact): noverflow &gt;= 2^min(B, 15).
     */
    public static boolean tooManyOverflowBuckets(long noverflow, int b) {
        if (b > 15) {
            b = 15;
        }
        return noverflow >= 1L << b;
    }
}
