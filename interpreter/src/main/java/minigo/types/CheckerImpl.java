package minigo.types;

import java.util.List;
import minigo.ast.Ast;

/** The checker's state for one package (work in progress). */
final class CheckerImpl {
    private final Checker.Mode mode;
    private final String path;
    private final List<Ast.File> files;
    private final Importer importer;

    CheckerImpl(Checker.Mode mode, String path, List<Ast.File> files, Importer importer) {
        this.mode = mode;
        this.path = path;
        this.files = files;
        this.importer = importer;
    }

    Package run() {
        throw new UnsupportedOperationException("checker not implemented yet");
    }
}
