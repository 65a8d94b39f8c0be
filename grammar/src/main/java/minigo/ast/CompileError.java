package minigo.ast;

import java.util.List;

/**
 * Thrown by a front-end phase (parser, checker) when the program is not valid Go. It carries every
 * diagnostic found, in the order Go reports them; the launcher prints them under
 * {@code # command-line-arguments} and exits with status 1, as {@code go run} does.
 */
public final class CompileError extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public CompileError(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).toString(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
