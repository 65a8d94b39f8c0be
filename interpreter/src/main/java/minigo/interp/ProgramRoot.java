package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.ArrayList;
import java.util.List;
import minigo.interp.translate.FuncRef;
import minigo.interp.translate.Translator;
import minigo.interp.translate.TypeUtil;
import minigo.interp.values.DynamicTypes;
import minigo.interp.values.GoPanic;
import minigo.interp.values.GoString;
import minigo.interp.values.Iface;
import minigo.interp.values.RuntimeError;
import minigo.interp.values.RuntimePrint;
import minigo.types.Basic;
import minigo.types.Named;
import minigo.types.Type;

/**
 * The whole program: initialise every package (imports first; variables in the checker's order,
 * then init functions), run main.main, and end the process as Go does: exit 0 when main returns
 * (other goroutines die with it), exit 2 after printing an unrecovered panic or a deadlock, exit 3
 * with {@code minigo: internal error: ...} when a Java exception escapes (a bug of ours).
 */
public final class ProgramRoot extends RootNode {
    private final List<FuncRef> inits;
    private final FuncRef main;
    private final Translator tr;

    public ProgramRoot(GoLanguage lang, List<FuncRef> inits, FuncRef main, Translator tr) {
        super(lang);
        this.inits = inits;
        this.main = main;
        this.tr = tr;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        GoContext ctx = GoLanguage.context(this);
        return run(ctx);
    }

    @TruffleBoundary
    private Object run(GoContext ctx) {
        ctx.setTranslator(tr);
        DynamicTypes.install(t -> TypeUtil.layout((Type) t), (a, b) -> a == b || TypeUtil.identical((Type) a, (Type) b),
                TypeUtil::canon);
        minigo.interp.sched.Sched sched = new minigo.interp.sched.Sched(msg -> dieFatal(ctx, msg, this));
        sched.setUncaughtHandler(t -> {
            if (t instanceof minigo.runtime.gc.GcFatalError e) dieGc(ctx, e, this);
            else if (!isEngineExit(t)) internalError(ctx, t, this);
        });
        FrameStacks.install(sched);
        sched.setTrace(ctx.env.getEnvironment().get("GODEBUG"), ctx::writeStderr);
        if (ctx.env.getOptions().get(GoLanguage.FakeTime)) sched.useFakeTime();
        sched.gomaxprocs(initialProcs(ctx.env.getEnvironment().get("GOMAXPROCS")));
        minigo.interp.sched.Sched.install(sched);
        sched.startMain();
        minigo.runtime.gc.GcSettings gs = minigo.runtime.gc.GcSettings.fromEnv(ctx.env.getEnvironment());
        for (String w : gs.warnings) ctx.writeStderr(w + "\n");
        if (gs.fatal() != null) {
            ctx.writeStderr(gs.fatal() + "\n");
            ctx.exit(this, 2);
            return 2;
        }
        minigo.interp.gc.GcRuntime.start(Heap.mheap(), sched, tr, gs, ctx.stderr(), (fn, obj) -> ctx.goEnv.callFunc(fn, obj));
        try {
            for (FuncRef r : inits) r.target().call(new Object[] {null});
            Phases.mark("init");
            main.target().call(new Object[] {null});
            ctx.flush();
            Phases.mark("main.main");
            // Goroutines still alive die with main (their continuations are dropped).
            sched.shutdown();
            return 0;
        } catch (GoPanic p) {
            if (p.isGoexit()) {
                // runtime.Goexit in main: its defers ran; the others run on until none is left.
                sched.mainGoexit();
            }
            dieOfPanic(ctx, p, this);
            return 2;
        } catch (ControlFlowException | ThreadDeath e) {
            throw e;
        } catch (AbstractTruffleException e) {
            throw e;
        } catch (minigo.runtime.gc.GcFatalError e) {
            dieGc(ctx, e, this);
            return 2;
        } catch (StackOverflowError e) {
            dieOfStackOverflow(ctx, e, this);
            return 2;
        } catch (RuntimeException | Error e) {
            if (e.getClass().getName().startsWith("com.oracle.truffle.polyglot")) throw e;
            internalError(ctx, e, this);
            return 3;
        } finally {
            minigo.interp.gc.GcRuntime.stop();
            // A later run in this JVM (a test, the REPL) must not find this run's goroutines.
            if (minigo.interp.sched.Sched.current() == sched) minigo.interp.sched.Sched.install(null);
        }
    }

