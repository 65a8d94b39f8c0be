package minigo.runtime.iface;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Boxing 64 values of each kind into interface{}, against Go 1.19 (memory/go/r07_iface_box.out). */
class ConvTTest {

    /** A conversion site: the type's shape and the value's bits / emptiness; constant sites never allocate. */
    record Site(String label, long size, int align, boolean ptrs, boolean str, boolean slice, boolean direct,
                long bits, boolean zero, boolean constant) {}

    @Test
    void boxingMatchesGo() throws IOException {
        List<Site> sites = List.of(
                new Site("empty_string", 16, 8, true, true, false, false, 0, true, false),
                new Site("string", 16, 8, true, true, false, false, 0, false, false),
                new Site("slice", 24, 8, true, false, true, false, 0, false, false),
                new Site("nil_slice", 24, 8, true, false, true, false, 0, true, false),
                new Site("float_0", 8, 8, false, false, false, false, Double.doubleToRawLongBits(0.0), false, false),
                new Site("float_1.5", 8, 8, false, false, false, false, Double.doubleToRawLongBits(1.5), false, false),
                new Site("pointer", 8, 8, true, false, false, true, 0, false, false),
                new Site("int32_300", 4, 4, false, false, false, false, 300, false, false),
                new Site("int32_3", 4, 4, false, false, false, false, 3, false, false),
                new Site("array_2xint32", 8, 4, false, false, false, false, 0, false, false),
                new Site("map", 8, 8, true, false, false, true, 0, false, false),
                new Site("bool", 1, 1, false, false, false, false, 1, false, false),
                new Site("pair", 16, 8, false, false, false, false, 0, false, false),
                new Site("ptr_struct", 8, 8, true, false, false, true, 0, false, false),
                new Site("empty_struct", 0, 1, false, false, false, false, 0, false, false),
                new Site("const_1000", 8, 8, false, false, false, false, 1000, false, true),
                new Site("array_5xint", 40, 8, false, false, false, false, 0, false, false),
                new Site("array_3xstring", 48, 8, true, false, false, false, 0, false, false),
                new Site("array_3xbyte", 3, 1, false, false, false, false, 0, false, false));
        MHeap h = new MHeap();
        MCache c = h.newMCache();
        List<String> got = new ArrayList<>();
        for (Site s : sites) {
            MemStats before = h.readMemStats();
            ConvT k = ConvT.of(s.size(), s.align(), s.ptrs(), s.str(), s.slice(), s.direct());
            for (int i = 0; i < 64; i++) {
                long n = s.constant() ? 0 : k.allocSize(s.size(), s.bits(), s.zero());
                if (n > 0) {
                    Malloc.mallocgc(c, n, k.noscan(s.ptrs()), s.label());
                }
            }
            MemStats after = h.readMemStats();
            got.add(s.label() + " mallocs " + (after.mallocs - before.mallocs) + " totalalloc " + (after.totalAlloc - before.totalAlloc));
        }
        List<String> want;
        try (InputStream in = ConvTTest.class.getResourceAsStream("/minigo/runtime/memory/go/r07_iface_box.out")) {
            want = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals(want, got);
    }

    @Test
    void kinds() {
        assertEquals(ConvT.T64, ConvT.of(8, 8, false, false, false, false));
        assertEquals(ConvT.GENERAL, ConvT.of(8, 4, false, false, false, false), "[2]int32: alignment 4, general");
        assertEquals(ConvT.T16, ConvT.of(2, 2, false, false, false, false));
        assertEquals(0, ConvT.T16.allocSize(2, 255, false));
        assertEquals(2, ConvT.T16.allocSize(2, 256, false));
        assertEquals(8, ConvT.T64.allocSize(8, -1, false), "negative ints are huge unsigned: allocate");
    }
}
