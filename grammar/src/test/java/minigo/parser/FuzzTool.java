package minigo.parser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import minigo.ast.CompileError;

/**
 * Developer tool: mutates Go files (deletes, duplicates, inserts punctuation, truncates) and checks
 * that the parser answers every mutant with an AST or a CompileError, never another exception.
 */
public final class FuzzTool {
    public static void main(String[] args) throws Exception {
        Random rnd = new Random(Long.getLong("seed", 1));
        int rounds = Integer.getInteger("rounds", 200);
        String punct = "(){}[],;:.=+-*/<>!&|^~\"'`\n\t x1_";
        int bad = 0, total = 0;
        for (String a : args) {
            String src = Files.readString(Path.of(a));
            for (int r = 0; r < rounds; r++) {
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
                total++;
                try {
                    SourceParser.parse("./f.go", sb.toString().getBytes(StandardCharsets.UTF_8));
                } catch (CompileError ok) {
                    if (ok.diagnostics().isEmpty()) {
                        bad++;
                        System.out.println("EMPTY diagnostics for mutant of " + a);
                    }
                } catch (Throwable t) {
                    bad++;
                    if (bad <= 10) {
                        System.out.println("=== " + a + " round " + r + ": " + t);
                        for (StackTraceElement el : t.getStackTrace()) {
                            if (el.getClassName().startsWith("minigo")) { System.out.println("   at " + el); }
                        }
                        Files.writeString(Path.of("/tmp/fuzz-" + bad + ".go"), sb.toString());
                    }
                }
            }
        }
        System.out.println(bad + " failures of " + total);
    }
}
