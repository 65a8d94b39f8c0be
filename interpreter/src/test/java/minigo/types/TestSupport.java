package minigo.types;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import minigo.ast.Diagnostic;
import minigo.parser.SourceParser;

/** Shared helpers: resources, the standard packages of the repository, parse-and-check. */
final class TestSupport {
    private TestSupport() {}

    static final Path RESOURCES = Path.of("src/test/resources/typecheck");
    /** The repository's standard library sources (sibling module), used as the import source of the tests. */
    static final Path STDLIB = Path.of("../stdlib/src/main/resources");

    static ClassLoader stdlibLoader() {
        try {
            return new URLClassLoader(new URL[] {STDLIB.toUri().toURL(), RESOURCES.resolve("pkgs").toUri().toURL()},
                    TestSupport.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Importer shared;

    /** One importer for all tests: each standard package is parsed and checked once per test run. */
    static synchronized Importer importer() {
        if (shared == null) shared = new StdImporter(stdlibLoader(), SourceParser::parse);
        return shared;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Ast.File parse(String displayName, String src) {
        return SourceParser.parse(displayName, src.getBytes(StandardCharsets.UTF_8));
    }

    static Package check(String displayName, String src) {
        return new Checker().check("main", List.of(parse(displayName, src)), importer());
    }

    /** The diagnostics as go build prints them (one string, lines joined), or "" when it checks. */
    static String errors(String displayName, String src) {
        try {
            check(displayName, src);
            return "";
        } catch (CompileError e) {
            List<String> lines = new ArrayList<>();
            for (Diagnostic d : e.diagnostics()) lines.add(d.toString());
            return String.join("\n", lines) + "\n";
        }
    }

    static List<Path> files(Path dir, String ext) {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
