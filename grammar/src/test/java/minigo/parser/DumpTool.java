package minigo.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import minigo.ast.CompileError;

/** Developer tool: prints AstDump lines ("file: tree") for the files given, as dump.go does with go/ast. */
public final class DumpTool {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(null, () -> run(args), "dump", 1L << 29);
        t.start();
        t.join();
    }

    private static void run(String[] args) {
        for (String a : args) {
            try {
                System.out.println(a + ": " + AstDump.dump(SourceParser.parse(a, Files.readAllBytes(Path.of(a)))));
            } catch (CompileError e) {
                System.out.println(a + ": ERROR " + e.diagnostics().get(0));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
