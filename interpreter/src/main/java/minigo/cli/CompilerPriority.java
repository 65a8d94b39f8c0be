package minigo.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On a machine with one or two cores, gives the compiler of Go code a core of its own once a run
 * has lasted a while.
 *
 * <p>Until Truffle has compiled a program's hot functions, the Go code runs in the interpreter, tens
 * of times slower. Three threads then want the two cores: the one running Go code, HotSpot's C1
 * (compiling the interpreter and the Graal compiler, which is Java code warming up in this very
 * JVM), and Truffle's compiler thread (Graal compiling the Go functions). Shared three ways, the
 * first compilation of fib and of nbody finished 1.1 and 1.3 s after it was queued; every interpreted
 * call made meanwhile is the slow kind. So, {@value #AFTER_MS} ms into the run, this lowers the
 * scheduling priority (to nice {@value #NICE}) of the thread that runs Go code and of C1's, leaving
 * Truffle's compiler thread ahead of them.
 *
 * <p>Why after a delay, and why C1 too. Compiled code repays the interpretation it replaces only if
 * the program runs on long enough; a short script would merely wait for compilations it never
 * uses. Measured on the 2-core machine (interleaved runs, medians of 5 to 7): lowering the Go
 * thread alone, at once, slowed hello world from 0.44 to 0.60 s; after 100 ms it slowed a 0.7 s
 * program to 1.0 s, because C1 and Truffle's compiler then both came first. Lowering the Go thread
 * and C1 together after 300 ms, as here, costs programs that end soon after (0.6-1.0 s in all)
 * 5-10% and leaves hello world alone; the 7 bench programs, 1.5-5 s, gain 4.6-10% in geometric mean
 * (three interleaved runs; issue 8's note).
 *
 * <p>Linux only (thread ids from /proc, {@code renice} from util-linux), only in minigo's own process
 * (not when a test runs the command line in its JVM), and only when a Truffle compiler thread
 * exists by then (the optimizing runtime is on and has queued a compilation); anything that fails
 * leaves the priorities as they were. Lowered priorities are not raised again (that needs
 * privileges), and they count against other processes too, so machines with more cores, where the
 * three threads do not compete, are left alone. A Truffle compiler thread that idles for 10 s ends;
 * the one made next, by the lowered Go thread, inherits its priority, so the advantage lasts as
 * long as the compilations keep coming. {@code -Dminigo.compilerPriority=false} (in
 * MINIGO_JAVA_OPTS) turns this off.
 */
final class CompilerPriority {
    private CompilerPriority() {}

    /** How long a run lasts before its compilations come first. */
    static final long AFTER_MS = 300;
    /**
     * The nice value of the threads that yield. They start at the process's own, 0 unless minigo was
     * started under nice: util-linux 2.38's renice reads {@code -n} as the new value, other renices
     * as an increment, and from 0 both give 10. (Done once per process.)
     */
    static final int NICE = 10;

    /** Set by {@link Main#main}: the JVM is minigo's own process, whose threads this may renice. */
    static volatile boolean ownProcess;

    private static final Path TASKS = Path.of("/proc/self/task");

    /** Arranges for the compiler to come first if the run is still going after {@link #AFTER_MS}. */
    static void favourCompilerLater() {
        if (!ownProcess || Runtime.getRuntime().availableProcessors() > 2
                || !Boolean.parseBoolean(System.getProperty("minigo.compilerPriority", "true"))
                || !Files.isDirectory(TASKS)) {
            return;
        }
        Thread t = new Thread(CompilerPriority::favourCompiler, "minigo-priority");
        t.setDaemon(true);
        t.start();
    }

    private static void favourCompiler() {
        try {
            Thread.sleep(AFTER_MS);
            Map<String, String> threads = new LinkedHashMap<>();
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
                for (Path task : tasks) {
                    try {
                        String name = Files.readString(task.resolve("comm")).trim();
                        threads.put(task.getFileName().toString(), name);
                    } catch (IOException ended) {
                        // the thread ended meanwhile (C1 and Truffle retire idle compiler threads)
                    }
                }
            }
            List<String> command = reniceCommand(threads);
            if (command == null) return;
            // Not waited for: the run goes on meanwhile, and may end first.
            new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | InterruptedException | RuntimeException e) {
            // The priorities stay as they were: a slower start, nothing worse.
        }
    }

    /**
     * The command that lowers the priority of the threads that give way, given the process's
     * threads (id to name); null when no Truffle compiler thread is running, as with the
     * interpreter-only runtime or before any Go function was queued for compilation.
     */
    static List<String> reniceCommand(Map<String, String> threads) {
        if (threads.values().stream().noneMatch(n -> n.startsWith("TruffleCompiler"))) return null;
        List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(NICE), "-p"));
        threads.forEach((tid, name) -> {
            if (yields(name)) command.add(tid);
        });
        return command;
    }

    /**
     * The threads that give way: the Go code's ({@code main}: goroutine 1's thread, which mounts
     * every other goroutine; the JVM's own main thread, which waits for it, has that name too) and
     * C1's. Linux cuts a thread's name to 15 characters.
     */
    static boolean yields(String threadName) {
        return threadName.equals("main") || threadName.startsWith("C1 CompilerThre");
    }
}
