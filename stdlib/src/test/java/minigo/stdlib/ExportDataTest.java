package minigo.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import minigo.ast.Ast;
import minigo.escape.EscapeResult;
import minigo.interp.Frontend;
import minigo.types.EscapeFacts;
import minigo.types.StdExport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every standard package's export data, written by the build (minigo.escape.ExportStdlib), holds
 * exactly what a run would otherwise compute: the trees parsing its files gives, and the escape
 * decisions analysing those trees gives (the same sites and variables, the same answers).
 */
class ExportDataTest {

    private static Path stdlibDir() throws Exception {
        return Path.of(ExportDataTest.class.getResource("/minigo/stdlib/fmt/FILES").toURI()).getParent().getParent();
    }

    @TestFactory
    Stream<DynamicTest> exportDataIsWhatParsingAndAnalysingGive() throws Exception {
        Path root = stdlibDir();
        List<Path> dirs;
        try (Stream<Path> s = Files.walk(root)) {
            dirs = s.filter(p -> p.getFileName().toString().equals("FILES")).map(Path::getParent).sorted().toList();
        }
        assertTrue(dirs.size() >= 20, "standard packages found: " + dirs);
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(root.relativize(dir).toString(), () -> {
            String path = root.relativize(dir).toString().replace('\\', '/');
            StdExport.Export export = StdExport.decode(Files.readAllBytes(dir.resolve(StdExport.EXPORT)));
            assertNotNull(export, "export.bin unreadable");
            List<Ast.File> parsed = minigo.escape.ExportStdlib.parsePackage(dir, path);
            assertEquals(parsed, export.files());

            assertNotNull(export.escapes(), "no escape decisions recorded");
            EscapeFacts fresh = EscapeResult.analyze(export.files(), List.of(), false).facts();
            assertEquals(describe(fresh), describe(export.escapes()));
        }));
    }

    /** The decisions as text, node by node in source order (nodes are identity keys). */
    private static List<String> describe(EscapeFacts f) {
        List<String> out = new ArrayList<>();
        f.sites().forEach((n, heap) -> out.add(n.pos() + " " + n.getClass().getSimpleName() + (heap ? " heap" : " stack")));
        for (Ast.Ident id : f.moved()) out.add(id.pos() + " moved " + id.name());
        out.sort(null);
        return out;
    }

    @Test
    void aRunUsesTheRecordedDecisions() {
        byte[] hello = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n".getBytes();
        int withFacts = 0;
        for (minigo.types.Package p : Frontend.check(List.of("h.go"), List.of(hello)).packages()) {
            if (p.path().equals("main")) assertEquals(null, p.escapeFacts(), "package main is analysed in the run");
            else if (p.escapeFacts() != null) withFacts++;
        }
        assertTrue(withFacts >= 5, "standard packages with recorded decisions: " + withFacts);
    }
}
