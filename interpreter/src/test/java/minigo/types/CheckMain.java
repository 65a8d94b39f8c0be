package minigo.types;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import minigo.ast.Diagnostic;
import minigo.parser.SourceParser;

/**
 * Development tool: type-checks the Go files given on the command line (one package) and prints
 * Go-style diagnostics, or "ok". Standard packages come from the class path.
 */
public final class CheckMain {
    public static void main(String[] args) throws Exception {
        System.exit(run(args) ? 0 : 1);
    }

    static boolean run(String[] args) throws Exception {
        List<Ast.File> files = new ArrayList<>();
        try {
            for (String a : args) files.add(SourceParser.parse(a.startsWith("/") || a.startsWith(".") ? a : "./" + a, Files.readAllBytes(Path.of(a))));
            new Checker().check("main", files, new StdImporter());
            System.out.println("ok");
            return true;
        } catch (CompileError e) {
            for (Diagnostic d : e.diagnostics()) System.out.println(d);
            return false;
        }
    }
}
