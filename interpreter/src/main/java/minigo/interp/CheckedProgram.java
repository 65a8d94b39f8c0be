package minigo.interp;

import java.util.List;
import minigo.types.Package;

/** A parsed and type-checked program: every package in dependency order (imports first), main last. */
public record CheckedProgram(List<Package> packages, Package main) {}
