package minigo.interp;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import minigo.ast.Ast;
import minigo.interp.nodes.Control;
import minigo.interp.nodes.ExprNode;
import minigo.interp.nodes.StmtNode;
import minigo.interp.values.GoPanic;

/**
 * One Go function (or closure, method, or instantiation of a generic function) as a Truffle root.
 *
 * <p>Calling convention: {@code arguments[0]} is the function's context (the receiver of a method, the
 * captured variables of a closure, null for a plain function); {@code arguments[1..]} are the Go
 * arguments in the value model. The result is null (no results), the single result, or an Object[]
 * for several.
 *
 * <p>Execution: prologue (parameters into slots, named results zeroed), body, then the deferred calls
 * LIFO (if the function has defer statements), then the results are read from their slots, so a
 * deferred closure can still change named results. A panic escaping the body (or a Java
 * NullPointerException / ArithmeticException, which are Go's nil dereference and division by zero)
 * runs the deferred calls too; if one of them recovers, the function returns normally.
 */
public final class FuncRoot extends RootNode {
    private final String goName;
    private final Ast.Pos pos;
    @Child private StmtNode prologue;
    @Child private StmtNode body;
    @Child private ExprNode results;
    /** Frame slot of the Deferred chain, or -1 when the function has no defer statement. */
    private final int deferSlot;

    public FuncRoot(GoLanguage lang, FrameDescriptor fd, String goName, Ast.Pos pos, StmtNode prologue, StmtNode body,
            ExprNode results, int deferSlot) {
        super(lang, fd);
        this.goName = goName;
        this.pos = pos;
        this.prologue = prologue;
        this.body = body;
        this.results = results;
        this.deferSlot = deferSlot;
    }

    @Override
    public String getName() {
        return goName;
    }

    /**
     * Frame slot recording where the deferred calls run, or -1 for a function without defer
     * statements: the return statement that ran (a Node), the closing brace (an Ast.Pos) or the
     * panic being handled (a Tracebacks.PanicSite). Go runs deferred calls at that point, so runtime.Caller and
     * tracebacks from a deferred call show it (Tracebacks.walk).
     */
    @CompilerDirectives.CompilationFinal private int deferSite = -1;
    @CompilerDirectives.CompilationFinal private Ast.Pos endPos = Ast.Pos.NONE;

    public FuncRoot withDeferSite(int slot, Ast.Pos closingBrace) {
        this.deferSite = slot;
        this.endPos = closingBrace;
        return this;
    }

    /** The defer-site slot (see {@link #withDeferSite}), -1 if none. */
    public int deferSite() {
        return deferSite;
    }

    /** How many leading entries of the arguments array the prologue copies into slots (context and parameters). */
    @CompilerDirectives.CompilationFinal private int argSlots;

    public FuncRoot withArgSlots(int n) {
        this.argSlots = n;
        return this;
    }

    /** Whether Go would print argument words in a traceback ({@code f(...)}) or none ({@code f()}). */
    private boolean hasArgs = true;

    public FuncRoot withArgs(boolean args) {
        this.hasArgs = args;
        return this;
    }

    public boolean hasArgs() {
        return hasArgs;
    }

    /**
     * Whether this is a package's initialisation (its variables, then its init functions). Go's
     * runtime calls init functions itself, so their callers are not in a traceback; a variable
     * initialiser's call is, as {@code main.init()}.
     */
    private boolean packageInit;

    public FuncRoot asPackageInit() {
        this.packageInit = true;
        return this;
    }

    public boolean isPackageInit() {
        return packageInit;
    }

    /** Go's frame size of the function (an estimate: see FuncTranslator.frameSize). */
    private long frameBytes = 16;

    public FuncRoot withFrameSize(long bytes) {
        this.frameBytes = bytes;
        return this;
    }

    public Ast.Pos goPos() {
        return pos;
    }

    @Override
    public String toString() {
        return goName;
    }

