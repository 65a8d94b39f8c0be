package minigo.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** growslice's capacity rule against the capacities Go 1.19 chose (go/r03_growslice.out). */
class GrowsliceTest {
    /** Element sizes of the types r03_growslice.go appends. */
    static final Map<String, Long> ELEM = Map.ofEntries(
            Map.entry("byte", 1L), Map.entry("uint16", 2L), Map.entry("e3", 3L), Map.entry("int32", 4L),
            Map.entry("int", 8L), Map.entry("e12", 12L), Map.entry("string", 16L), Map.entry("e24", 24L),
            Map.entry("e40", 40L), Map.entry("e100", 100L), Map.entry("e1000", 1000L));

    /** Capacities seen appending one element at a time to a nil slice until it holds {@code n}. */
    static List<Long> capsFromNil(long elemSize, long n) {
        List<Long> caps = new ArrayList<>();
        long cap = 0;
        for (long len = 0; len < n; len++) {
            if (len == cap) {
                cap = Malloc.growsliceCap(cap, len + 1, elemSize);
                caps.add(cap);
            }
        }
        return caps;
    }

    @Test
    void capacitiesMatchGo() throws IOException {
        List<String> golden = MemstatsProgramsTest.golden("r03_growslice");
        int checked = 0;
        for (String line : golden) {
            String[] f = line.split(" ", 2);
            if (ELEM.containsKey(f[0])) {
                List<Long> want = parseList(f[1]);
                long last = want.get(want.size() - 1);
                // The program stops appending somewhere inside the last capacity; any length past
                // the previous capacity reproduces the same list.
                long prev = want.size() > 1 ? want.get(want.size() - 2) : 0;
                assertEquals(want, capsFromNil(ELEM.get(f[0]), prev + 1), f[0]);
                assertEquals(last, want.get(want.size() - 1));
                checked++;
            } else if (f[0].equals("empty")) {
                assertEquals(Long.parseLong(f[1]), Malloc.growsliceCap(0, 3, 0));
                checked++;
            } else if (f[0].equals("many")) {
                String[] g = f[1].split(" ");
                long k = Long.parseLong(g[0]);
                assertEquals(Long.parseLong(g[1]), Malloc.growsliceCap(2, 2 + k, 8), line);
                assertEquals(Long.parseLong(g[2]), Malloc.growsliceCap(5, 5 + k, 1), line);
                assertEquals(Long.parseLong(g[3]), Malloc.growsliceCap(300, 300 + k, 8), line);
                checked++;
            }
        }
        assertEquals(20, checked, "every line of the golden output was checked");
    }

    @Test
    void intCapacitiesFromTheIssue() {
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 848L, 1280L, 1792L, 2560L),
                capsFromNil(8, 2000));
    }

    /** The bytes growslice allocates: the rounded size, which is what the tiny allocator aligns by. */
    @Test
    void growsliceBytes() {
        assertEquals(8, Malloc.growsliceBytes(Malloc.growsliceCap(0, 1, 3), 3)); // cap 2 of [3]byte: 8 bytes
        assertEquals(6784, Malloc.growsliceBytes(848, 8));
        assertEquals(10880, Malloc.growsliceBytes(1360, 8));
    }

    static List<Long> parseList(String s) {
        List<Long> xs = new ArrayList<>();
        for (String p : s.substring(1, s.length() - 1).split(" ")) {
            xs.add(Long.parseLong(p));
        }
        return xs;
    }
}
