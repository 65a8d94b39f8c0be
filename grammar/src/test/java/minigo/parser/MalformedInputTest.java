package minigo.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import minigo.ast.CompileError;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets Go's words, never a Java exception: hundreds of deterministic mutants of the AST
 * golden programs (characters deleted, inserted, duplicated, files cut short, bytes that are not
 * UTF-8) must each parse or fail with a non-empty CompileError.
 */
class MalformedInputTest {

    @Test
    void mutantsNeverEscapeAsJavaExceptions() throws Exception {
        Path dir = Path.of(MalformedInputTest.class.getResource("/ast").toURI());
        Random rnd = new Random(20261122);
        String punct = "(){}[],;:.=+-*/<>!&|^~\"'`\n\t x1_\u00e9\u20ac";
        try (Stream<Path> files = Files.list(dir)) {
            for (Path go : files.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                byte[] original = Files.readAllBytes(go);
                String src = new String(original, StandardCharsets.UTF_8);
                for (int r = 0; r < 40; r++) {
                    StringBuilder sb = new StringBuilder(src);
                    int edits = 1 + rnd.nextInt(3);
                    for (int e = 0; e < edits && sb.length() > 0; e++) {
                        int i = rnd.nextInt(sb.length());
                        switch (rnd.nextInt(4)) {
                            case 0 -> sb.deleteCharAt(i);
                            case 1 -> sb.insert(i, punct.charAt(rnd.nextInt(punct.length())));
                            case 2 -> sb.setLength(i);
                            default -> sb.insert(i, sb.substring(i, Math.min(sb.length(), i + 1 + rnd.nextInt(8))));
                        }
                    }
                    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                    if (r % 10 == 9 && bytes.length > 0) bytes[rnd.nextInt(bytes.length)] = (byte) 0xff;
                    try {
                        SourceParser.parse("./m.go", bytes);
                    } catch (CompileError expected) {
                        assertFalse(expected.diagnostics().isEmpty());
                    } catch (Throwable t) {
                        fail("mutant " + r + " of " + go.getFileName() + " escaped as " + t + ":\n" + sb, t);
                    }
                }
            }
        }
    }
}
