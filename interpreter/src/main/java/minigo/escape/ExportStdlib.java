package minigo.escape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import minigo.ast.Ast;
import minigo.parser.SourceParser;
import minigo.types.StdExport;

/**
 * Build time: {@code ExportStdlib <classes dir>} writes the export data ({@link StdExport}) of every
 * standard package under {@code minigo/stdlib}: its parsed files and the escape decisions the
 * interpreter binds, made exactly as a run would make them ({@link EscapeResult#analyze} over the
 * package's files, without -l).
 */
public final class ExportStdlib {
    private ExportStdlib() {}

    /** The files FILES lists in a package directory, parsed (the import path names their positions). */
    public static List<Ast.File> parsePackage(Path dir, String path) throws IOException {
        List<String> names;
        try (InputStream in = Files.newInputStream(dir.resolve("FILES"))) {
            names = StdExport.fileNames(in);
        }
        List<Ast.File> files = new ArrayList<>();
        for (String n : names) {
            files.add(SourceParser.parse(StdExport.displayName(path, n), Files.readAllBytes(dir.resolve(n))));
        }
        return files;
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0], "minigo", "stdlib");
        List<Path> dirs;
        try (Stream<Path> s = Files.walk(root)) {
            dirs = s.filter(p -> p.getFileName().toString().equals("FILES")).map(Path::getParent).sorted().toList();
        }
        for (Path dir : dirs) {
            String path = root.relativize(dir).toString().replace('\\', '/');
            List<Ast.File> files = parsePackage(dir, path);
            minigo.types.EscapeFacts facts;
            try {
                facts = EscapeResult.analyze(files, List.of(), false).facts();
            } catch (RuntimeException | StackOverflowError e) {
                System.err.println("minigo: no escape decisions recorded for " + path + ": " + e);
                facts = null;
            }
            // Written beside, then moved into place: a build stopped halfway leaves no half file.
            Path tmp = dir.resolve(StdExport.EXPORT + ".tmp");
            Files.write(tmp, StdExport.encode(files, facts));
            Files.move(tmp, dir.resolve(StdExport.EXPORT), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