    /** Go's start-up GOMAXPROCS: the environment's value if it is a positive number, else the CPUs. */
    static int initialProcs(String env) {
        if (env != null) {
            try {
                int n = Integer.parseInt(env.trim());
                if (n > 0) return n;
            } catch (NumberFormatException e) {
                // ignored, as Go ignores it
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** A fatal error of the collector (checkmark, a freed object touched): its lines, then exit 2. */
    @TruffleBoundary
    static void dieGc(GoContext ctx, minigo.runtime.gc.GcFatalError e, Node loc) {
        if (!ctx.startDying()) {
            ctx.exit(loc, 2);
            return;
        }
        ctx.flush();
        ctx.writeStderr(e.getMessage() + "\n");
        ctx.exit(loc, 2);
    }

    /** The engine's own unwinding (exit, cancellation): never a Go error, never ours to report. */
    static boolean isEngineExit(Throwable t) {
        return t instanceof ThreadDeath || t.getClass().getName().startsWith("com.oracle.truffle.polyglot")
                || t instanceof minigo.interp.sched.Sched.Shutdown;
    }

    @TruffleBoundary
    static void internalError(GoContext ctx, Throwable e, Node loc) {
        ctx.flush();
        ctx.writeStderr("minigo: internal error: " + e + "\n");
        if (System.getenv("MINIGO_DEBUG") != null) {
            java.io.StringWriter sw = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(sw));
            ctx.writeStderr(sw.toString());
        }
        ctx.exit(loc, 3);
    }

    /** A fatal error raised where loc runs (Go's throw): see {@link #dieFatal}. Does not return. */
    @TruffleBoundary
    public static void fatal(Node loc, String msg) {
        dieFatal(GoLanguage.context(loc), msg, loc);
    }

    /**
     * A fatal error of the runtime (deadlock, sync.fatal, ...): Go prints it, then the traceback of
     * the goroutine that failed, if one is running, then every other goroutine's (goroutine 1 first,
     * then in creation order), and exits with status 2. Called on the stack of the goroutine that
     * failed or whose hand-off found the deadlock; parked goroutines are mounted one by one to read
     * their own frames.
     */
    @TruffleBoundary
    static void dieFatal(GoContext ctx, String msg, Node loc) {
        die(ctx, "fatal error: " + msg + "\n", loc);
    }

    /**
     * A signal that kills the program, as runtime.Breakpoint's SIGTRAP does: Go's signal line, the
     * PC line (our PC stands for nothing), then the goroutines as for a fatal error; exit status 2.
     */
    static void dieOfSignal(GoContext ctx, String signal) {
        die(ctx, signal + "\nPC=0x0 m=0 sigcode=128\n", null);
    }

    private static void die(GoContext ctx, String header, Node loc) {
        if (!ctx.startDying()) {
            ctx.exit(loc, 2);
            return;
        }
        ctx.flush();
        StringBuilder sb = new StringBuilder(header);
        minigo.interp.sched.Sched s = minigo.interp.sched.Sched.current();
        try {
            // A goroutine that fails (sync.fatal) comes first, natives included; in a deadlock none runs.
            minigo.interp.sched.G running = s.curg();
            if (running != null) {
                sb.append('\n');
                Tracebacks.appendRunning(sb, loc);
            }
            Tracebacks.appendOthers(sb, s, running);
        } catch (RuntimeException | StackOverflowError e) {
            // a dump that fails must not hide the fatal error itself
        }
        ctx.writeStderr(sb.toString());
        ctx.exit(loc, 2);
    }

    /**
     * Go's stack overflow: the goroutine exceeded its stack (here: {@link FuncRoot#MAX_DEPTH} nested
     * Go calls, or the JVM's own stack). Go's second line shows the stack pointer and bounds of the
     * failing stack; we have no machine stack, so it shows where a 512 MB stack (the last size Go tries
     * before the 1 GB limit) would be. Then the failing goroutine's traceback; exit status 2.
     */
    @TruffleBoundary
    static void dieOfStackOverflow(GoContext ctx, StackOverflowError e, Node loc) {
        if (!ctx.startDying()) {
            ctx.exit(loc, 2);
            return;
        }
        ctx.flush();
        StringBuilder sb = new StringBuilder();
        sb.append("runtime: goroutine stack exceeds ").append(Stacks.limit()).append("-byte limit\n");
        sb.append("runtime: sp=0xc0200e0390 stack=[0xc0200e0000, 0xc0400e0000]\n");
        sb.append("fatal error: stack overflow\n\n");
        minigo.interp.sched.G g = minigo.interp.sched.Sched.current().curg();
        if (g != null) {
            sb.append(Tracebacks.header(g, "running"));
            Tracebacks.appendFrames(sb, Tracebacks.framesOf(e));
            Tracebacks.appendCreatedBy(sb, g);
        }
        ctx.writeStderr(sb.toString());
        ctx.exit(loc, 2);
    }

    /** Prints an unrecovered panic as Go does (the chain, oldest first) and exits with status 2. */
    @TruffleBoundary
    public static void dieOfPanic(GoContext ctx, GoPanic p, Node loc) {
        if (!ctx.startDying()) {
            ctx.exit(loc, 2);
            return;
        }
        ctx.flush();
        List<GoPanic> chain = new ArrayList<>();
        for (GoPanic q = p; q != null; q = q.previous) if (!q.isGoexit()) chain.add(0, q);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chain.size(); i++) {
            GoPanic q = chain.get(i);
            sb.append(i == 0 ? "panic: " : "\tpanic: ");
            String v;
            try {
                v = describe(ctx, q.value);
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
        minigo.interp.sched.Sched s = minigo.interp.sched.Sched.current();
        minigo.interp.sched.G g = s == null ? null : s.curg();
        sb.append('\n');
        if (g != null) {
            sb.append(Tracebacks.header(g, "running"));
            Tracebacks.appendFrames(sb, Tracebacks.framesOf(p));
            Tracebacks.appendCreatedBy(sb, g);
        } else {
            sb.append("goroutine 1 [running]:\n");
            Tracebacks.appendFrames(sb, Tracebacks.framesOf(p));
        }
        ctx.writeStderr(sb.toString());
        ctx.exit(loc, 2);
    }

    /** printpanicval: errors by Error(), Stringers by String(), basic values print-style, others (T) addr. */
    static String describe(GoContext ctx, Object v) {
        if (v == null) return "nil";
        if (v instanceof RuntimeError re) return re.error();
        if (!(v instanceof Iface i)) return String.valueOf(v);
        Type t = (Type) i.type;
        Translator tr = ctx.translator();
        for (String m : new String[] {"Error", "String"}) {
            RootCallTarget ct = tr.method(t, m);
            if (ct != null) {
                Object r = ct.call(new Object[] {i.value});
                if (r instanceof GoString s) return s.toJava();
            }
        }
        if (t.underlying() instanceof Basic b) {
            String s;
            Object x = i.value;
            if (b.isString()) s = ((GoString) x).toJava();
            else if (b.isFloat()) s = RuntimePrint.formatFloat((Double) x);
            else if (b.isComplex()) s = RuntimePrint.formatComplex((minigo.interp.values.GoComplex) x);
            else if (b.isInteger()) s = TypeUtil.intKind(t).format((Long) x);
            else s = String.valueOf(x);
            if (t instanceof Named) {
                return t + (b.isString() ? "(\"" + s + "\")" : "(" + s + ")");
            }
            return s;
        }
        return "(" + t + ") 0xc000012120";
    }
}
