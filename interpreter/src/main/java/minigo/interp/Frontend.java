package minigo.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import minigo.ast.Diagnostic;
import minigo.types.Checker;
import minigo.types.Package;
import minigo.types.StdImporter;

/**
 * The front end as plain Java (no Truffle context needed): parse every file, type-check package main
 * with the standard-library importer, and order the packages for initialisation. Throws CompileError
 * (Go's diagnostics) for invalid programs; the CLI prints them and exits 1 without ever creating an
 * engine.
 */
public final class Frontend {
    private Frontend() {}

    /** Checks the program made of these files; display names are the paths as given. */
    public static CheckedProgram check(List<Path> files) {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (Path p : files) {
            names.add(p.toString());
            try {
                contents.add(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new CompileError(List.of(new Diagnostic(Ast.Pos.NONE, "open " + p + ": no such file or directory")));
            }
        }
        return check(names, contents);
    }

    /** Checks the program made of these sources (display name for positions, bytes). */
    public static CheckedProgram check(List<String> displayNames, List<byte[]> contents) {
        List<Ast.File> asts = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (int i = 0; i < displayNames.size(); i++) {
            try {
                asts.add(minigo.parser.SourceParser.parse(displayNames.get(i), contents.get(i)));
            } catch (CompileError e) {
                errors.addAll(e.diagnostics());
            }
        }
        if (!errors.isEmpty()) throw new CompileError(errors);
        StdImporter importer = new StdImporter();
        Package main = new Checker().check("main", asts, importer);
        List<Package> order = new ArrayList<>();
        IdentityHashMap<Package, Boolean> seen = new IdentityHashMap<>();
        // the runtime package is part of every program (its types are those of runtime panics)
        try {
            Package rt = importer.importPackage("runtime");
            if (rt != null) visit(rt, seen, order);
        } catch (RuntimeException e) {
            // no runtime package on the class path: runtime errors get synthetic types
        }
        visit(main, seen, order);
        return new CheckedProgram(order, main, contents);
    }

    private static void visit(Package p, Map<Package, Boolean> seen, List<Package> order) {
        if (seen.put(p, Boolean.TRUE) != null) return;
        for (Package q : p.imports()) visit(q, seen, order);
        if (!p.path().equals("unsafe")) order.add(p);
    }
}
