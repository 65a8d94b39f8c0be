package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;
import minigo.interp.sched.G;
import minigo.interp.values.GoPanic;

/**
 * Go's goroutine tracebacks: a header {@code goroutine N [status]:}, then per Go frame, innermost
 * first, {@code pkg.func(...)} and {@code \tfile:line +0x0}, at most {@link #MAX_FRAMES} of them, then
 * {@code created by pkg.func} and the go statement's position for goroutines other than 1. Arguments
 * print as {@code ...} and offsets as {@code +0x0}: we have neither machine words nor PCs.
 *
 * <p>Frames come from Truffle: a panic's stack trace, or a walk of the current stack. Goroutines are
 * continuations mounted on goroutine 1's thread, so a walk sees segments separated by
 * {@link GoroutineRoot} frames: segment 0 is the goroutine that walks, the last is goroutine 1.
 */
public final class Tracebacks {
    private Tracebacks() {}

    /** Go prints at most this many frames of a goroutine (then "...additional frames elided..."). */
    static final int MAX_FRAMES = 100;

    /** One Go frame: function name and the position it is at. */
    record Frame(String func, boolean args, Ast.Pos pos) {}

    /**
     * The root of a Go function declared without a body and implemented in Java (runtime/debug.Stack,
     * sync.fatal). Go shows such functions as frames of their own; we show them, at their
     * declaration, where the native itself asks for the traceback ({@link #running}).
     */
    public interface NativeFrame {
        String getName();

        boolean hasArgs();

        Ast.Pos goPos();
    }

    /** Go's header: {@code goroutine 7 [chan receive]:}. */
    static String header(G g, String status) {
        return "goroutine " + g.goid + " [" + status + "]:\n";
    }

    /** Our stand-in for Go's stack limit was hit ({@link FuncRoot#MAX_DEPTH}): the frames at that point. */
    static final class Overflow extends StackOverflowError {
        private static final long serialVersionUID = 1L;
        final transient List<Frame> frames;

        Overflow(List<Frame> frames) {
            super("goroutine stack exceeds " + FuncRoot.MAX_DEPTH + " Go calls");
            this.frames = frames;
        }
    }

    /** The frames of an exception's Truffle stack trace that belong to the goroutine it was thrown in. */
    @TruffleBoundary
    static List<Frame> framesOf(Throwable t) {
        if (t instanceof Overflow o) return o.frames;
        List<Frame> out = new ArrayList<>();
        try {
            boolean top = true;
            for (TruffleStackTraceElement e : TruffleStackTrace.getStackTrace(t)) {
                RootNode root = e.getTarget().getRootNode();
                if (root instanceof GoroutineRoot) break;
                // The top frame has no call node: a run-time error's statement stands in for it, if
                // it is this function's (a panic raised outside the function's blocks, as by
                // "defer close(ch)", is named by its caller's statement, which is not).
                Node site = top && e.getLocation() == null && t instanceof GoPanic p ? p.site() : null;
                if (site != null && site.getRootNode() != root) site = null;
                top = false;
                if (!(root instanceof FuncRoot fr)) continue;
                out.add(new Frame(fr.getName(), fr.hasArgs(), positionIn(fr, e.getLocation(), site)));
            }
        } catch (RuntimeException e) {
            // no trace: print the header alone
        }
        return out;
    }

    /**
     * The Go frames of segment {@code segment} of the current stack (see the class comment); the
     * innermost Go frame, which waits in a scheduler call rather than a Go call, is at {@code site}
     * when known.
     */
    @TruffleBoundary
    static List<Frame> walk(int segment, Node site) {
        return walk(segment, site, Integer.MAX_VALUE);
    }

    /** The same, at most max frames (a stack overflow's walk stops early). */
    @TruffleBoundary
    static List<Frame> walk(int segment, Node site, int max) {
        return walk(segment, site, max, false);
    }

