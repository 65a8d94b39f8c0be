package minigo.interp;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import minigo.ast.CompileError;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs a checked program in a fresh polyglot context (no host access, no IO beyond the given
 * streams) and returns its exit status: 0 when main returns, os.Exit's status, 2 for an unrecovered
 * panic or a deadlock, 3 for an internal error. The program reaches the language through a
 * hand-off table, so the front end does not run twice.
 */
public final class Runner {
    private Runner() {}

    private static final Map<String, CheckedProgram> HANDOFF = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();
    static final String PREFIX = "#checked-program:";

    static CheckedProgram take(String key) {
        return HANDOFF.remove(key);
    }

    /**
     * The polyglot engine, being made on a thread of its own while the front end parses and checks
     * (made by {@link #prepareEngine}; taken by the next run). Making an engine loads and sets up
     * the Truffle runtime and its compiler: about 0.1 s of a hello world that need not wait for the
     * front end, nor the front end for it, on a machine with a second core.
     */
    private static java.util.concurrent.CompletableFuture<Engine> preparing;

    /** Starts making the engine for the next {@link #run} in the background (the command line's run does). */
    public static synchronized void prepareEngine() {
        if (preparing == null) {
            preparing = java.util.concurrent.CompletableFuture.supplyAsync(Runner::newEngine,
                    r -> {
                        Thread t = new Thread(r, "minigo-engine");
                        t.setDaemon(true);
                        t.start();
                    });
        }
    }

    private static synchronized Engine takeEngine() {
        java.util.concurrent.CompletableFuture<Engine> f = preparing;
        preparing = null;
        return f == null ? null : f.join();
    }

    private static Engine newEngine() {
        Engine e = Engine.newBuilder(GoLanguage.ID)
                .option("engine.WarnInterpreterOnly", "false")
                .allowExperimentalOptions(true)
                .option("engine.WarnVirtualThreadSupport", "false")
                .build();
        Phases.mark("engine");
        return e;
    }

    /** Go's goroutine stacks grow to 1 GB; the main goroutine gets a large Java stack to come close. */
    static final long MAIN_STACK = 2L << 30;

    /** os.Args is {program name, args...}. Runs on a thread of its own with a deep stack. */
    public static int run(CheckedProgram program, String programName, List<String> args, OutputStream out, OutputStream err) {
        return run(program, programName, args, System.getenv(), out, err);
    }

    /** As above, with the program's environment (GOGC, GOMEMLIMIT, GODEBUG are read from it). */
    public static int run(CheckedProgram program, String programName, List<String> args, java.util.Map<String, String> env,
            OutputStream out, OutputStream err) {
        return run(program, programName, args, env, false, out, err);
    }

    /** As above; fakeTime: the program runs on the fake clock (minigo run --faketime). */
    public static int run(CheckedProgram program, String programName, List<String> args, java.util.Map<String, String> env,
            boolean fakeTime, OutputStream out, OutputStream err) {
        return run(program, programName, args, env, fakeTime, System.in, out, err);
    }

    /** As above; in: the program's standard input (os.Stdin). */
    public static int run(CheckedProgram program, String programName, List<String> args, java.util.Map<String, String> env,
            boolean fakeTime, java.io.InputStream in, OutputStream out, OutputStream err) {
        int[] status = {3};
        Thread t = new Thread(null, () -> status[0] = runHere(program, programName, args, env, fakeTime, in, out, err), "main",
                MAIN_STACK);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return status[0];
    }

    static int runHere(CheckedProgram program, String programName, List<String> args, java.util.Map<String, String> env,
            boolean fakeTime, java.io.InputStream in, OutputStream out, OutputStream err) {
        String key = Long.toString(IDS.incrementAndGet());
        HANDOFF.put(key, program);
        List<String> osArgs = new ArrayList<>();
        osArgs.add(programName);
        osArgs.addAll(args);
        // A run's engine is its own: made here, or beforehand by prepareEngine, and closed with the context.
        Engine prepared = takeEngine();
        Engine engine = prepared != null ? prepared : newEngine();
        try (engine; Context ctx = Context.newBuilder(GoLanguage.ID)
                .engine(engine)
                .allowAllAccess(false)
                .allowCreateThread(true)
                .in(in)
                .out(out)
                .err(err)
                .arguments(GoLanguage.ID, osArgs.toArray(new String[0]))
                .environment(env)
                .option("go.FakeTime", Boolean.toString(fakeTime))
                .build()) {
            ctx.eval(Source.newBuilder(GoLanguage.ID, PREFIX + key, "main").buildLiteral());
            return 0;
        } catch (PolyglotException e) {
            if (e.isExit()) return e.getExitStatus();
            try {
                err.write(("minigo: internal error: " + e.getMessage() + "\n").getBytes());
                if (System.getenv("MINIGO_DEBUG") != null) e.printStackTrace(new java.io.PrintStream(err));
                err.flush();
            } catch (java.io.IOException ignored) {
                // nothing more we can say
            }
            return 3;
        } finally {
            HANDOFF.remove(key);
        }
    }

    /** A minimal command line for tests and tools: {@code Runner file.go... [-- args]}. */
    public static void main(String[] argv) {
        List<Path> files = new ArrayList<>();
        List<String> args = new ArrayList<>();
        boolean rest = false;
        for (String a : argv) {
            if (rest) args.add(a);
            else if (a.equals("--")) rest = true;
            else files.add(Path.of(a));
        }
        CheckedProgram p;
        try {
            p = Frontend.check(files);
        } catch (CompileError e) {
            System.out.flush();
            System.err.println("# command-line-arguments");
            for (var d : e.diagnostics()) System.err.println(d);
            System.exit(1);
            return;
        }
        String name = files.get(0).getFileName().toString().replaceAll("\\.go$", "");
        int code = run(p, "/tmp/go-build/" + name, args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }
}
