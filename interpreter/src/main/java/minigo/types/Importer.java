package minigo.types;

/** Resolves an import path to a checked package (throws CompileError if it cannot be found or checked). */
@FunctionalInterface
public interface Importer {
    /** Returns the package or null when no package has that path. */
    Package importPackage(String path);
}
