package minigo.cli;

import java.io.PrintStream;
import java.util.List;
import minigo.ast.CompileError;
import minigo.ast.Diagnostic;

/**
 * What the commands do, apart from parsing their flags: read the files, run the front end, print
 * compile errors as {@code go run} does, and hand a checked program to the Truffle language.
 */
final class Driver {
    private Driver() {}

    /** Go stops listing errors after this many, then says {@code too many errors}. */
    static final int MAX_ERRORS = 10;

    static int run(List<String> args, String gcflags, Long seed, PrintStream out, PrintStream err) {
        return run(args, gcflags, seed, false, out, err);
    }

    /** fakeTime: run on the fake clock (--faketime). */
    static int run(List<String> args, String gcflags, Long seed, boolean fakeTime, PrintStream out, PrintStream err) {
        return withProgram(args, gcflags, false, err, (files, flags) -> Execution.run(files, flags, seed, fakeTime, out, err));
    }

    static int build(List<String> args, String gcflags, PrintStream err) {
        return withProgram(args, gcflags, true, err, (files, flags) -> {
            Execution.check(files, flags, err);
            return 0;
        });
    }

    /** What run and build do with the files once they are read and the flags parsed. */
    private interface Step {
        int apply(GoFiles files, GcFlags flags);
    }

    /**
     * Reads the named files and parses -gcflags, then does the step; every refusal along the way
     * (unreadable file, bad flag, files of two packages, invalid Go) is printed in Go's words and
     * turned into go run's exit status.
     */
    private static int withProgram(List<String> args, String gcflags, boolean filesOnly, PrintStream err, Step step) {
        GoFiles files;
        try {
            files = GoFiles.read(args);
        } catch (GoFiles.Problem p) {
            err.println(p.getMessage());
            return p.status;
        }
        if (filesOnly && !files.programArgs().isEmpty()) {
            err.println("named files must be .go files: " + files.programArgs().get(0));
            return 1;
        }
        try {
            return step.apply(files, GcFlags.parse(gcflags));
        } catch (CompileError e) {
            return printCompileErrors(e, files, err);
        } catch (GcFlags.BadFlag e) {
            err.println(e.getMessage());
            return 2;
        } catch (Execution.PackageMismatch e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    static String version() {
        return "minigo version 0.1.0 (Go 1.19 language and library) " + Execution.engineDescription();
    }

    /**
     * Go's form: the package header line, then one line per error; after ten, {@code too many errors}
     * at the tenth error's position. Returns go run's exit status for it.
     * A message that spans lines (have/want explanations) is printed as it is.
     */
    static int printCompileErrors(CompileError e, GoFiles files, PrintStream err) {
        List<Diagnostic> ds = e.diagnostics();
        if (!ds.isEmpty() && minigo.parser.SourceParser.reportedByGoCommand(ds.get(0))) {
            // cmd/go itself rejects a file whose package clause or imports it cannot read, before
            // any compiler runs, and names the file as it was given on the command line.
            Diagnostic d = ds.get(0);
            int i = files.displayNames().indexOf(d.pos().file());
            String name = i >= 0 ? files.given().get(i) : d.pos().file();
            err.println(name + ":" + d.pos().line() + ":" + d.pos().col() + ": " + d.message());
            err.flush();
            return 1;
        }
        err.println("# command-line-arguments");
        int n = 0;
        for (Diagnostic d : ds) {
            if (n == MAX_ERRORS) {
                // Go repeats the position of the last error it printed.
                err.println(ds.get(n - 1).pos() + ": too many errors");
                break;
            }
            err.println(d);
            n++;
        }
        err.flush();
        return 2;
    }

    /**
     * A bug in minigo: Go's position when we know it, the Java trace only when MINIGO_DEBUG is set.
     */
    static int internalError(Throwable t, PrintStream err) {
        err.println("minigo: internal error: " + t);
        if (System.getenv("MINIGO_DEBUG") != null) {
            t.printStackTrace(err);
        }
        err.flush();
        return 3;
    }
}
