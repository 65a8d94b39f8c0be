package minigo.runtime.gc;

/**
 * A collector check failed (gccheckmark found an unmarked reachable object, a stack scan never
 * happened): the program must stop as Go's runtime.throw stops it. The message is what goes to
 * stderr: zero or more "runtime: ..." detail lines, then {@code fatal error: ...}; the
 * interpreter prints it and exits with status 2.
 */
public final class GcFatalError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GcFatalError(String message) {
        super(message, null, false, false);
    }
}
