package minigo.escape;

import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;

/**
 * A vertex of the escape graph: a variable, or an expression that allocates (new, &T{}, make,
 * a slice or map literal, a closure, a method value, an interface conversion that boxes, a
 * string conversion or concatenation), or an anonymous temporary. Edges point INTO a location:
 * each records a source whose value (derefs 0), address (-1) or pointee (+1, +2...) is assigned
 * to it.
 */
final class Location {
    enum What { HEAP, BLANK, VAR, EXPR, TEMP }

    final What what;
    /** The variable, for VAR. */
    final Resolver.Obj var;
    /** The allocating expression, for EXPR. */
    final Ast.Node node;
    /** Go's spelling of the variable or expression in messages. */
    final String text;
    /** Where -m reports it: the declaration or expression, or the outermost inlined call. */
    final Ast.Pos pos;
    /** The function whose frame would hold it (an inlined body's locations belong to the caller). */
    final Resolver.Fn curfn;
    int loopDepth;
    /** For VAR result parameters: 1 + index; 0 otherwise. */
    int resultIndex;
    boolean isParam;
    /** Set by the inliner's copies: which inlined call this instance belongs to (null: the function's own). */
    final Object instance;

    final List<Edge> edges = new ArrayList<>();

    // Solver state.
    int derefs;
    int walkgen;
    Location dst;
    int dstEdgeIdx;
    boolean queued;

    /** The solver's verdict: must be heap allocated (for HEAP: always true). */
    boolean escapes;
    /** Its address only flows to places that die before it does (e.g. a call's argument). */
    boolean isTransient;
    final Leaks paramEsc = new Leaks();

    boolean captured;
    boolean reassigned;
    boolean addrtaken;

    /** For temporaries of go/defer wrappers: the size of the captured value (capture by value up to 128 bytes). */
    long size = 8;
    TypeModel.T tempType;
    boolean goDeferWrapper;

    /** Why the graph builder forced it to the heap (too large, non-constant size), or null. */
    String heapReason;

    Location(What what, Resolver.Obj var, Ast.Node node, String text, Ast.Pos pos, Resolver.Fn curfn, int loopDepth,
            boolean isTransient, Object instance) {
        this.what = what;
        this.var = var;
        this.node = node;
        this.text = text;
        this.pos = pos;
        this.curfn = curfn;
        this.loopDepth = loopDepth;
        this.isTransient = isTransient;
        this.instance = instance;
    }

    boolean isResult() {
        return what == What.VAR && var != null && var.cls == Resolver.VarClass.RESULT && instance == null;
    }

    boolean isParamVar() {
        return what == What.VAR && isParam;
    }

    Hole asHole() {
        return new Hole(this, 0, null, false);
    }

    /** Records that this parameter's value reaches sink with the given derefs. */
    void leakTo(Location sink, int derefs) {
        if (!sink.escapes && sink.isResult() && sink.curfn == curfn && sink.instance == instance) {
            int ri = sink.resultIndex - 1;
            if (ri < Leaks.NUM_RESULTS) {
                paramEsc.addResult(ri, derefs);
                return;
            }
        }
        paramEsc.addHeap(derefs);
    }

    @Override
    public String toString() {
        return switch (what) {
            case HEAP -> "{heap}";
            case BLANK -> "_";
            case TEMP -> "{temp}";
            case VAR -> text;
            case EXPR -> "{storage for " + text + "}";
        };
    }

    /** An assignment into the owning location: from src, with derefs, and why (for -m=2). */
    record Edge(Location src, int derefs, Note notes) {}

    /** A chain of reasons (-m=2 "from ... (why) at pos" lines), newest first. */
    record Note(Note next, String where, Ast.Pos pos, String why) {}

    /**
     * Where a value is going: location dst, through derefs dereferences (-1: its address).
     * Built by the graph builder as it walks an expression from the outside in.
     */
    record Hole(Location dst, int derefs, Note notes, boolean addrtaken) {
        Hole shift(int delta) {
            int d = derefs + delta;
            if (d < -1) {
                throw new IllegalStateException("derefs underflow: " + d);
            }
            return new Hole(dst, d, notes, delta < 0);
        }

        Hole note(String where, Ast.Pos pos, String why) {
            return new Hole(dst, derefs, new Note(notes, where, pos, why), addrtaken);
        }

        Hole deref(String where, Ast.Pos pos, String why) {
            return shift(1).note(where, pos, why);
        }

        Hole addr(String where, Ast.Pos pos, String why) {
            return shift(-1).note(where, pos, why);
        }

        Hole withDst(Location l) {
            return new Hole(l, derefs, notes, addrtaken);
        }
    }
}
