package minigo.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays the allocation sequences of the Go programs under
 * src/test/resources/minigo/runtime/memory/go/ through the allocator and
 * compares the MemStats deltas with what Go 1.19 printed for them (the .out
 * files, recorded by regen.sh). Each test states the sequence the Go
 * runtime performs for the program's statements.
 */
class MemstatsProgramsTest {

    static List<String> golden(String name) throws IOException {
        try (InputStream in = MemstatsProgramsTest.class.getResourceAsStream("go/" + name + ".out")) {
            if (in == null) {
                throw new IOException("missing golden output go/" + name + ".out");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** m01: pointerful structs of 8..64 bytes, 1000 new(T) each: one malloc per object, class size each. */
    @Test
    void structSizesScan() throws IOException {
        Sim sim = new Sim();
        List<String> got = new ArrayList<>();
        for (int size : new int[] {8, 16, 24, 32, 48, 64}) {
            sim.start();
            for (int i = 0; i < 1000; i++) {
                sim.keep(size, false);
            }
            got.add("size" + size + " " + sim.stop());
        }
        assertEquals(golden("m01_struct_sizes_scan"), got);
    }

    /** m02: 100, 1000 and 3000-byte pointerful structs round up to 112, 1024, 3072. */
    @Test
    void structSizesRounding() throws IOException {
        Sim sim = new Sim();
        List<String> got = new ArrayList<>();
        for (int size : new int[] {100, 1000, 3000}) {
            sim.start();
            for (int i = 0; i < 200; i++) {
                sim.keep(size, false);
            }
            got.add("size" + size + " " + sim.stop());
        }
        assertEquals(golden("m02_struct_sizes_rounding"), got);
    }

    /** m04: new(int32) x1000 packs 4 per tiny block; the 750 that did not start a block count as freed at once. */
    @Test
    void tinyInt32() throws IOException {
        Sim sim = new Sim();
        sim.start();
        for (int i = 0; i < 1000; i++) {
            sim.keep(4, true);
        }
        MemStats after = sim.read();
        sim.gc();
        MemStats afterGC = sim.read();
        MemStats before = sim.before;
        List<String> got = List.of(
                "int32 mallocs " + (after.mallocs - before.mallocs) + " totalalloc " + (after.totalAlloc - before.totalAlloc),
                "int32 afterGC frees " + (afterGC.frees - before.frees) + " heapobjects " + (afterGC.heapObjects - before.heapObjects),
                "check 0");
        assertEquals(golden("m04_tiny_int32"), got);
    }

    /** m05: tiny alignment: bytes 16 per block, int64 2, [3]byte 5, [12]byte 1. */
    @Test
    void tinyMixed() throws IOException {
        Sim sim = new Sim();
        List<String> got = new ArrayList<>();
        String[] labels = {"byte", "int64", "bytes3", "bytes12"};
        int[] sizes = {1, 8, 3, 12};
        for (int k = 0; k < sizes.length; k++) {
            sim.start();
            for (int i = 0; i < 480; i++) {
                sim.keep(sizes[k], true);
            }
            got.add(labels[k] + " " + sim.stop());
        }
        assertEquals(golden("m05_tiny_mixed"), got);
    }

    /** m07: make([]int, n): 0 allocates nothing, 1 is tiny, 5000 is a large object of 5 pages. */
    @Test
    void sliceLengthsInt() throws IOException {
        Sim sim = new Sim();
        List<String> got = new ArrayList<>();
        for (int n : new int[] {0, 1, 2, 3, 5, 10, 100, 1000, 5000}) {
            sim.start();
            for (int i = 0; i < 50; i++) {
                // makeslice: mallocgc(n * 8, int, needzero): int has no pointers.
                sim.keep(n * 8L, true);
            }
            got.add("len " + n + " " + sim.stop());
        }
        assertEquals(golden("m07_slice_lengths_int"), got);
    }

    /** m08: make([]byte, n): tiny below 16 bytes (no alignment for odd sizes), size classes above. */
    @Test
    void sliceLengthsByte() throws IOException {
        Sim sim = new Sim();
        List<String> got = new ArrayList<>();
        for (int n : new int[] {1, 4, 7, 8, 15, 16, 17, 33, 100}) {
            sim.start();
            for (int i = 0; i < 160; i++) {
                sim.keep(n, true);
            }
            got.add("len " + n + " " + sim.stop());
        }
        assertEquals(golden("m08_slice_lengths_byte"), got);
    }

    /** Appends {@code n} elements one at a time from a nil slice; returns the capacities seen. */
    static List<Long> appendFromNil(Sim sim, int n, long elemSize, boolean noscan) {
        List<Long> caps = new ArrayList<>();
        long len = 0;
        long cap = 0;
        for (int i = 0; i < n; i++) {
            if (len == cap) {
                long newCap = Malloc.growsliceCap(cap, len + 1, elemSize);
                sim.keep(Malloc.growsliceBytes(newCap, elemSize), noscan);
                cap = newCap;
                caps.add(cap);
            }
            len++;
        }
        return caps;
    }

    /** m10: append 2000 ints from nil: 14 growths, the first an 8-byte tiny allocation. */
    @Test
    void appendGrowthInt() throws IOException {
        Sim sim = new Sim();
        sim.start();
        List<Long> caps = appendFromNil(sim, 2000, 8, true);
        List<String> got = List.of("append2000 " + sim.stop(), "caps " + goList(caps));
        assertEquals(golden("m10_append_growth_int"), got);
    }

    /** m11: 24-byte pointerful elements: caps 1..512, every one an exact size class. */
    @Test
    void appendGrowthStruct() throws IOException {
        Sim sim = new Sim();
        sim.start();
        List<Long> caps = appendFromNil(sim, 500, 24, false);
        String nil = "append500_nil " + sim.stop();
        sim.start();
        // Appending into preallocated capacity allocates nothing.
        String pre = "append500_prealloc " + sim.stop();
        assertEquals(golden("m11_append_growth_struct"), List.of(nil, pre, "caps " + goList(caps)));
    }

    /** m23: []byte growth: 8, 16, ..., 512, 896, 1408. */
    @Test
    void appendGrowthBytes() throws IOException {
        Sim sim = new Sim();
        sim.start();
        List<Long> caps = appendFromNil(sim, 1000, 1, true);
        assertEquals(golden("m23_append_growth_bytes"), List.of("append1000 " + sim.stop(), "caps " + goList(caps)));
    }

    /** m17: boxing into interface{}: convT64 allocates 8 noscan bytes unless the value is 0..255. */
    @Test
    void ifaceBoxInts() throws IOException {
        Sim sim = new Sim();
        List<String> got = new ArrayList<>();
        String[] labels = {"ints_0_255", "ints_256_511", "ints_-256_-1", "ints_200_455"};
        int[] bases = {0, 256, -256, 200};
        for (int k = 0; k < labels.length; k++) {
            sim.start();
            for (int i = 0; i < 256; i++) {
                long v = bases[k] + i;
                if (v < 0 || v >= 256) { // staticuint64s covers 0..255
                    sim.keep(8, true);
                }
            }
            got.add(labels[k] + " " + sim.stop());
        }
        sim.start(); // int8: always from staticuint64s
        got.add("int8_all " + sim.stop());
        sim.start();
        for (int i = 0; i < 256; i++) {
            if (i + 250 >= 256) {
                sim.keep(2, true); // convT16
            }
        }
        got.add("uint16_250_505 " + sim.stop());
        sim.start();
        for (int i = 0; i < 256; i++) {
            sim.keep(4, true); // convT32
        }
        got.add("int32_large " + sim.stop());
        assertEquals(golden("m17_iface_box_ints"), got);
    }

    /** m19: 1000 64-byte objects, 101 still reachable after runtime.GC(): 899 freed. */
    @Test
    void gcFreesGarbage() throws IOException {
        Sim sim = new Sim();
        sim.start();
        long last = 0;
        for (int i = 0; i < 1000; i++) {
            long a = sim.alloc(56, false);
            if (i % 10 == 0) {
                sim.live.add(a);
            }
            last = a;
        }
        sim.live.add(last); // sink
        MemStats after = sim.read();
        sim.gc();
        MemStats afterGC = sim.read();
        MemStats b = sim.before;
        List<String> got = List.of(
                "alloc1000 mallocs " + (after.mallocs - b.mallocs) + " totalalloc " + (after.totalAlloc - b.totalAlloc),
                "afterGC frees " + (afterGC.frees - b.frees) + " heapobjects " + (afterGC.heapObjects - b.heapObjects),
                "afterGC mallocs " + (afterGC.mallocs - b.mallocs) + " totalalloc " + (afterGC.totalAlloc - b.totalAlloc));
        assertEquals(golden("m19_gc_frees_garbage"), got);
    }

    /** m20: string/[]byte conversions: sizes from rawstring/rawbyteslice (roundupsize for []byte). */
    @Test
    void stringConversions() throws IOException {
        Sim sim = new Sim();
        List<String> got = new ArrayList<>();
        sim.start();
        got.add("string_1byte " + sim.stop()); // one-byte strings come from a static table
        sim.start();
        got.add("string_0byte " + sim.stop());
        sim.start();
        for (int i = 0; i < 64; i++) {
            sim.keep(5, true); // rawstring(5)
        }
        got.add("string_5byte " + sim.stop());
        sim.start();
        for (int i = 0; i < 64; i++) {
            sim.keep(Malloc.roundupsize(20), true); // rawbyteslice(20)
        }
        got.add("bytes_20 " + sim.stop());
        sim.start();
        for (int i = 0; i < 64; i++) {
            sim.keep(Malloc.roundupsize(3), true); // rawbyteslice(3): cap 8
        }
        got.add("bytes_3 " + sim.stop());
        sim.start();
        for (int i = 0; i < 64; i++) {
            sim.keep(4, true); // intstring: rawstring(4)
        }
        got.add("string_rune " + sim.stop());
        got.add("check " + Malloc.roundupsize(3) + " 3");
        assertEquals(golden("m20_string_conversions"), got);
    }

    /** m22: a 1000-node list cut after 400 nodes: exactly 400 frees. */
    @Test
    void listCutGc() throws IOException {
        Sim sim = new Sim();
        sim.start();
        List<Long> nodes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            nodes.add(sim.alloc(16, false));
        }
        MemStats after = sim.read();
        // head now points at node 599 (the 600 oldest nodes stay reachable).
        sim.live.addAll(nodes.subList(0, 600));
        sim.gc();
        MemStats afterGC = sim.read();
        MemStats b = sim.before;
        List<String> got = List.of(
                "build1000 mallocs " + (after.mallocs - b.mallocs) + " totalalloc " + (after.totalAlloc - b.totalAlloc),
                "drop400 frees " + (afterGC.frees - b.frees) + " heapobjects " + (afterGC.heapObjects - b.heapObjects),
                "check 599");
        assertEquals(golden("m22_list_cut_gc"), got);
    }

    static String goList(List<Long> xs) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < xs.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(xs.get(i));
        }
        return sb.append(']').toString();
    }
}
