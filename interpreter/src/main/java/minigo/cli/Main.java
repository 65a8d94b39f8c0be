package minigo.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code minigo} command, in the manner of the {@code go} command: {@code run}, {@code build},
 * {@code version}, {@code help}. Flags are Go's ({@code -gcflags=-m}); the first argument that does
 * not end in {@code .go} and everything after it go to the program as {@code os.Args[1:]}.
 *
 * <p>Exit statuses follow {@code go run}: 2 for a program that does not compile (and for a bad flag),
 * 1 for a file that cannot be read, the program's own status otherwise (minigo exits with it directly
 * instead of printing {@code exit status N}), 3 for an internal error of minigo.
 */
@Command(name = "minigo", mixinStandardHelpOptions = false,
        subcommands = {Main.Run.class, Main.Build.class, Main.Repl.class, Main.Version.class, Main.Help.class},
        description = "minigo is a small Go interpreted on the JVM, with a faithful model of Go's runtime.")
public final class Main implements Callable<Integer> {

    static final String USAGE = """
            minigo is a small Go, interpreted on the JVM, whose runtime models Go's own.

            Usage:

            \tminigo <command> [arguments]

            The commands are:

            \trun         compile and run a Go program
            \tbuild       check a Go program (with -gcflags=-m: print escape analysis)
            \trepl        try Go interactively (also plain minigo on a terminal)
            \tversion     print minigo's version and how it executes Go
            \thelp        print this help

            Examples:

            \tminigo run hello.go
            \tminigo run -gcflags=-m prog.go arg1 arg2
            \tminigo run --seed 42 --faketime prog.go   (replay a run; sleep on a fake clock)
            \tminigo build -gcflags='-m -m' prog.go
            """;

    /** Where the commands read and write; a test may run minigo in-process with streams of its own. */
    private static java.io.InputStream in = System.in;
    private static PrintStream out = System.out;
    private static PrintStream err = System.err;

    /** The program's standard input (os.Stdin) for the command running now. */
    static java.io.InputStream stdin() {
        return in;
    }

