package minigo.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our size-class table and lookup against Go 1.19's own arrays (go-sizeclasses.txt, from mksizeclasses.go -golden). */
class SizeClassesTest {
    static final List<int[]> classes = new ArrayList<>();
    static final List<Integer> class8 = new ArrayList<>();
    static final List<Integer> class128 = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SizeClassesTest.class.getResourceAsStream("go-sizeclasses.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "class" -> classes.add(new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])});
                    case "c8" -> class8.add(Integer.parseInt(f[2]));
                    case "c128" -> class128.add(Integer.parseInt(f[2]));
                    default -> { }
                }
            }
        }
    }

    @Test
    void tableMatchesGo() {
        assertEquals(SizeClasses.NUM_SIZE_CLASSES, classes.size());
        for (int c = 0; c < classes.size(); c++) {
            assertEquals(classes.get(c)[0], SizeClasses.classToSize(c), "size of class " + c);
            assertEquals(classes.get(c)[1], SizeClasses.classToNPages(c), "pages of class " + c);
        }
    }

    /** Every small size, 1..32768, maps to the class Go's lookup arrays give. */
    @Test
    void lookupMatchesGoForEverySize() {
        for (int size = 1; size <= SizeClasses.MAX_SMALL_SIZE; size++) {
            int want = size <= 1024 - 8
                    ? class8.get((size + 7) / 8)
                    : class128.get((size - 1024 + 127) / 128);
            assertEquals(want, SizeClasses.sizeToClass(size), "class of size " + size);
        }
    }

    @Test
    void objectsPerSpan() {
        assertEquals(1024, SizeClasses.classToNObjects(1));
        assertEquals(341, SizeClasses.classToNObjects(3)); // 24-byte objects leave 8 bytes of tail
        assertEquals(11, SizeClasses.classToNObjects(35)); // 1408 bytes in 2-page spans
        assertEquals(1, SizeClasses.classToNObjects(67));
        for (int c = 1; c < SizeClasses.NUM_SIZE_CLASSES; c++) {
            assertTrue(SizeClasses.classToSize(c) > SizeClasses.classToSize(c - 1), "classes grow");
        }
    }

    @Test
    void roundupsize() {
        assertEquals(8, Malloc.roundupsize(1));
        assertEquals(112, Malloc.roundupsize(100));
        assertEquals(1024, Malloc.roundupsize(1000));
        assertEquals(1152, Malloc.roundupsize(1025));
        assertEquals(3072, Malloc.roundupsize(3000));
        assertEquals(32768, Malloc.roundupsize(32767));
        assertEquals(32768, Malloc.roundupsize(32768)); // large: whole pages
        assertEquals(40960, Malloc.roundupsize(32769));
        assertEquals(40960, Malloc.roundupsize(40000));
    }
}