    @Override
    public SourceSection getSourceSection() {
        return null;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        GState g = GState.current();
        if (g == null) g = GoLanguage.context(this).g();
        if (++g.depth > MAX_DEPTH) {
            g.depth--;
            throw stackOverflow();
        }
        g.stackUsed += frameBytes;
        try {
            if (g.stackUsed > g.stackGuard) {
                // Go's morestack: the frame does not fit below the guard; the stack doubles
                if (!g.morestack()) throw stackOverflow();
            }
            if (deferSlot >= 0) frame.setObjectStatic(deferSlot, null);
            // What the body pinned and its statements did not release (see Pins) is released when it
            // returns: its frame is gone, and what it returns is pinned again below.
            int pinMark = minigo.interp.gc.Pins.mark();
            GoPanic panic = null;
            try {
                if (prologue != null) {
                    prologue.exec(frame);
                    dropArguments(frame);
                }
                // a body that ends without a return statement runs its deferred calls at its closing brace
                if (!body.execReturning(frame) && deferSite >= 0) frame.setObjectStatic(deferSite, endPos);
            } catch (Control.Return r) {
                // results are in their slots
            } catch (GoPanic p) {
                if (deferSlot < 0) throw p;
                panic = p;
            } catch (NullPointerException | ArithmeticException e) {
                GoPanic p = RuntimeErrors.fromJava(e);
                if (deferSlot < 0) throw p;
                panic = p;
            }
            if (panic != null && deferSite >= 0) {
                // where this function is as the panic passes
                frame.setObjectStatic(deferSite, new Tracebacks.PanicSite(panic, panic.passing()));
            }
            if (deferSlot >= 0) {
                panic = runDefers(frame, g, panic);
                if (panic != null) throw panic;
            }
            // (no TruffleSafepoint.poll here: Truffle polls at every root node's exit itself)
            Object r = results == null ? null : results.execute(frame);
            minigo.interp.gc.Pins.release(pinMark);
            // the caller may hold it only in a Java local until its statement ends
            if (r != null && !(r instanceof Long || r instanceof Double || r instanceof Boolean)) {
                minigo.interp.gc.Pins.pin(r);
            }
            return r;
        } finally {
            g.depth--;
            g.stackUsed -= frameBytes;
        }
    }

    /**
     * The parameters are in their slots now, where they die at their last use (translate.Liveness);
     * the arguments array would keep them alive for the collector's stack scan until the function
     * returns.
     */
    @com.oracle.truffle.api.nodes.ExplodeLoop
    private void dropArguments(VirtualFrame frame) {
        Object[] a = frame.getArguments();
        for (int i = 0; i < argSlots; i++) {
            if (i < a.length) a[i] = null;
        }
    }

    private GoPanic runDefers(VirtualFrame frame, GState g, GoPanic panic) {
        Deferred d;
        while ((d = (Deferred) frame.getObjectStatic(deferSlot)) != null) {
            frame.setObjectStatic(deferSlot, d.next);
            panic = invokeDeferred(d, g, panic);
        }
        return panic;
    }

    @TruffleBoundary
    private static GoPanic invokeDeferred(Deferred d, GState g, GoPanic panic) {
        GoPanic savedArmed = g.armed;
        int savedDepth = g.armedDepth;
        GoPanic savedOuter = g.outerArmed;
        int savedOuterDepth = g.outerArmedDepth;
        g.outerArmed = savedArmed;
        g.outerArmedDepth = savedDepth;
        g.armed = panic;
        g.armedDepth = g.depth + 1;
        try {
            d.invoke();
            if (panic != null && panic.recovered) {
                panic = null;
            }
        } catch (GoPanic p) {
            if (panic != null && p != panic && p.previous == null) p.previous = panic;
            panic = p;
        } catch (NullPointerException | ArithmeticException e) {
            GoPanic p = RuntimeErrors.fromJava(e);
            if (panic != null && p.previous == null) p.previous = panic;
            panic = p;
        } finally {
            g.armed = savedArmed;
            g.armedDepth = savedDepth;
            g.outerArmed = savedOuter;
            g.outerArmedDepth = savedOuterDepth;
        }
        return panic;
    }

    /**
     * The deepest a goroutine's Go calls may nest: our stand-in for Go's 1 GB stack limit. We count
     * frames, not bytes (a Go frame's size is the compiler's business), and stop far earlier than Go
     * would for small frames (tens of millions), because the JVM cannot go that deep and deep Truffle
     * stacks are slow to reach; real programs rarely pass a few hundred thousand.
     */
    public static final int MAX_DEPTH = 1 << 18;

    @TruffleBoundary
    private static StackOverflowError stackOverflow() {
        return new Tracebacks.Overflow(Tracebacks.walk(0, null, Tracebacks.MAX_FRAMES + 1));
    }

    static void unreachable() {
        throw CompilerDirectives.shouldNotReachHere();
    }
}
