package minigo.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tiny allocator's placement rules, against where Go 1.19 put the same objects (go/r04_tiny_layout.out). */
class TinyAllocTest {

    @Test
    void layoutMatchesGo() throws IOException {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        int[] sizes = {1, 8, 12, 4, 6, 14, 2, 3, 5, 4, 8, 1, 4, 1, 2, 1, 3};
        Map<Long, Integer> blocks = new LinkedHashMap<>();
        List<String> got = new ArrayList<>();
        for (int size : sizes) {
            long addr = Malloc.mallocgc(c, size, true, "t" + size);
            int b = blocks.computeIfAbsent(addr & ~15L, k -> blocks.size());
            got.add("size " + size + " block " + b + " offset " + (addr & 15));
        }
        assertEquals(MemstatsProgramsTest.golden("r04_tiny_layout"), got);
    }

    @Test
    void onlyNoscanObjectsBelow16BytesAreTiny() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        long a = Malloc.mallocgc(c, 8, false, "ptr"); // holds a pointer: a class-1 slot of its own
        long b = Malloc.mallocgc(c, 8, false, "ptr2");
        assertEquals(a + 8, b);
        assertEquals(1, h.spanOf(a).sizeclass());
        long s16 = Malloc.mallocgc(c, 16, true, "16"); // 16 bytes: not tiny
        assertEquals(SpanClass.make(2, true), h.spanOf(s16).spanclass());
        long t = Malloc.mallocgc(c, 15, true, "15");
        long u = Malloc.mallocgc(c, 1, true, "1");
        assertEquals(t + 15, u, "the last byte of a block still takes a 1-byte object");
        long v = Malloc.mallocgc(c, 1, true, "1b");
        assertNotEquals(t & ~15L, v & ~15L, "then the block is full");
    }

    @Test
    void readMemStatsDropsTheCurrentBlock() {
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        long a = Malloc.mallocgc(c, 1, true, "a");
        h.readMemStats();
        long b = Malloc.mallocgc(c, 1, true, "b");
        assertEquals(a + 16, b, "a fresh block: the old one is forgotten, not reused");
        MemStats m = h.readMemStats();
        assertEquals(2, m.mallocs);
        assertEquals(32, m.totalAlloc);
    }
}