    /** The same; natives: whether {@link NativeFrame}s are frames too (else they are skipped). */
    @TruffleBoundary
    static List<Frame> walk(int segment, Node site, int max, boolean natives) {
        // First the segment's frames as they are, each with the panic it runs deferred calls for (or
        // null); such a frame is expanded afterwards, once the segment's Go frames are counted.
        List<Frame> raw = new ArrayList<>();
        List<GoPanic> panicking = new ArrayList<>();
        int[] goFrames = {0}; // the segment's Go frames, as a panic's stack trace counts them
        int[] seg = {0};
        boolean[] first = {true};
        Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            RootNode root = ((com.oracle.truffle.api.RootCallTarget) fi.getCallTarget()).getRootNode();
            if (root instanceof GoroutineRoot) {
                if (seg[0]++ == segment) return Boolean.TRUE; // past our goroutine's bottom
                return null;
            }
            if (seg[0] != segment) return null;
            if (natives && root instanceof NativeFrame nf) {
                raw.add(new Frame(nf.getName(), nf.hasArgs(), nf.goPos()));
                panicking.add(null);
                first[0] = false;
                return null;
            }
            if (!(root instanceof FuncRoot fr)) return null;
            goFrames[0]++;
            Node at = fi.getCallNode();
            Object deferSite = at == null && fr.deferSite() >= 0
                    ? fi.getFrame(FrameInstance.FrameAccess.READ_ONLY).getObjectStatic(fr.deferSite()) : null;
            Ast.Pos pos = deferSite instanceof Ast.Pos p ? p
                    : deferSite instanceof PanicSite ps ? positionIn(fr, ps.statement(), null)
                    : positionIn(fr, deferSite instanceof Node n ? n : at, first[0] ? site : null);
            // A package's initialisation calling an init function (no source position): Go's
            // runtime makes that call, and its frames are not shown.
            if (fr.isPackageInit() && pos == Ast.Pos.NONE) return null;
            raw.add(new Frame(fr.getName(), fr.hasArgs(), pos));
            panicking.add(deferSite instanceof PanicSite ps ? ps.panic() : null);
            first[0] = false;
            return null;
        });
        List<Frame> out = new ArrayList<>();
        for (int i = 0; i < raw.size() && out.size() < max; i++) {
            GoPanic p = panicking.get(i);
            if (p == null) {
                out.add(raw.get(i));
                continue;
            }
            // Go runs deferred calls on top of the panicking stack: runtime.gopanic, then the
            // frames from where the panic started up to this function, then this function at the
            // statement the panic left. The panic's trace is its own frames followed by the
            // goroutine's stack at the moment it is first read (Truffle completes it then): the
            // panic's own frames are those before. (Read first by an inner function's deferred
            // call, the frames between that function and this one are not shown.)
            boolean firstRead = p.tracedWithFrames < 0;
            List<Frame> trace = framesOf(p);
            if (firstRead) p.tracedWithFrames = goFrames[0];
            int own = trace.size() - p.tracedWithFrames;
            out.add(GOPANIC);
            if (own > 0) out.addAll(trace.subList(0, own));
            out.add(raw.get(i));
        }
        return out.size() > max ? out.subList(0, max) : out;
    }

    /**
     * A function running its deferred calls because of panic p, and the statement it was at when
     * the panic left it. Recorded when the panic is caught, cheaply: the panic's own frames are
     * read only if a traceback is asked for meanwhile.
     */
    public record PanicSite(GoPanic panic, Node statement) {}

    /** The frame of Go's runtime.gopanic, under the deferred calls a panic runs (Go 1.19.8's line). */
    static final Frame GOPANIC = new Frame("runtime.gopanic", true, new Ast.Pos("$GOROOT/src/runtime/panic.go", 884, 1));

    /**
     * A frame's file as Go's runtime reports it (runtime.Caller, log's Llongfile): the absolute path
     * the compiler saw; the standard library's files are under Go 1.19's GOROOT.
     */
    static String absoluteFile(String file) {
        if (file.startsWith("$GOROOT/")) return minigo.types.StdExport.expandGoroot(file);
        if (file.isEmpty()) return file;
        try {
            return java.nio.file.Path.of(file).toAbsolutePath().normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }

    private static Ast.Pos positionIn(FuncRoot fr, Node location, Node fallback) {
        for (Node n : new Node[] {location, fallback}) {
            for (Node p = n; p != null; p = p.getParent()) {
                if (p instanceof minigo.interp.nodes.GoNode g && g.pos() != Ast.Pos.NONE) return g.pos();
            }
        }
        return fr.goPos();
    }

    /**
     * The running goroutine's traceback, natives included, as runtime/debug.Stack returns it:
     * {@code goroutine N [running]:}, its frames, and {@code created by} unless it is goroutine 1.
     */
    @TruffleBoundary
    static String running() {
        StringBuilder sb = new StringBuilder();
        appendRunning(sb);
        return sb.toString();
    }

    /** Appends {@link #running()}. */
    static void appendRunning(StringBuilder sb) {
        appendRunning(sb, null);
    }

    /** The same; site: the node that is running in the top frame, for its line (null: the call's). */
    static void appendRunning(StringBuilder sb, Node site) {
        minigo.interp.sched.Sched s = minigo.interp.sched.Sched.current();
        G g = s == null ? null : s.curg();
        sb.append(g == null ? "goroutine 1 [running]:\n" : header(g, "running"));
        appendFrames(sb, walk(0, site, Integer.MAX_VALUE, true));
        if (g != null) appendCreatedBy(sb, g);
    }

    /**
     * Every live goroutine but {@code running}, each after a blank line: its header with its wait
     * reason, its frames (read on its own stack), and its creator (a fatal error's dump,
     * runtime.Stack with all set).
     */
    static void appendOthers(StringBuilder sb, minigo.interp.sched.Sched s, G running) {
        for (G g : s.liveGoroutines()) {
            if (g == running) continue;
            boolean runnable = g.status() == G.Status.RUNNABLE;
            sb.append('\n').append(header(g, runnable ? "runnable" : g.waitReason()));
            Node site = g.waitSite instanceof Node n ? n : null;
            List<Frame> frames = s.onStackOf(g, seg -> walk(seg, site));
            appendFrames(sb, frames.isEmpty() ? entryOf(g) : frames);
            appendCreatedBy(sb, g);
        }
    }

    /**
     * runtime.Stack's text: the running goroutine from the native's caller down (the native itself
     * is not a frame, as Go's Stack starts at its caller), then, if all, every other goroutine.
     */
    @TruffleBoundary
    static String stacks(boolean all) {
        minigo.interp.sched.Sched s = minigo.interp.sched.Sched.current();
        G g = s == null ? null : s.curg();
        StringBuilder sb = new StringBuilder(g == null ? "goroutine 1 [running]:\n" : header(g, "running"));
        appendFrames(sb, walk(0, null, Integer.MAX_VALUE, false));
        if (g != null) appendCreatedBy(sb, g);
        if (all && s != null) appendOthers(sb, s, g);
        return sb.toString();
    }

    /** A goroutine that has not run yet: the function its go statement calls, at its declaration. */
    static List<Frame> entryOf(G g) {
        if (g.startRoots instanceof Object[] r && r.length > 0 && r[0] instanceof Deferred d
                && d.target instanceof com.oracle.truffle.api.RootCallTarget ct && ct.getRootNode() instanceof FuncRoot fr) {
            return List.of(new Frame(fr.getName(), fr.hasArgs(), fr.goPos()));
        }
        return List.of();
    }

    /** Appends frames as Go prints them, at most {@link #MAX_FRAMES}. */
    static void appendFrames(StringBuilder sb, List<Frame> frames) {
        int n = 0;
        for (Frame f : frames) {
            if (n++ == MAX_FRAMES) {
                sb.append("...additional frames elided...\n");
                break;
            }
            // a traceback names runtime.gopanic "panic" and shows the standard library under GOROOT
            String name = f == GOPANIC ? "panic" : f.func();
            sb.append(name).append(f.args() ? "(...)" : "()").append("\n\t").append(minigo.types.StdExport.expandGoroot(f.pos().file()))
                    .append(':').append(f.pos().line()).append(" +0x0\n");
        }
    }

    /** {@code created by main.main} and the go statement's position (not for goroutine 1). */
    static void appendCreatedBy(StringBuilder sb, G g) {
        if (!(g.goSite instanceof Node site)) return;
        RootNode r = site.getRootNode();
        if (!(r instanceof FuncRoot fr)) return;
        Ast.Pos pos = positionIn(fr, site, null);
        sb.append("created by ").append(fr.getName()).append("\n\t").append(pos.file()).append(':').append(pos.line()).append(" +0x0\n");
    }
}
