package minigo.types;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import minigo.ast.Diagnostic;

/**
 * Imports standard packages from the class path: {@code minigo/stdlib/<path>/FILES} lists the package's
 * .go files (one per line), which are type-checked once per importer (so once per run) with this
 * importer resolving their own imports. Their syntax trees come from the build ({@link StdExport}), or
 * from parsing the files when there are none. {@code unsafe} is built in.
 */
public final class StdImporter implements Importer {
    private final ClassLoader loader;
    private final BiFunction<String, byte[], Ast.File> parser;
    private final Map<String, Package> cache = new HashMap<>();
    private final List<String> importing = new ArrayList<>();
    private final boolean usesExportData;

    /** Parses with minigo.parser.SourceParser (the trees of the build are used where there are some). */
    public StdImporter() {
        this(StdImporter.class.getClassLoader(), defaultParser(), true);
    }

    /** Parses every standard file it imports with this parser (the trees of the build are not used). */
    public StdImporter(ClassLoader loader, BiFunction<String, byte[], Ast.File> parser) {
        this(loader, parser, false);
    }

    private StdImporter(ClassLoader loader, BiFunction<String, byte[], Ast.File> parser, boolean usesExportData) {
        this.loader = loader;
        this.parser = parser;
        this.usesExportData = usesExportData;
    }

    private static BiFunction<String, byte[], Ast.File> defaultParser() {
        return minigo.parser.SourceParser::parse;
    }

    @Override
    public Package importPackage(String path) {
        if (path.equals("unsafe")) return Universe.UNSAFE;
        Package p = cache.get(path);
        if (p != null) return p;
        if (importing.contains(path)) {
            throw new CompileError(List.of(new Diagnostic(Ast.Pos.NONE, "import cycle not allowed")));
        }
        String dir = "minigo/stdlib/" + path + "/";
        List<String> names;
        try (InputStream in = loader.getResourceAsStream(dir + "FILES")) {
            names = StdExport.fileNames(in);
        } catch (IOException e) {
            return null;
        }
        if (names == null) return null;
        // The trees the build parsed, unless this importer was given a parser of its own (tests).
        StdExport.Export export = usesExportData ? StdExport.read(loader, dir) : null;
        List<Ast.File> files;
        if (export != null) {
            files = export.files();
        } else {
            files = new ArrayList<>();
            for (String n : names) {
                try (InputStream in = loader.getResourceAsStream(dir + n)) {
                    if (in == null) throw new IllegalStateException("missing " + dir + n);
                    files.add(parser.apply(StdExport.displayName(path, n), in.readAllBytes()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        importing.add(path);
        try {
            p = new Checker(Checker.Mode.STDLIB).check(path, files, this);
            if (export != null) p.setEscapeFacts(export.escapes());
        } finally {
            importing.remove(path);
        }
        cache.put(path, p);
        return p;
    }
}
