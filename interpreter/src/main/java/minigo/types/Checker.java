package minigo.types;

import java.util.List;
import minigo.ast.Ast;
import minigo.ast.CompileError;

/**
 * Type-checks one package. Usage: {@code Package p = new Checker().check("main", files, new StdImporter());}
 * Throws {@link CompileError} with Go's diagnostics (sorted by position, at most 10 then
 * "too many errors", as {@code go build} prints them).
 */
public final class Checker {
    /** USER: ordinary Go; STDLIB: functions without bodies are allowed (natives). */
    public enum Mode { USER, STDLIB }

    private final Mode mode;

    public Checker() {
        this(Mode.USER);
    }

    public Checker(Mode mode) {
        this.mode = mode;
    }

    /** Checking recurses as deep as the source nests: it runs on a thread with a large stack, like the parser. */
    private static final long STACK_BYTES = 1L << 29;

    public Package check(String path, List<Ast.File> files, Importer importer) {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = new CheckerImpl(mode, path, files, importer).run();
            } catch (Throwable e) {
                result[0] = e;
            }
        }, "minigo-checker", STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Object r = result[0];
        if (r instanceof Package p) return p;
        if (r instanceof StackOverflowError) {
            Ast.Pos pos = files.isEmpty() ? Ast.Pos.NONE : new Ast.Pos(files.get(0).fileName(), 1, 1);
            throw new CompileError(List.of(new minigo.ast.Diagnostic(pos, "source nested too deeply")));
        }
        if (r instanceof RuntimeException e) throw e;
        if (r instanceof Error e) throw e;
        throw new IllegalStateException(String.valueOf(r));
    }
}
