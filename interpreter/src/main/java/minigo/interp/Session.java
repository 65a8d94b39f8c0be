package minigo.interp;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.RootNode;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import minigo.interp.translate.Translator;
import minigo.interp.translate.TypeUtil;
import minigo.interp.values.DynamicTypes;
import minigo.interp.values.GoPanic;
import minigo.interp.values.RuntimeError;
import minigo.types.Func;
import minigo.types.Initializer;
import minigo.types.Package;
import minigo.types.Type;
import minigo.types.Var;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * An incremental program for the REPL: ONE polyglot context and ONE {@link Translator} live as long as
 * the session, so package variables, translated functions, method tables and goroutines persist
 * between inputs. The REPL (minigo.repl) checks each increment of package main itself
 * ({@code minigo.types.Incremental}) and asks the session to run pieces of it: the initialisation of
 * packages imported for the first time, the initialisers of new package variables, a function.
 *
 * <p>A piece runs on the caller's thread holding the P, like the main goroutine. When it panics, the
 * panic is printed in Go's words ({@code panic: ...}, without the goroutine trace) and {@link Failed} is
 * thrown: the session goes on. A deadlock of the piece is reported as Go reports it, and the session
 * goes on too. {@link #interrupt()} (Ctrl-C) stops the running piece at its next safepoint (a loop
 * back-edge, a call, a blocking wait) without touching other goroutines. When Go code ends the
 * program (os.Exit, a panic in another goroutine) the session is over: {@link Exited}.
 */
public final class Session implements AutoCloseable {
    static final String PREFIX = "#repl-piece:";
    private static final Map<String, Piece> HANDOFF = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();

    /** What runs inside the context. */
    interface Piece extends Function<Translator, Object> {}

    private final Context context;
    private final List<Package> packages = new ArrayList<>();
    private final Package main;
    private Translator translator;
    private GoContext goContext;
    /** The session's scheduler; goroutine 1 is the REPL thread running pieces. */
    private minigo.interp.sched.Sched sched;
    private minigo.interp.sched.G mainG;
    private volatile Thread replThread;
    private volatile Thread running;
    private volatile boolean closed;
    private final Thread flusher;

    /** A piece ended by a panic (already printed), a deadlock or an interrupt. */
    public static final class Failed extends RuntimeException {
        Failed(String what) {
            super(what, null, false, false);
        }
    }

    /** Go code ended the program (os.Exit, a fatal error); the session cannot go on. */
    public static final class Exited extends RuntimeException {
        public final int status;

        Exited(int status) {
            super("exit status " + status, null, false, false);
            this.status = status;
        }
    }

    /** Every goroutine is asleep while the piece waits: Go's deadlock, fatal for a program, not for a session. */
    static final class PieceDeadlock extends RuntimeException {
        PieceDeadlock(String msg) {
            super(msg, null, false, false);
        }
    }

    /** Thrown into the running piece by {@link #interrupt()}. */
    static final class Interrupted extends AbstractTruffleException {
        Interrupted() {
            super("interrupted");
        }
    }

