package minigo.interp;

import com.oracle.truffle.api.RootCallTarget;
import java.io.OutputStream;
import minigo.interp.natives.GoEnv;
import minigo.interp.values.GoFunc;
import minigo.interp.values.Iface;
import minigo.types.Type;

/** The natives' view of the running program (streams, arguments, calls back into Go, os.Exit). */
final class GoEnvImpl extends GoEnv {
    private final GoContext ctx;

    GoEnvImpl(GoContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public java.io.InputStream stdin() {
        return ctx.stdin();
    }

    @Override
    public OutputStream stdout() {
        return ctx.stdout();
    }

    @Override
    public OutputStream stderr() {
        return ctx.stderr();
    }

    @Override
    public String[] args() {
        return ctx.args();
    }

    @Override
    public java.util.Map<String, String> environment() {
        return ctx.env.getEnvironment();
    }

    @Override
    public Object callFunc(Object goFunc, Object... args) {
        GoFunc g = (GoFunc) goFunc;
        if (g == null) throw RuntimeErrors.nilDeref();
        Object[] a = new Object[args.length + 1];
        a[0] = g.hasReceiver ? g.receiver : g.captures;
        System.arraycopy(args, 0, a, 1, args.length);
        return g.target.call(a);
    }

    @Override
    public void goFunc(Object goFunc) {
        GoFunc g = (GoFunc) goFunc;
        Object[] a = {g.hasReceiver ? g.receiver : g.captures};
        // Started by the runtime, not by a go statement: no "created by" site in a dump.
        Goroutines.start(null, new Deferred(g.target, a, null), 0, true);
    }

    @Override
    public Object findMethod(Object iface, String name) {
        if (!(iface instanceof Iface i)) return null;
        RootCallTarget ct = ctx.translator().method((Type) i.type, name);
        if (ct == null) return null;
        return GoFunc.bound(ct, i.value);
    }

    @Override
    public Object methodExpr(Type t, String name) {
        return ctx.translator().methodExpression(t, name);
    }

    @Override
    public Object nativeFunc(String name, minigo.interp.natives.NativeFunction body) {
        return ctx.translator().nativeFunc(name, body);
    }

    @Override
    public void exit(int status) {
        ctx.exit(null, status);
    }

    @Override
    public Object[] caller(int skip) {
        if (skip < 0) return null;
        // Frame 0 is the native runtime.Caller itself, frame 1 its caller.
        java.util.List<Object[]> frames = callers();
        return skip + 1 < frames.size() ? frames.get(skip + 1) : null;
    }

    @Override
    public java.util.List<Object[]> callers() {
        java.util.List<Object[]> out = new java.util.ArrayList<>();
        for (Tracebacks.Frame f : Tracebacks.walk(0, null, Integer.MAX_VALUE, true)) {
            out.add(new Object[] {f.func(), Tracebacks.absoluteFile(f.pos().file()), f.pos().line()});
        }
        minigo.interp.sched.Sched s = minigo.interp.sched.Sched.current();
        minigo.interp.sched.G g = s == null ? null : s.curg();
        // Go 1.19.8's lines for the frames below main.main and below every goroutine's function
        if (g == null || g.goid == 1) {
            out.add(new Object[] {"runtime.main", Tracebacks.absoluteFile("$GOROOT/src/runtime/proc.go"), 250});
        }
        out.add(new Object[] {"runtime.goexit", Tracebacks.absoluteFile("$GOROOT/src/runtime/asm_amd64.s"), 1594});
        return out;
    }

    /** Program counters handed out so far: their places, in order; pc = BASE + 16 * index. */
    private final java.util.List<Object[]> places = new java.util.ArrayList<>();
    private final java.util.Map<String, Long> pcs = new java.util.HashMap<>();
    /** A function's entry: the first place handed out for it stands in for its first instruction. */
    private final java.util.Map<String, Long> entries = new java.util.HashMap<>();
    private static final long PC_BASE = 0x401000L;

    @Override
    public synchronized long pc(String func, String file, int line) {
        return pcs.computeIfAbsent(func + "\u0000" + file + "\u0000" + line, k -> {
            places.add(new Object[] {func, file, line});
            long pc = PC_BASE + 16L * (places.size() - 1);
            entries.putIfAbsent(func, pc);
            return pc;
        });
    }

    @Override
    public synchronized Object[] pcInfo(long pc) {
        long i = (pc - PC_BASE) / 16;
        if (pc < PC_BASE || i >= places.size()) return null;
        Object[] p = places.get((int) i);
        return new Object[] {p[0], p[1], p[2], entries.get((String) p[0])};
    }

    @Override
    public String stack() {
        return Tracebacks.running();
    }

    @Override
    public String stacks(boolean all) {
        return Tracebacks.stacks(all);
    }

    @Override
    public void fatal(String msg) {
        ProgramRoot.dieFatal(ctx, msg, null);
    }

    @Override
    public void breakpoint() {
        ProgramRoot.dieOfSignal(ctx, "SIGTRAP: trace trap");
    }
}
