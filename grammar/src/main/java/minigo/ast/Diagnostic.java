package minigo.ast;

/**
 * One compile-time message at a Go position, printed as Go's compiler prints it:
 * {@code ./prog.go:4:2: x declared but not used}.
 */
public record Diagnostic(Ast.Pos pos, String message) implements Comparable<Diagnostic> {

    @Override
    public String toString() {
        return pos.file() + ":" + pos.line() + ":" + pos.col() + ": " + message;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = pos.file().compareTo(o.pos.file());
        if (c != 0) return c;
        c = Integer.compare(pos.line(), o.pos.line());
        return c != 0 ? c : Integer.compare(pos.col(), o.pos.col());
    }
}