    public static void main(String[] args) {
        CompilerPriority.ownProcess = true;
        int status = execute(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /**
     * Go's main goroutine may grow its stack to 1 GB, and deeply nested source recurses deeply in the
     * front end: the command runs on a thread with a stack that large (reserved, not committed).
     */
    static final long STACK_BYTES = 1L << 30;

    /** Runs the command line with these streams and returns the exit status; never throws. */
    public static int execute(String[] args, PrintStream stdout, PrintStream stderr) {
        return execute(args, System.in, stdout, stderr);
    }

    /** The same, with the program's standard input. */
    public static synchronized int execute(String[] args, java.io.InputStream stdin, PrintStream stdout, PrintStream stderr) {
        in = stdin;
        out = stdout;
        err = stderr;
        int[] status = {3};
        Thread t = new Thread(null, () -> status[0] = executeHere(args), "main", STACK_BYTES);
        t.start();
        while (true) {
            try {
                t.join();
                return status[0];
            } catch (InterruptedException e) {
                t.interrupt();
            }
        }
    }

    private static int executeHere(String[] args) {
        try {
            if (args.length == 0 && System.console() != null && System.console().isTerminal()) {
                return minigo.repl.Repl.main(in, out, err, true);
            }
            if (args.length == 0) {
                err.print(USAGE);
                return 2;
            }
            if (isPlainRun(args)) {
                return Driver.run(List.of(args).subList(1, args.length), "", null, out, err);
            }
            CommandLine cl = new CommandLine(new Main());
            cl.setStopAtPositional(true);
            cl.setUnmatchedOptionsArePositionalParams(false);
            cl.setOut(new java.io.PrintWriter(out, true));
            cl.setErr(new java.io.PrintWriter(err, true));
            cl.setParameterExceptionHandler((ex, a) -> {
                String msg = ex.getMessage();
                if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
                    String flag = u.getUnmatched().get(0);
                    if (flag.startsWith("-")) {
                        int eq = flag.indexOf('=');
                        msg = "flag provided but not defined: " + (eq > 0 ? flag.substring(0, eq) : flag);
                    } else {
                        msg = "minigo " + flag + ": unknown command\nRun 'minigo help' for usage.";
                    }
                }
                err.println(msg);
                CommandLine sub = ex.getCommandLine();
                if (sub != null && sub.getCommand() instanceof Run) {
                    err.println("usage: minigo run [-gcflags=flags] [--seed N] [--faketime] gofiles... [arguments...]");
                    err.println("Run 'minigo help' for details.");
                } else if (sub != null && sub.getCommand() instanceof Build) {
                    err.println("usage: minigo build [-gcflags=flags] gofiles...");
                    err.println("Run 'minigo help' for details.");
                }
                return 2;
            });
            cl.setExecutionExceptionHandler((ex, c, p) -> Driver.internalError(ex, err));
            return cl.execute(args);
        } catch (Throwable t) {
            return Driver.internalError(t, err);
        }
    }

    /**
     * {@code minigo run prog.go [arguments...]} with no flag before the first file: what picocli
     * would make of it is plain (everything after "run" is files and then the program's
     * arguments), so it is run without building picocli's model of the commands, which reads their
     * annotations by reflection: 75 ms of every start, an eighth of a hello world. Anything else
     * (flags, @argument files, other commands, errors) goes through picocli.
     */
    static boolean isPlainRun(String[] args) {
        return args.length >= 2 && args[0].equals("run") && !args[1].isEmpty()
                && args[1].charAt(0) != '-' && args[1].charAt(0) != '@';
    }

    @Override
    public Integer call() {
        err.print(USAGE);
        return 2;
    }

    /** Flags shared by run and build. */
    static class CompileFlags {
        @Option(names = {"-gcflags", "--gcflags"}, paramLabel = "flags",
                description = "compiler flags, as Go's: -m prints escape analysis decisions, -m -m or -m=2 explains them")
        String gcflags = "";
    }

    @Command(name = "run", description = "compile and run a Go program")
    static final class Run implements Callable<Integer> {
        @CommandLine.Mixin
        CompileFlags flags = new CompileFlags();

        @Option(names = {"--seed", "-seed"}, paramLabel = "N",
                description = "seed every random choice (map order, select) so that a run can be repeated")
        Long seed;

        @Option(names = {"--faketime", "-faketime"},
                description = "a fake clock, as on the Go playground: it starts at 2009-11-10 23:00:00 UTC and jumps to the "
                        + "next timer when every goroutine is blocked, so sleeping programs finish at once")
        boolean fakeTime;

        @Parameters(paramLabel = "gofiles... [arguments...]")
        List<String> rest = new ArrayList<>();

        @Override
        public Integer call() {
            return Driver.run(rest, flags.gcflags, seed, fakeTime, out, err);
        }
    }

    @Command(name = "build", description = "check a Go program; with -gcflags=-m print escape analysis")
    static final class Build implements Callable<Integer> {
        @CommandLine.Mixin
        CompileFlags flags = new CompileFlags();

        @Option(names = {"-o"}, paramLabel = "file", description = "accepted for compatibility; minigo writes no binary")
        String output;

        @Parameters(paramLabel = "gofiles...")
        List<String> files = new ArrayList<>();

        @Override
        public Integer call() {
            return Driver.build(files, flags.gcflags, err);
        }
    }

    @Command(name = "repl", description = "try Go interactively: declarations stay, statements run at once")
    static final class Repl implements Callable<Integer> {
        @Override
        public Integer call() {
            boolean terminal = System.console() != null && System.console().isTerminal();
            return minigo.repl.Repl.main(in, out, err, terminal);
        }
    }

    @Command(name = "version", description = "print minigo's version and how it executes Go")
    static final class Version implements Callable<Integer> {
        @Override
        public Integer call() {
            out.println(Driver.version());
            return 0;
        }
    }

    @Command(name = "help", description = "print help")
    static final class Help implements Callable<Integer> {
        @Parameters(arity = "0..1")
        String topic;

        @Override
        public Integer call() {
            out.print(USAGE);
            return 0;
        }
    }
}
