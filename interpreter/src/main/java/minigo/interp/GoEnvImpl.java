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
    public void exit(int status) {
        ctx.exit(null, status);
    }

    @Override
    public Object[] caller(int skip) {
        if (skip < 0) return null;
        // Frame 0 is the native runtime.Caller itself, frame 1 its caller.
        java.util.List<Tracebacks.Frame> frames = Tracebacks.walk(0, null, skip + 2, true);
        if (frames.size() < skip + 2) return null;
        Tracebacks.Frame f = frames.get(skip + 1);
        return new Object[] {f.func(), Tracebacks.absoluteFile(f.pos().file()), f.pos().line()};
    }

    @Override
    public String stack() {
        return Tracebacks.running();
    }

    @Override
    public void fatal(String msg) {
        ProgramRoot.dieFatal(ctx, msg, null);
    }
}