    /** A session whose package main is main (checked increment by increment by the caller). */
    public Session(Package main, OutputStream out, OutputStream err) {
        this.main = main;
        this.context = Context.newBuilder(GoLanguage.ID)
                .allowAllAccess(false)
                .allowCreateThread(true)
                .out(out)
                .err(err)
                .in(java.io.InputStream.nullInputStream()) // the REPL reads the terminal itself
                .arguments(GoLanguage.ID, new String[] {"/tmp/go-build/b001/exe/repl"})
                .option("engine.WarnInterpreterOnly", "false")
                .allowExperimentalOptions(true)
                .option("engine.WarnVirtualThreadSupport", "false")
                .build();
        // Goroutines started in the session write while the REPL waits for input: show it.
        this.flusher = new Thread(() -> {
            while (!closed) {
                try {
                    Thread.sleep(100);
                    GoContext g = goContext;
                    if (g != null && running == null) g.flush();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // the context is closing
                }
            }
        }, "minigo-repl-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    public Package main() {
        return main;
    }

    /** Initialises packages imported for the first time (in dependency order, imports first). */
    public void initPackages(List<Package> pkgs) {
        List<Package> todo = new ArrayList<>();
        for (Package p : pkgs) if (!packages.contains(p) && !p.path().equals("unsafe")) todo.add(p);
        if (todo.isEmpty()) return;
        packages.addAll(packages.size() - (packages.contains(main) ? 1 : 0), todo);
        run(tr -> {
            for (Package p : todo) tr.initializer(p, p.initOrder(), p.inits(), p.path() + ".init").call(new Object[] {null});
            return null;
        });
    }

    /** Runs one increment's variable initialisers and init functions. */
    public void initialize(List<Initializer> inits, List<Func> initFuncs) {
        if (inits.isEmpty() && initFuncs.isEmpty()) return;
        run(tr -> tr.initializer(main, inits, initFuncs, "main.init").call(new Object[] {null}));
    }

    /** Calls the parameterless function f of package main and returns its result (value model). */
    public Object call(Func f) {
        return run(tr -> tr.funcRef(f, List.of()).target().call(new Object[] {null}));
    }

    /** The current value of package variable v (value model). */
    public Object valueOf(Var v) {
        return run(tr -> tr.global(v).load());
    }

    /**
     * Lets the other goroutines run for a while (goroutine 1 sleeps, as in time.Sleep): the REPL calls
     * it after each input, so that goroutines started in the session make progress while it waits
     * for the next one. Nothing happens when goroutine 1 is alone.
     */
    public void letOthersRun(long millis) {
        if (sched == null || closed || sched.numGoroutine() <= 1) return;
        try {
            run(tr -> {
                sched.sleep(millis * 1_000_000L);
                return null;
            });
        } catch (Failed f) {
            // an interrupt during the slice
        }
    }

    /** The session's goroutines, Go's header line each ({@code goroutine 2 [chan receive]}); goroutine 1 is the REPL. */
    public List<String> goroutines() {
        List<String> out = new ArrayList<>();
        if (sched == null) {
            out.add("goroutine 1 [running]");
            return out;
        }
        for (minigo.interp.sched.G g : sched.liveGoroutines()) out.add(g.toString());
        return out;
    }

    /** Stops the running piece, if any (from any thread: the Ctrl-C handler). */
    public void interrupt() {
        Thread t = running;
        GoContext g = goContext;
        if (t == null || g == null) return;
        g.env.submitThreadLocal(new Thread[] {t}, new ThreadLocalAction(true, false) {
            @Override
            protected void perform(Access access) {
                // Only goroutine 1's piece unwinds; another goroutine's continuation must not.
                if (running == access.getThread() && (sched == null || sched.onG0())) throw new Interrupted();
            }
        });
    }

    public boolean isRunning() {
        return running != null;
    }

    private Object run(Piece piece) {
        if (closed) throw new Exited(0);
        String key = Long.toString(IDS.incrementAndGet());
        HANDOFF.put(key, piece);
        try {
            if (!packages.contains(main)) packages.add(main);
            running = Thread.currentThread();
            replThread = running;
            CURRENT.set(this);
            context.eval(Source.newBuilder(GoLanguage.ID, PREFIX + key, "repl").cached(false).buildLiteral());
            Object r = RESULTS.remove(key);
            if (r instanceof Failed f) throw f;
            return r == NULL ? null : r;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                closed = true;
                throw new Exited(e.getExitStatus());
            }
            if (e.isCancelled()) {
                closed = true;
                throw new Exited(2);
            }
            throw new IllegalStateException("minigo: internal error: " + e.getMessage(), e);
        } finally {
            running = null;
            HANDOFF.remove(key);
            RESULTS.remove(key);
        }
    }

    private static final Map<String, Object> RESULTS = new ConcurrentHashMap<>();
    private static final Object NULL = new Object();

    /** GoLanguage.parse for a piece: a root that runs it as the main goroutine. */
    static CallTarget parse(GoLanguage lang, String text) {
        String key = text.substring(PREFIX.length());
        Piece piece = HANDOFF.remove(key);
        return new PieceRoot(lang, key, piece).getCallTarget();
    }

    static final class PieceRoot extends RootNode {
        private final String key;
        private final Piece piece;

        PieceRoot(GoLanguage lang, String key, Piece piece) {
            super(lang);
            this.key = key;
            this.piece = piece;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            run(GoLanguage.context(this));
            return 0;
        }

