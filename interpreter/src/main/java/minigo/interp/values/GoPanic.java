package minigo.interp.values;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * A Go panic in flight. It unwinds Java frames like any exception; the interpreter's function nodes
 * catch it to run deferred calls, where recover() may stop it.
 *
 * <p>{@link #value} is the Go value given to panic: an {@link Iface} or null for user panics
 * ({@code panic(x)} converts x to interface{}), or a {@link RuntimeError} for the runtime's own
 * panics (the interpreter wraps it in an Iface with the runtime error type when recover() returns
 * it). {@link #previous} is the panic that was running deferred calls when this one started: Go
 * prints the whole chain when the program dies ({@code panic: a [recovered]} ...).
 */
public final class GoPanic extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public final Object value;
    /** Set by recover(): the panic stops once the deferred call that recovered it returns. */
    public boolean recovered;
    /** The panic that was being handled when this one started, or null. */
    public GoPanic previous;

    /** The value of the pseudo-panic that runtime.Goexit unwinds with (runs defers, never recovered). */
    private static final Object GOEXIT = new Object() {
        @Override
        public String toString() {
            return "runtime.Goexit";
        }
    };

    /** runtime.Goexit: unwinds the goroutine running its deferred calls; recover() returns nil meanwhile. */
    public static GoPanic goexit() {
        return new GoPanic(GOEXIT, null);
    }

    public boolean isGoexit() {
        return value == GOEXIT;
    }

    public GoPanic(Object value, Node location) {
        super(null, null, UNLIMITED_STACK_TRACE, location);
        this.value = value;
    }

    /** A runtime panic; callable from compiled code (the slow path is behind a boundary). */
    public static GoPanic of(RuntimeError e) {
        CompilerDirectives.transferToInterpreter();
        return create(e);
    }

    @TruffleBoundary
    private static GoPanic create(RuntimeError e) {
        return new GoPanic(e, null);
    }

    /**
     * The statement that was running when a panic without a location was raised: a run-time error
     * from a Java helper or a Java exception (nil dereference, division by zero). The innermost
     * block sets it as the panic leaves the statement, so that the traceback's top frame shows the
     * statement's line, not the function's.
     */
    private Node site;

    /**
     * The last statement the panic left on its way out (the outermost so far): in the function that
     * catches it to run deferred calls, the statement that was running there (Tracebacks).
     */
    private Node passing;

    /** Records s as the site, unless the panic has a location or a site already; returns this. */
    public GoPanic at(Node s) {
        if (site == null && getLocation() == null) site = s;
        passing = s;
        return this;
    }

    public Node passing() {
        return passing;
    }

    /**
     * How many Go frames the goroutine's stack had when this panic's stack trace was first read
     * while it was being handled: Truffle completes the trace with the stack of that moment, so
     * the panic's own frames are the ones before those (Tracebacks.walk). -1: not read yet.
     */
    public int tracedWithFrames = -1;

    public Node site() {
        return site;
    }

    public boolean isRuntimeError() {
        return value instanceof RuntimeError;
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        if (value instanceof RuntimeError e) {
            return e.error();
        }
        return String.valueOf(value);
    }
}
