package minigo.interp;

import minigo.interp.values.Layout;
import minigo.runtime.maps.MapLayout;

/**
 * What Go's hmap would have allocated for one map: its B (log2 of the bucket count), whether its
 * first bucket exists yet, whether its mapextra exists. The interpreter's GoMap stores entries its
 * own way; this object replays Go's allocations for the same sequence of inserts: the lazily
 * allocated first bucket, and the doubling at load factor 6.5 (hashGrow). Overflow buckets depend
 * on Go's hash function and are not modelled.
 */
public final class MapAccount {
    private final long bucketSize;
    private final boolean noscan;
    private int b;
    private boolean haveBuckets;
    private boolean haveExtra;

    MapAccount(Layout kl, Layout vl, long hint, boolean heap) {
        this.bucketSize = MapLayout.bucketSize(kl.size, kl.align, vl.size, vl.align);
        this.noscan = !Heap.hasPointers(kl) && !Heap.hasPointers(vl);
        this.b = MapLayout.makemapB(hint);
        if (b > 0) {
            makeBucketArray();
            haveBuckets = true;
        } else {
            // a map that does not escape gets its single bucket on the stack with its header
            haveBuckets = !heap;
        }
    }

    private void makeBucketArray() {
        long n = MapLayout.bucketArrayCount(b, bucketSize);
        Heap.allocBytes(n * bucketSize, noscan);
        if (MapLayout.hasPreallocatedOverflow(b, bucketSize) && !haveExtra) {
            haveExtra = true;
            Heap.allocBytes(MapLayout.MAPEXTRA_SIZE, false);
        }
    }

    /** Before inserting a new key into a map holding count entries (mapassign). */
    public void assign(long count) {
        if (!haveBuckets) {
            haveBuckets = true;
            Heap.allocBytes(bucketSize, noscan);
        }
        if (MapLayout.overLoadFactor(count + 1, b)) {
            b++; // hashGrow: a bucket array twice as large
            makeBucketArray();
        }
    }
}
