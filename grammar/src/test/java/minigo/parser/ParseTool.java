package minigo.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import minigo.ast.CompileError;
import minigo.ast.Diagnostic;

/** Developer tool: parses the files given and prints the AST or the first diagnostics. */
public final class ParseTool {
    public static void main(String[] args) throws Exception {
        boolean quiet = args.length > 0 && args[0].equals("-q");
        for (String a : args) {
            if (a.equals("-q")) continue;
            try {
                var f = SourceParser.parse("./" + Path.of(a).getFileName(), Files.readAllBytes(Path.of(a)));
                if (!quiet) System.out.println(f);
                else System.out.println(a + ": ok");
            } catch (CompileError e) {
                for (Diagnostic d : e.diagnostics()) System.out.println(d);
            }
        }
    }
}