        @TruffleBoundary
        private void run(GoContext ctx) {
            Session s = CURRENT.get();
            s.goContext = ctx;
            if (s.translator == null) s.translator = new Translator(GoLanguage.get(this), new CheckedProgram(s.packages, s.main));
            ctx.setTranslator(s.translator);
            DynamicTypes.install(t -> TypeUtil.layout((Type) t), (a, b) -> a == b || TypeUtil.identical((Type) a, (Type) b),
                TypeUtil::canon);
            if (s.sched == null) s.startScheduler(ctx, this);
            minigo.interp.sched.Sched.install(s.sched);
            try {
                ctx.g().depth = 0;
                Object r = piece.apply(s.translator);
                RESULTS.put(key, r == null ? NULL : r);
            } catch (GoPanic p) {
                ctx.flush();
                ctx.writeStderr(panicText(ctx, p));
                RESULTS.put(key, new Failed("panic"));
            } catch (PieceDeadlock d) {
                ctx.flush();
                ctx.writeStderr("fatal error: " + d.getMessage() + "\n");
                s.sched.resume(s.mainG);
                RESULTS.put(key, new Failed("deadlock"));
            } catch (Interrupted e) {
                ctx.flush();
                ctx.writeStderr("interrupted\n");
                s.sched.resume(s.mainG);
                RESULTS.put(key, new Failed("interrupted"));
            } catch (StackOverflowError e) {
                ctx.flush();
                ctx.writeStderr("runtime: goroutine stack exceeds " + Stacks.limit() + "-byte limit\nfatal error: stack overflow\n");
                RESULTS.put(key, new Failed("stack overflow"));
            } catch (ControlFlowException | ThreadDeath e) {
                throw e;
            } catch (AbstractTruffleException e) {
                throw e;
            } catch (RuntimeException | Error e) {
                if (e.getClass().getName().startsWith("com.oracle.truffle.polyglot")) throw e;
                ctx.flush();
                ctx.writeStderr("minigo: internal error: " + e + "\n");
                if (System.getenv("MINIGO_DEBUG") != null) {
                    java.io.StringWriter sw = new java.io.StringWriter();
                    e.printStackTrace(new java.io.PrintWriter(sw));
                    ctx.writeStderr(sw.toString());
                }
                RESULTS.put(key, new Failed("internal error"));
            } finally {
                ctx.flush();
            }
        }
    }

    /**
     * The scheduler, made once: this thread becomes goroutine 1 (and the M that runs the other
     * goroutines while goroutine 1 waits). A deadlock found by goroutine 1 unwinds its piece; found by
     * another goroutine (goroutine 1 parked first), it wakes goroutine 1 with the error.
     */
    private void startScheduler(GoContext ctx, RootNode root) {
        minigo.interp.sched.Sched sc = new minigo.interp.sched.Sched(msg -> {
            // Found while goroutine 1 runs: its piece unwinds. Found by another goroutine (goroutine 1
            // parked first): goroutine 1 gets the P back and fails with the error.
            if (sched.onG0()) throw new PieceDeadlock(msg);
            sched.abortParked(mainG, new PieceDeadlock(msg));
        });
        sc.setUncaughtHandler(t -> {
            if (!ProgramRoot.isEngineExit(t)) {
                ctx.flush();
                ctx.writeStderr("minigo: internal error: " + t + "\n");
            }
        });
        sched = sc;
        FrameStacks.install(sc);
        minigo.interp.sched.Sched.install(sc);
        mainG = sc.startMain();
    }

    /** Go's words for an unrecovered panic: the chain, oldest first, without the goroutine trace. */
    static String panicText(GoContext ctx, GoPanic p) {
        List<GoPanic> chain = new ArrayList<>();
        for (GoPanic q = p; q != null; q = q.previous) chain.add(0, q);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chain.size(); i++) {
            GoPanic q = chain.get(i);
            sb.append(i == 0 ? "panic: " : "\tpanic: ");
            String v;
            try {
                v = ProgramRoot.describe(ctx, q.value);
            } catch (RuntimeException e) {
                v = String.valueOf(q.value);
            }
            sb.append(v);
            if (q.recovered) sb.append(" [recovered]");
            sb.append('\n');
            if (q.value instanceof RuntimeError re && re.signalLine() != null && i == chain.size() - 1) {
                sb.append(re.signalLine()).append('\n');
            }
        }
        return sb.toString();
    }

    /** The session whose piece the current thread evaluates (one REPL per thread). */
    private static final ThreadLocal<Session> CURRENT = new ThreadLocal<>();

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        if (sched != null) sched.shutdown();
        flusher.interrupt();
        try {
            context.close(true);
        } catch (RuntimeException e) {
            // already closed by an exit
        }
        CURRENT.remove();
    }
}
