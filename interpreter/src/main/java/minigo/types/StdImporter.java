package minigo.types;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
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
 * .go files (one per line), which are parsed and type-checked once per importer (so once per run) with
 * this importer resolving their own imports. {@code unsafe} is built in.
 */
public final class StdImporter implements Importer {
    private final ClassLoader loader;
    private final BiFunction<String, byte[], Ast.File> parser;
    private final Map<String, Package> cache = new HashMap<>();
    private final List<String> importing = new ArrayList<>();

    /** Uses minigo.parser.SourceParser.parse(displayName, bytes). */
    public StdImporter() {
        this(StdImporter.class.getClassLoader(), defaultParser());
    }

    public StdImporter(ClassLoader loader, BiFunction<String, byte[], Ast.File> parser) {
        this.loader = loader;
        this.parser = parser;
    }

    private static BiFunction<String, byte[], Ast.File> defaultParser() {
        return (name, bytes) -> {
            try {
                Class<?> c = Class.forName("minigo.parser.SourceParser");
                Method m = c.getMethod("parse", String.class, byte[].class);
                return (Ast.File) m.invoke(null, name, bytes);
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("minigo.parser.SourceParser is not available", e);
            }
        };
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
        List<String> names = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(dir + "FILES")) {
            if (in == null) return null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) names.add(line);
            }
        } catch (IOException e) {
            return null;
        }
        List<Ast.File> files = new ArrayList<>();
        for (String n : names) {
            try (InputStream in = loader.getResourceAsStream(dir + n)) {
                if (in == null) throw new IllegalStateException("missing " + dir + n);
                files.add(parser.apply("$GOROOT/src/" + path + "/" + n, in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        importing.add(path);
        try {
            p = new Checker(Checker.Mode.STDLIB).check(path, files, this);
        } finally {
            importing.remove(path);
        }
        cache.put(path, p);
        return p;
    }
}
