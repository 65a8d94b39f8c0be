package minigo.escape;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minigo.ast.Ast;
import minigo.types.EscapeFacts;

/**
 * The decisions the interpreter binds: which allocation sites and variables live on the heap,
 * how closures capture, which calls Go inlines. Keys are AST nodes (identity), as in the checker's
 * Info. Decisions are those of each function's own analysis (a call the interpreter executes as a
 * call runs the callee's body as compiled on its own). A standard package's decisions are made when
 * minigo is built and read back with its trees ({@link #of}).
 */
public final class EscapeResult {
    /** Allocation sites analysed: true for those that go to the heap. */
    private final Map<Ast.Node, Boolean> siteHeap;
    /** Identifiers declaring the variables moved to the heap. */
    private final Set<Ast.Ident> moved;

    private EscapeResult(Map<Ast.Node, Boolean> siteHeap, Set<Ast.Ident> moved) {
        this.siteHeap = siteHeap;
        this.moved = moved;
    }

    /**
     * Analyses a package (all its files, parsed) and returns the decisions. sources are the files'
     * bytes (for {@code //go:noinline}); noInline is {@code -gcflags=-l}.
     */
    public static EscapeResult analyze(List<Ast.File> files, List<byte[]> sources, boolean noInline) {
        Analysis an = new Analysis(0);
        an.run(files, sources, noInline);
        Set<Ast.Ident> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<Ast.Ident, Resolver.Obj> e : an.r.defs.entrySet()) {
            if (an.movedToHeap.contains(e.getValue())) moved.add(e.getKey());
        }
        return new EscapeResult(an.siteHeap, moved);
    }

    /** The decisions a build recorded for a standard package ({@link minigo.types.StdExport}). */
    public static EscapeResult of(EscapeFacts facts) {
        return new EscapeResult(facts.sites(), facts.moved());
    }

    /** These decisions, to be recorded. */
    public EscapeFacts facts() {
        return new EscapeFacts(siteHeap, moved);
    }

    /**
     * Does the allocation at this site go to the heap? Sites: {@code new(T)} and {@code make(...)}
     * calls, {@code &T{...}} (the UnaryExpr), slice and map literals (the CompositeLit), function
     * literals, method values (the SelectorExpr), explicit conversions that allocate (the CallExpr),
     * the operand of an implicit conversion to an interface, and a variadic call (its implicit
     * {@code ...} slice). A site the analysis never saw (no allocation) answers false.
     */
    public boolean isHeap(Ast.Node site) {
        return siteHeap.getOrDefault(site, false);
    }

    /** Was this site analysed at all (does it allocate in Go's model)? */
    public boolean isAllocationSite(Ast.Node site) {
        return siteHeap.containsKey(site);
    }

    /** Is the variable declared by this identifier moved to the heap ({@code moved to heap: x})? */
    public boolean movedToHeap(Ast.Ident declaringIdent) {
        return moved.contains(declaringIdent);
    }
}
