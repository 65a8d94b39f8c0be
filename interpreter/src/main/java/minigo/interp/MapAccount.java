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
    /** The allocations themselves, held as the hmap holds them (buckets, oldbuckets during growth, extra). */
    private minigo.interp.gc.HeapBlock buckets;
    private minigo.interp.gc.HeapBlock oldbuckets;
    private minigo.interp.gc.HeapBlock extra;
    /** Old buckets still to evacuate: Go moves two per insert after a growth (growWork). */
    private long toEvacuate;

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
        oldbuckets = buckets;
        toEvacuate = oldbuckets == null ? 0 : 1L << (b - 1);
        buckets = Heap.allocBlock(n * bucketSize, noscan);
        if (MapLayout.hasPreallocatedOverflow(b, bucketSize) && !haveExtra) {
            haveExtra = true;
            extra = Heap.allocBlock(MapLayout.MAPEXTRA_SIZE, false);
        }
    }

    /** Before inserting a new key into a map holding count entries (mapassign). */
    public void assign(long count) {
        if (!haveBuckets) {
            haveBuckets = true;
            buckets = Heap.allocBlock(bucketSize, noscan);
        }
        if (oldbuckets != null && (toEvacuate -= 2) <= 0) {
            oldbuckets = null; // growWork evacuated the last old bucket
        }
        if (MapLayout.overLoadFactor(count + 1, b)) {
            b++; // hashGrow: a bucket array twice as large
            makeBucketArray();
        }
    }

    /** The collector's view of the hmap's pointers to its bucket arrays. */
    public void scanRefs(minigo.runtime.gc.PointerVisitor v) {
        if (buckets != null) v.visit(buckets);
        if (oldbuckets != null) v.visit(oldbuckets);
        if (extra != null) v.visit(extra);
    }
}
