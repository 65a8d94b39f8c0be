package minigo.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each errors/NAME.go must produce exactly the diagnostics real {@code go build} (Go 1.19) printed,
 * recorded in NAME.err by regen.sh: same messages, positions, order and "too many errors" cut.
 */
class GoldenErrorsTest {
    @TestFactory
    Stream<DynamicTest> goldens() {
        Path dir = TestSupport.RESOURCES.resolve("errors");
        return TestSupport.files(dir, ".go").stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            String expected = TestSupport.read(dir.resolve(name.replace(".go", ".err")));
            String actual = TestSupport.errors("./" + name, TestSupport.read(p));
            assertEquals(expected, actual);
        }));
    }
}
