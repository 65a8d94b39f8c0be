package minigo.types;

import java.util.Map;
import java.util.Set;
import minigo.ast.Ast;

/**
 * A standard package's escape decisions as the build recorded them beside its trees
 * ({@link StdExport}), as Go's export data carries a package's escape tags: for each allocation
 * site whether it goes to the heap, and the identifiers of the variables moved to the heap. Keys are
 * nodes of the package's own trees (identity maps), so the facts belong to one import.
 */
public record EscapeFacts(Map<Ast.Node, Boolean> sites, Set<Ast.Ident> moved) {}
