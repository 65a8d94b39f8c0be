package minigo.interp;

import java.util.List;
import minigo.types.Package;

/**
 * A parsed and type-checked program: every package in dependency order (imports first), main last;
 * mainSources are main's files' bytes (escape analysis reads their {@code //go:} pragmas).
 */
public record CheckedProgram(List<Package> packages, Package main, List<byte[]> mainSources) {
    public CheckedProgram(List<Package> packages, Package main) {
        this(packages, main, List.of());
    }
}
