package minigo.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import minigo.ast.CompileError;
import minigo.interp.Session;
import minigo.interp.values.GoStruct;
import minigo.types.Struct;
import minigo.types.TypeName;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The read-eval-print loop: reads Go (and {@code :commands}) from a terminal through JLine, or line by
 * line from a pipe, and hands complete input to the {@link Evaluator}. Returns the exit status.
 */
public final class Repl {
    static final String PROMPT = "go> ";
    static final String MORE = "... ";

    static final String HELP = """
            minigo REPL: type Go. Declarations (import, func, type, var, const) stay for the session and
            may be redefined; statements run at once; a bare expression prints its value (fmt's %v)
            and its type after //, e.g.  42  // int
            Input continues on the next line while a bracket is open or a line ends in an operator.
            Ctrl-C stops a running statement (or clears the input), Ctrl-D ends the session.

            Commands:
              :help              this text
              :quit              end the session (also Ctrl-D)
              :reset             forget every declaration and import; a fresh runtime
              :type EXPR         the type of EXPR, without evaluating it
              :load FILE.go      add a Go file's imports and declarations (its main is not run)
              :escape [-m=2]     escape analysis (-gcflags=-m) of the code entered so far
              :memstats          the main runtime.MemStats fields
              :gc                run a collection (runtime.GC) and show its gctrace line
              :set GOGC=N        the collector's target percentage (debug.SetGCPercent)
              :set GODEBUG=gctrace=1   print a line per GC cycle
              :goroutines        the goroutines of the session
            """;

    private final Evaluator ev;
    private final PrintStream out;
    private final PrintStream err;
    private boolean quit;

    public Repl(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.ev = new Evaluator(out, err);
    }

    // ------------------------------------------------------------------ non-terminal input

