package minigo.cli;

import java.io.PrintStream;

/**
 * The seam between the command line and the Go pipeline (parse, check, escape, translate, run).
 * Wired to the front end and the Truffle language as they land.
 */
final class Execution {
    private Execution() {}

    static int run(GoFiles files, GcFlags flags, Long seed, PrintStream out, PrintStream err) {
        err.println("minigo: internal error: the interpreter is not wired in yet");
        return 3;
    }

    static void check(GoFiles files, GcFlags flags, PrintStream err) {
        err.println("minigo: internal error: the front end is not wired in yet");
    }

    static String engineDescription() {
        return "(engine not wired in yet)";
    }
}
