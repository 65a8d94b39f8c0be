package minigo.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import minigo.ast.CompileError;
import minigo.ast.Diagnostic;
import minigo.parser.SourceParser;
import minigo.types.Checker;
import minigo.types.Package;
import minigo.types.StdImporter;

/**
 * The seam between the command line and the Go pipeline: parse and check (the front end, plain
 * Java), then hand the checked program to the Truffle language to run.
 */
final class Execution {
    private Execution() {}

    /** A checked main package: its files and what the checker learnt. */
    record Checked(List<Ast.File> files, Package pkg) {}

    static int run(GoFiles files, GcFlags flags, Long seed, PrintStream out, PrintStream err) {
        Checked checked = frontEnd(files);
        if (!checked.files().get(0).packageName().name().equals("main")) {
            err.println("package command-line-arguments is not a main package");
            return 1;
        }
        err.println("minigo: internal error: the interpreter is not wired in yet");
        return 3;
    }

    static void check(GoFiles files, GcFlags flags, PrintStream err) {
        Checked checked = frontEnd(files);
        if (flags.m() > 0) {
            // -gcflags=-m: the inlining and escape decisions, in the compiler's words and order.
            for (String line : minigo.escape.Diagnostics.report(checked.files(), files.contents(), flags.m(),
                    flags.noInline())) {
                err.println(line);
            }
            err.flush();
        }
    }

    /** Parses every file, checks that they form one package, and type-checks it. */
    static Checked frontEnd(GoFiles files) {
        List<Ast.File> asts = new ArrayList<>();
        List<Diagnostic> syntax = new ArrayList<>();
        for (int i = 0; i < files.paths().size(); i++) {
            try {
                asts.add(SourceParser.parse(files.displayNames().get(i), files.contents().get(i)));
            } catch (CompileError e) {
                syntax.addAll(e.diagnostics());
            }
        }
        if (!syntax.isEmpty()) {
            throw new CompileError(syntax);
        }
        String pkg = asts.get(0).packageName().name();
        for (int i = 1; i < asts.size(); i++) {
            String other = asts.get(i).packageName().name();
            if (!other.equals(pkg)) {
                throw new PackageMismatch("found packages " + pkg + " (" + files.paths().get(0).getFileName() + ") and "
                        + other + " (" + files.paths().get(i).getFileName() + ") in "
                        + files.paths().get(0).getParent());
            }
        }
        Package p = new Checker().check("main", asts, new StdImporter());
        return new Checked(asts, p);
    }

    /** Files of different packages named together: cmd/go refuses them before compiling. */
    static final class PackageMismatch extends RuntimeException {
        PackageMismatch(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Which Truffle runtime executes Go: Graal's optimizing runtime compiles hot Go functions to
     * machine code; the fallback only interprets.
     */
    static String engineDescription() {
        try (org.graalvm.polyglot.Engine engine = org.graalvm.polyglot.Engine.newBuilder()
                .option("engine.WarnInterpreterOnly", "false").build()) {
            String name = engine.getImplementationName();
            String jdk = System.getProperty("java.vm.vendor") + " " + Runtime.version();
            if (name.equals("Interpreted")) {
                return "on " + jdk + ": interpreter only (no Graal compiler for this JDK)";
            }
            return "on " + jdk + ": optimizing runtime (" + name + " compiler)";
        }
    }
}
