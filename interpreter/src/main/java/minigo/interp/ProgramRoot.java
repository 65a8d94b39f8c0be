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
        DynamicTypes.install(t -> TypeUtil.layout((Type) t), (a, b) -> a == b || TypeUtil.identical((Type) a, (Type) b));
        minigo.interp.sched.Sched sched = new minigo.interp.sched.Sched(msg -> dieFatal(ctx, msg, this));
        sched.setUncaughtHandler(t -> {
            if (!isEngineExit(t)) internalError(ctx, t, this);
        });
        minigo.interp.sched.Sched.install(sched);
        sched.startMain();
        try {
            for (FuncRef r : inits) r.target().call(new Object[] {null});
            main.target().call(new Object[] {null});
            ctx.flush();
            // Goroutines still alive die with main (their continuations are dropped).
            sched.shutdown();
            return 0;
        } catch (GoPanic p) {
            dieOfPanic(ctx, p, this);
            return 2;
        } catch (ControlFlowException | ThreadDeath e) {
            throw e;
        } catch (AbstractTruffleException e) {
            throw e;
        } catch (StackOverflowError e) {
            ctx.flush();
            ctx.writeStderr("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine 1 [running]:\n");
            ctx.exit(this, 2);
            return 2;
        } catch (RuntimeException | Error e) {
            if (e.getClass().getName().startsWith("com.oracle.truffle.polyglot")) throw e;
            internalError(ctx, e, this);
            return 3;
        }
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

    /** A fatal error of the runtime (deadlock, ...): Go prints it and exits with status 2. */
    @TruffleBoundary
    static void dieFatal(GoContext ctx, String msg, Node loc) {
        if (!ctx.startDying()) {
            ctx.exit(loc, 2);
            return;
        }
        ctx.flush();
        ctx.writeStderr("fatal error: " + msg + "\n\ngoroutine 1 [chan receive]:\nmain.main()\n");
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
        for (GoPanic q = p; q != null; q = q.previous) chain.add(0, q);
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
        sb.append("\ngoroutine 1 [running]:\n");
        appendTraceback(sb, p);
        ctx.writeStderr(sb.toString());
        ctx.exit(loc, 2);
    }

    /** Go's traceback shape: one "pkg.func(...)" line and one "\tfile:line +0x0" line per Go frame. */
    static void appendTraceback(StringBuilder sb, GoPanic p) {
        try {
            for (com.oracle.truffle.api.TruffleStackTraceElement e : com.oracle.truffle.api.TruffleStackTrace.getStackTrace(p)) {
                RootNode root = e.getTarget().getRootNode();
                if (!(root instanceof FuncRoot fr)) continue;
                minigo.ast.Ast.Pos pos = fr.goPos();
                for (Node n = e.getLocation(); n != null; n = n.getParent()) {
                    if (n instanceof minigo.interp.nodes.GoNode g && g.pos() != minigo.ast.Ast.Pos.NONE) {
                        pos = g.pos();
                        break;
                    }
                }
                sb.append(fr.getName()).append("(...)\n\t").append(pos.file()).append(':').append(pos.line()).append(" +0x0\n");
            }
        } catch (RuntimeException e) {
            sb.append("main.main()\n");
        }
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
