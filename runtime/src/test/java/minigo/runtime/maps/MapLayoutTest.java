package minigo.runtime.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import minigo.runtime.memory.MCache;
import minigo.runtime.memory.MHeap;
import minigo.runtime.memory.Malloc;
import minigo.runtime.memory.MemStats;
import org.junit.jupiter.api.Test;

/** makemap's allocations for map[int]int against Go 1.19 (memory/go/m13_map_hint.out, m14_map_fill_within_hint.out). */
class MapLayoutTest {

    static List<String> golden(String name) throws IOException {
        try (InputStream in = MapLayoutTest.class.getResourceAsStream("/minigo/runtime/memory/go/" + name + ".out")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** makemap(map[int]int, hint) through the allocator, as Go 1.19 does it. */
    static void makemap(MCache c, long hint) {
        long bucket = MapLayout.bucketSize(8, 8, 8, 8);
        Malloc.mallocgc(c, MapLayout.HMAP_SIZE, false, "hmap");
        int b = MapLayout.makemapB(hint);
        if (b != 0) {
            long n = MapLayout.bucketArrayCount(b, bucket);
            Malloc.mallocgc(c, n * bucket, true, "buckets"); // no pointers in int keys and values
            if (MapLayout.hasPreallocatedOverflow(b, bucket)) {
                Malloc.mallocgc(c, MapLayout.MAPEXTRA_SIZE, false, "mapextra");
            }
        }
    }

    static String delta(MemStats b, MemStats a) {
        return "mallocs " + (a.mallocs - b.mallocs) + " totalalloc " + (a.totalAlloc - b.totalAlloc);
    }

    @Test
    void makeWithHint() throws IOException {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        List<String> got = new ArrayList<>();
        for (int hint : new int[] {8, 9, 13, 14, 64}) {
            MemStats before = h.readMemStats();
            makemap(c, hint);
            got.add("make_hint " + hint + " " + delta(before, h.readMemStats()));
        }
        assertEquals(golden("m13_map_hint"), got);
    }

    @Test
    void makeWithHint1000() throws IOException {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        MemStats before = h.readMemStats();
        makemap(c, 1000);
        String make = "make_hint_1000 " + delta(before, h.readMemStats());
        // 100 inserts stay within 6.5 per bucket of 256 buckets: nothing allocated.
        assertFalse(MapLayout.overLoadFactor(100, MapLayout.makemapB(1000)));
        assertEquals(golden("m14_map_fill_within_hint"), List.of(make, "insert_100 mallocs 0 totalalloc 0", "check 100"));
    }

    /** r05: bucket sizes of several map types, seen through make(map[K]V, 9): hmap + 2 buckets. */
    @Test
    void bucketSizesMatchGo() throws IOException {
        String[] names = {"int/int", "string/string", "int8/int8", "int8/int64", "[200]byte/int", "int32/bool", "int/struct{}", "int/[3]byte"};
        long[][] kv = { // key size, key align, elem size, elem align
            {8, 8, 8, 8}, {16, 8, 16, 8}, {1, 1, 1, 1}, {1, 1, 8, 8}, {200, 1, 8, 8}, {4, 4, 1, 1}, {8, 8, 0, 1}, {8, 8, 3, 1}};
        List<String> got = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            long bucket = MapLayout.bucketSize(kv[i][0], (int) kv[i][1], kv[i][2], (int) kv[i][3]);
            int b = MapLayout.makemapB(9);
            long total = MapLayout.HMAP_SIZE + Malloc.roundupsize(MapLayout.bucketArrayCount(b, bucket) * bucket);
            got.add(names[i] + " totalalloc " + total);
        }
        assertEquals(golden("r05_map_buckets"), got);
    }

    @Test
    void bucketSizes() {
        assertEquals(144, MapLayout.bucketSize(8, 8, 8, 8));     // map[int]int
        assertEquals(272, MapLayout.bucketSize(16, 8, 16, 8));   // map[string]string
        assertEquals(32, MapLayout.bucketSize(1, 1, 1, 1));      // map[int8]int8
        assertEquals(88, MapLayout.bucketSize(1, 1, 8, 8));      // map[int8]int64: elems aligned at 16
        assertEquals(144, MapLayout.bucketSize(200, 8, 8, 8));   // big keys stored indirectly
        assertEquals(4, MapLayout.makemapB(100)); // 6.5 * 16 = 104
        assertEquals(8, MapLayout.makemapB(1000));
        assertEquals(0, MapLayout.makemapB(8));
        assertEquals(1, MapLayout.makemapB(13));
        assertEquals(2, MapLayout.makemapB(14));
        assertTrue(MapLayout.tooManyOverflowBuckets(16, 4));
        assertFalse(MapLayout.tooManyOverflowBuckets(15, 4));
    }
}
