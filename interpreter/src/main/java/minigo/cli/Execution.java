package minigo.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import minigo.interp.CheckedProgram;
import minigo.interp.Frontend;
import minigo.interp.Runner;

/**
 * The seam between the command line and the Go pipeline: parse and check (the front end, plain
 * Java), then hand the checked program to the Truffle language to run.
 */
final class Execution {
    private Execution() {}

    static int run(GoFiles files, GcFlags flags, Long seed, boolean fakeTime, PrintStream out, PrintStream err) {
        minigo.interp.Phases.mark("main");
        Runner.prepareEngine();
        CheckedProgram program = frontEnd(files);
        minigo.interp.Phases.mark("frontend");
        printEscapeReport(program, files, flags, err);
        if (!program.main().name().equals("main")) {
            err.println("package command-line-arguments is not a main package");
            return 1;
        }
        // A Go binary's os.Args[0] is the path of the executable go run built.
        String name = files.paths().get(0).getFileName().toString().replaceAll("\\.go$", "");
        // Every random choice of a run (map iteration order, select's poll order) comes from this
        // source; the scheduler's own choices count work, not time, so a seed replays a run. Without
        // --seed the run still has one (random), so that a crash can say how to replay it.
        long used = seed != null ? seed : new java.util.SplittableRandom().nextLong() >>> 1;
        minigo.interp.values.GoRandom.setSeed(used);
        CompilerPriority.favourCompilerLater();
        int status = Runner.run(program, "/tmp/go-build/b001/exe/" + name, files.programArgs(), System.getenv(), fakeTime,
                Main.stdin(), out, err);
        out.flush();
        minigo.interp.Phases.mark("exit");
        if (status == 2 && seed == null) {
            // A panic or fatal error (or os.Exit(2)): after Go's own output, so its first line stays Go's.
            err.println("minigo: run with --seed " + used + " to reproduce");
            err.flush();
        }
        return status;
    }

    static void check(GoFiles files, GcFlags flags, PrintStream err) {
        printEscapeReport(frontEnd(files), files, flags, err);
    }

    /** With -gcflags=-m, as go build and go run do before anything runs. */
    private static void printEscapeReport(CheckedProgram program, GoFiles files, GcFlags flags, PrintStream err) {
        if (flags.m() > 0) {
            // -gcflags=-m: the inlining and escape decisions, in the compiler's words and order.
            for (String line : minigo.escape.Diagnostics.report(program.main().files(), files.contents(), flags.m(),
                    flags.noInline())) {
                err.println(line);
            }
            err.flush();
        }
    }

    /** Parses every file, checks that they form one package, and type-checks it. */
    static CheckedProgram frontEnd(GoFiles files) {
        List<String> pkgs = new ArrayList<>();
        for (byte[] src : files.contents()) {
            pkgs.add(packageClause(src));
        }
        for (int i = 1; i < pkgs.size(); i++) {
            if (pkgs.get(0) != null && pkgs.get(i) != null && !pkgs.get(i).equals(pkgs.get(0))) {
                throw new PackageMismatch("found packages " + pkgs.get(0) + " (" + files.paths().get(0).getFileName()
                        + ") and " + pkgs.get(i) + " (" + files.paths().get(i).getFileName() + ") in "
                        + files.paths().get(0).getParent());
            }
        }
        return Frontend.check(files.displayNames(), files.contents());
    }

    /** The package name of a file, read from its first tokens as cmd/go does before compiling, or null. */
    private static String packageClause(byte[] src) {
        java.util.regex.Matcher m = PACKAGE.matcher(new String(src, java.nio.charset.StandardCharsets.ISO_8859_1));
        return m.lookingAt() ? m.group(1) : null;
    }

    private static final java.util.regex.Pattern PACKAGE = java.util.regex.Pattern.compile(
            "(?:\\s|//[^\\n]*\\n|/\\*(?s:.*?)\\*/)*package\\s+([\\p{L}_][\\p{L}\\p{N}_]*)");

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
