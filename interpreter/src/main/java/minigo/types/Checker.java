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

    public Package check(String path, List<Ast.File> files, Importer importer) {
        return new CheckerImpl(mode, path, files, importer).run();
    }
}
