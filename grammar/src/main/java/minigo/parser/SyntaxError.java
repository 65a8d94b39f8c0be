package minigo.parser;

import minigo.ast.Ast.Pos;

/**
 * A syntax error found while building the AST; the driver turns it into a {@link minigo.ast.Diagnostic}.
 * Unchecked and without a stack trace: it is a message, not a bug.
 */
final class SyntaxError extends RuntimeException {
    final Pos pos;

    SyntaxError(Pos pos, String message) {
        super(message, null, false, false);
        this.pos = pos;
    }
}