    /** Reads input line by line (no prompts, no escape codes) until EOF or :quit. */
    public int runPlain(InputStream in) {
        try (ev) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            StringBuilder buf = new StringBuilder();
            String line;
            while (!quit && ev.exitStatus == null && (line = r.readLine()) != null) {
                if (buf.isEmpty() && line.strip().startsWith(":")) {
                    command(line.strip());
                    continue;
                }
                if (!buf.isEmpty()) buf.append('\n');
                buf.append(line);
                if (Input.isComplete(buf.toString())) {
                    String text = buf.toString();
                    buf.setLength(0);
                    if (!text.isBlank()) ev.eval(text);
                }
            }
            if (!buf.isEmpty() && !quit && ev.exitStatus == null) ev.eval(buf.toString());
            out.flush();
            return ev.exitStatus == null ? 0 : ev.exitStatus;
        } catch (IOException e) {
            err.println("minigo: " + e.getMessage());
            return 1;
        }
    }

    // ------------------------------------------------------------------ terminal

    /** The interactive loop on a terminal: line editing, history, completion, multi-line input. */
    public int runTerminal(Terminal terminal, Path history) {
        try (ev) {
            LineReader reader = reader(terminal, history);
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> ev.session().interrupt());
            try {
                while (!quit && ev.exitStatus == null) {
                    String text;
                    try {
                        text = reader.readLine(PROMPT);
                    } catch (UserInterruptException e) {
                        continue; // Ctrl-C while editing: drop the input
                    } catch (EndOfFileException e) {
                        break; // Ctrl-D
                    }
                    if (text.strip().startsWith(":")) command(text.strip());
                    else if (!text.isBlank()) ev.eval(text);
                    out.flush();
                    err.flush();
                }
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
                try {
                    reader.getHistory().save();
                } catch (IOException e) {
                    // history is a convenience
                }
            }
            return ev.exitStatus == null ? 0 : ev.exitStatus;
        }
    }

    LineReader reader(Terminal terminal, Path history) {
        LineReaderBuilder b = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("minigo")
                .parser(new GoLineParser())
                .completer(new GoCompleter(ev))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, MORE)
                .variable(LineReader.INDENTATION, 4)
                .variable(LineReader.HISTORY_SIZE, 10_000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_BRACKET, false)
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        if (history != null) b.variable(LineReader.HISTORY_FILE, history);
        return b.build();
    }

    /** Runs minigo's REPL on the process's terminal (or its pipes). */
    public static int main(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        Repl repl = new Repl(out, err);
        if (!terminal) return repl.runPlain(in);
        try (Terminal t = TerminalBuilder.builder().system(true).nativeSignals(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build()) {
            out.println("minigo REPL (Go 1.19). :help for help, Ctrl-D to quit.");
            return repl.runTerminal(t, Path.of(System.getProperty("user.home"), ".minigo_history"));
        } catch (IOException e) {
            err.println("minigo: no terminal: " + e.getMessage());
            return repl.runPlain(in);
        }
    }

    // ------------------------------------------------------------------ commands

    static final List<String> COMMANDS = List.of(":help", ":quit", ":reset", ":type", ":load", ":escape", ":memstats",
            ":gc", ":set", ":goroutines");

    void command(String line) {
        String[] parts = line.split("\\s+", 2);
        String cmd = parts[0];
        String arg = parts.length > 1 ? parts[1].strip() : "";
        try {
            switch (cmd) {
                case ":help", ":h", ":?" -> out.print(HELP);
                case ":quit", ":q", ":exit" -> quit = true;
                case ":reset" -> {
                    ev.reset();
                    out.println("session reset");
                }
                case ":type", ":t" -> ev.typeOf(arg);
                case ":load", ":l" -> load(arg);
                case ":escape" -> escape(arg);
                case ":memstats" -> memstats();
                case ":gc" -> gc();
                case ":set" -> set(arg);
                case ":goroutines" -> goroutines();
                default -> err.println("unknown command " + cmd + " (:help lists them)");
            }
        } catch (CompileError e) {
            ev.printErrors(e);
        } catch (Session.Failed f) {
            // printed in Go's words
        } catch (Session.Exited x) {
            ev.exitStatus = x.status;
        }
        out.flush();
    }

    private void load(String file) {
        if (file.isEmpty()) {
            err.println("usage: :load FILE.go");
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            err.println("open " + file + ": no such file or directory");
            return;
        }
        ev.load(file, bytes);
    }

    private void escape(String arg) {
        int level = arg.contains("-m=2") || arg.contains("-m -m") ? 2 : 1;
        String src = "package main\n\n" + importLines() + "\n" + ev.transcript.text();
        byte[] bytes = src.getBytes(StandardCharsets.UTF_8);
        try {
            minigo.ast.Ast.File f = minigo.parser.SourceParser.parse("./repl.go", bytes);
            List<String> lines = minigo.escape.Diagnostics.report(List.of(f), List.of(bytes), level, false);
            if (lines.isEmpty()) out.println("(nothing escapes, nothing is inlined)");
            for (String l : lines) if (!l.startsWith("#")) out.println(l);
            out.println("// positions refer to the session as one file; :escape -src prints it");
            if (arg.contains("-src")) {
                String[] ls = src.split("\n", -1);
                for (int i = 0; i < ls.length; i++) out.printf("%4d  %s%n", i + 1, ls[i]);
            }
        } catch (CompileError e) {
            ev.printErrors(e);
        } catch (RuntimeException | LinkageError e) {
            err.println("escape analysis failed: " + e);
        }
    }

    private String importLines() {
        StringBuilder sb = new StringBuilder();
        for (Evaluator.Imp i : ev.imports().values()) {
            sb.append("import ").append(i.name() == null ? "" : i.name() + " ").append('"').append(i.path()).append("\"\n");
        }
        return sb.toString();
    }

    private void memstats() {
        Object v = ev.runGo(List.of(new Evaluator.Imp("__rt", "runtime")),
                "var m __rt.MemStats\n__rt.ReadMemStats(&m)\nreturn m", "__rt.MemStats");
        Struct st = memStatsType();
        if (v instanceof GoStruct gs && st != null) out.print(Values.memStats(gs, st));
        else out.println(String.valueOf(v));
    }

    private Struct memStatsType() {
        for (minigo.types.Package p : ev.pkg().imports()) {
            if (p.path().equals("runtime") && p.scope().lookup("MemStats") instanceof TypeName tn) {
                return (Struct) tn.type().underlying();
            }
        }
        return null;
    }

    private void gc() {
        ev.runGo(List.of(new Evaluator.Imp("__rt", "runtime")), "__rt.GC()", null);
        String godebug = System.getProperty("minigo.godebug", "");
        out.println("runtime.GC() done");
        if (godebug.contains("gctrace=1")) {
            // The runtime prints the gctrace line itself (stderr) once the collector is wired in.
            err.flush();
        } else {
            out.println("(:set GODEBUG=gctrace=1 to see the cycle's gctrace line)");
        }
    }

    private void set(String arg) {
        int eq = arg.indexOf('=');
        if (eq < 0) {
            err.println("usage: :set GOGC=N | :set GODEBUG=name=value,...");
            return;
        }
        String key = arg.substring(0, eq).strip();
        String value = arg.substring(eq + 1).strip();
        switch (key) {
            case "GOGC" -> {
                int pct;
                if (value.equals("off")) pct = -1;
                else {
                    try {
                        pct = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        err.println("GOGC: invalid value " + value);
                        return;
                    }
                }
                Object old = ev.runGo(List.of(new Evaluator.Imp("__dbg", "runtime/debug")),
                        "return __dbg.SetGCPercent(" + pct + ")", "int");
                out.println("GOGC=" + value + " (was " + old + ")");
            }
            case "GODEBUG" -> {
                System.setProperty("minigo.godebug", value);
                out.println("GODEBUG=" + value);
            }
            default -> err.println("unknown setting " + key + " (GOGC, GODEBUG)");
        }
    }

    private void goroutines() {
        List<String> gs = ev.session().goroutines();
        out.println(gs.size() + " goroutine" + (gs.size() == 1 ? "" : "s") + " (goroutine 1 runs what you type):");
        for (String g : gs) out.println(g + ":");
    }

    /** For tests: the names completion offers at this point of a line. */
    List<String> complete(String line) {
        return GoCompleter.candidates(ev, line, line.length());
    }

    Map<String, Evaluator.Imp> importsForTest() {
        return ev.imports();
    }

    static List<String> keywords() {
        return new ArrayList<>(GoCompleter.KEYWORDS);
    }
}
