package minigo.types;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets Go's words, never a Java exception: every valid program with one line deleted (every
 * 3rd line, deterministic) either checks or fails with a CompileError.
 */
class RobustnessTest {
    @Test
    void deletingLinesNeverCrashesTheChecker() {
        List<String> crashes = new ArrayList<>();
        for (Path p : TestSupport.files(TestSupport.RESOURCES.resolve("ok"), ".go")) {
            String[] lines = TestSupport.read(p).split("\n", -1);
            for (int k = 2; k < lines.length; k += 3) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < lines.length; i++) if (i != k) sb.append(lines[i]).append('\n');
                Ast.File f;
                try {
                    f = TestSupport.parse("./m.go", sb.toString());
                } catch (CompileError e) {
                    continue; // a syntax error: the parser's business
                }
                try {
                    new Checker().check("main", List.of(f), TestSupport.importer());
                } catch (CompileError e) {
                    // fine
                } catch (RuntimeException | StackOverflowError e) {
                    crashes.add(p.getFileName() + " without line " + (k + 1) + ": " + e);
                }
            }
        }
        if (!crashes.isEmpty()) fail(crashes.size() + " crashes: " + String.join("\n", crashes.subList(0, Math.min(15, crashes.size()))));
    }
}
