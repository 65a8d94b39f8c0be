package minigo.escape;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;

/**
 * The decisions the interpreter binds: which allocation sites and variables live on the heap,
 * how closures capture, which calls Go inlines. Keys are AST nodes (identity), as in the checker's
 * Info. Decisions are those of each function's own analysis (a call the interpreter executes as a
 * call runs the callee's body as compiled on its own); {@link #inlined} says where Go would have
 * inlined instead.
 */
public final class EscapeResult {
    private final Analysis an;
    private final Map<Ast.Ident, Boolean> moved = new IdentityHashMap<>();

    EscapeResult(Analysis an) {
        this.an = an;
        for (Resolver.Obj o : an.movedToHeap) {
            for (Map.Entry<Ast.Ident, Resolver.Obj> e : an.r.defs.entrySet()) {
                if (e.getValue() == o) {
                    moved.put(e.getKey(), true);
                }
            }
        }
    }

    /**
     * Analyses a package (all its files, parsed) and returns the decisions. sources are the files'
     * bytes (for {@code //go:noinline}); noInline is {@code -gcflags=-l}.
     */
    public static EscapeResult analyze(List<Ast.File> files, List<byte[]> sources, boolean noInline) {
        Analysis an = new Analysis(0);
        an.run(files, sources, noInline);
        return new EscapeResult(an);
    }

    /**
     * Does the allocation at this site go to the heap? Sites: {@code new(T)} and {@code make(...)}
     * calls, {@code &T{...}} (the UnaryExpr), slice and map literals (the CompositeLit), function
     * literals, method values (the SelectorExpr), explicit conversions that allocate (the CallExpr),
     * the operand of an implicit conversion to an interface, and a variadic call (its implicit
     * {@code ...} slice). A site the analysis never saw (no allocation) answers false.
     */
    public boolean isHeap(Ast.Node site) {
        return an.siteHeap.getOrDefault(site, false);
    }

    /** Was this site analysed at all (does it allocate in Go's model)? */
    public boolean isAllocationSite(Ast.Node site) {
        return an.siteHeap.containsKey(site);
    }

    /** Is the variable declared by this identifier moved to the heap ({@code moved to heap: x})? */
    public boolean movedToHeap(Ast.Ident declaringIdent) {
        return moved.containsKey(declaringIdent);
    }

    /** Does the function literal capture the variable declared by ident by reference (else by value)? */
    public boolean capturedByRef(Ast.Ident declaringIdent, Ast.FuncLit lit) {
        Map<Resolver.Obj, Boolean> m = an.captures.get(lit);
        Resolver.Obj o = an.r.defs.get(declaringIdent);
        return m != null && o != null && m.getOrDefault(o, true);
    }

    /** Would Go inline this call (in its enclosing function's own body)? */
    public boolean inlined(Ast.CallExpr call) {
        for (Resolver.Fn fn : an.r.funcs) {
            if (an.inliner.sitesOf(fn).containsKey(call)) {
                return true;
            }
        }
        for (Resolver.Fn fn : an.r.lits.values()) {
            if (an.inliner.sitesOf(fn).containsKey(call)) {
                return true;
            }
        }
        return false;
    }
}
