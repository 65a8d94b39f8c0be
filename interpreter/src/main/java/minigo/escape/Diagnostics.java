package minigo.escape;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import minigo.parser.SourceParser;

/**
 * What {@code go build -gcflags=-m} prints: the package header, then the inlining decisions, then
 * each batch's escape results, in the compiler's order. Level 2 ({@code -m -m}) adds why.
 */
public final class Diagnostics {
    private Diagnostics() {}

    /** The lines (header included, none at all when there is nothing to say) for -m=level. */
    public static List<String> report(List<Ast.File> files, List<byte[]> sources, int level, boolean noInline) {
        Analysis an = new Analysis(level);
        an.run(files, sources, noInline);
        List<String> out = new ArrayList<>();
        if (!an.lines.isEmpty()) {
            out.add("# command-line-arguments");
            out.addAll(an.lines);
        }
        return out;
    }

    /** A stand-alone entry for tests and tools: {@code Diagnostics [-m|-m=2|-m -m] file.go...}. */
    public static void main(String[] args) throws IOException {
        int level = 0;
        List<String> paths = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-m")) {
                level++;
            } else if (a.startsWith("-m=")) {
                level = Integer.parseInt(a.substring(3));
            } else {
                paths.add(a);
            }
        }
        List<Ast.File> files = new ArrayList<>();
        List<byte[]> sources = new ArrayList<>();
        PrintStream err = System.err;
        try {
            for (String p : paths) {
                byte[] src = Files.readAllBytes(Path.of(p));
                String name = p.contains("/") ? p : "./" + p;
                files.add(SourceParser.parse(name, src));
                sources.add(src);
            }
        } catch (CompileError e) {
            err.println("# command-line-arguments");
            e.diagnostics().forEach(err::println);
            System.exit(2);
        }
        for (String l : report(files, sources, Math.max(level, 1), false)) {
            err.println(l);
        }
        err.flush();
    }
}
