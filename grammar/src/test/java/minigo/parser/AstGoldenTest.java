package minigo.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every {@code ast/<case>.go}, minigo's AST (printed by {@link AstDump}) must equal go/ast's tree
 * for the same file, node for node and position for position ({@code ast/regen.sh} records go/ast's
 * with {@code astdump/dump.go}). The cases are a handful of conformance programs and
 * {@code constructs.go}, which holds every construct of the syntax.
 */
class AstGoldenTest {

    @TestFactory
    Stream<DynamicTest> sameTreeAsGoAst() throws Exception {
        Path dir = Path.of(AstGoldenTest.class.getResource("/ast").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".go")).sorted().toList().stream()
                    .map(go -> DynamicTest.dynamicTest(go.getFileName().toString(), () -> {
                        String name = go.getFileName().toString();
                        String want = Files.readString(go.resolveSibling(name.replace(".go", ".ast"))).strip();
                        String got = AstDump.dump(SourceParser.parse(name, Files.readAllBytes(go)));
                        assertEquals(want, got);
                    }));
        }
    }
}
