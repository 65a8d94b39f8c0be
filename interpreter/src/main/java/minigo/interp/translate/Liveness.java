package minigo.interp.translate;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minigo.ast.Ast;
import minigo.types.Func;
import minigo.types.Info;
import minigo.types.Obj;
import minigo.types.Signature;
import minigo.types.Type;
import minigo.types.TypeAndValue;
import minigo.types.Var;

/**
 * Where a block's local variables die, as Go's liveness analysis has them: after the last statement
 * of the block that mentions them, not at the end of their scope. Go's compiler works on the
 * control-flow graph of the whole function; this works on the block's statement list, which is the
 * same answer for structured code: a variable mentioned inside a loop of statement i (or in a
 * closure made there) is live until statement i ends, whatever the loop does.
 *
 * <p>Two facts per block:
 * <ul>
 *   <li>{@link #lastRead}: the index of the last statement that reads each variable. The
 *       translator clears a variable's reference slot after that statement, so the collector stops
 *       seeing what only it held; a later plain store ({@code v = nil}, {@code v = e}) fills the
 *       slot with a value nobody reads, so it is cleared after that statement too. A variable
 *       declared and never read dies after its declaration.</li>
 *   <li>{@link #moves}: a variable whose last mention is an argument of a call ({@code g(v)},
 *       {@code g(&v)}) in a simple statement dies when the argument is evaluated, before the callee
 *       runs: Go's caller does not keep its dead variables alive while the callee
 *       runs (the runtime's tests stackobj.go and fixedbugs/issue32477.go check exactly this). Only a
 *       variable mentioned once in that statement qualifies, so no later part of the statement
 *       reads the cleared slot. The callee's frame holds the argument from then on (FuncRoot drops
 *       its arguments array once the parameters are in their slots).</li>
 * </ul>
 * A function with goto is left alone (its blocks do not run in statement order), and so is every
 * variable that is not a local of the function being translated: named results (read when the
 * function returns) and a closure's captured variables.
 */
final class Liveness {
    /** The last statement that reads each variable (any mention but a plain store into it). */
    private final Map<Var, Integer> lastRead = new IdentityHashMap<>();
    /** The statements that store into each variable without reading it ({@code v = e}). */
    private final Map<Var, java.util.BitSet> stores = new IdentityHashMap<>();
    private final Map<Integer, List<Ast.Ident>> moves = new java.util.HashMap<>();

    private Liveness() {}

    /**
     * The liveness of the variables mentioned in this statement list. {@code direct} tells the
     * variables whose slot holds their value (not a Box, not a struct or array object): only for
     * those is {@code v = e} a store without a read; the others' slot is read to store through it.
     */
    static Liveness of(List<Ast.Stmt> list, Info info, java.util.function.Predicate<Var> direct) {
        Liveness l = new Liveness();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            Set<Ast.Ident> stored = Collections.newSetFromMap(new IdentityHashMap<>());
            AstWalk.walk(list.get(i), n -> {
                if (n instanceof Ast.AssignStmt a && (a.tok().equals("=") || a.tok().equals(":="))) {
                    for (Ast.Expr e : a.lhs()) {
                        if (FuncTranslator.unparen(e) instanceof Ast.Ident id) stored.add(id);
                    }
                }
                if (n instanceof Ast.Ident id && info.uses.get(id) instanceof Var v && isLocal(v)) {
                    if (stored.contains(id) && direct.test(v)) {
                        l.stores.computeIfAbsent(v, k -> new java.util.BitSet()).set(index);
                    } else {
                        l.lastRead.put(v, index);
                    }
                }
                return true;
            });
        }
        for (int i = 0; i < list.size(); i++) l.findMoves(list.get(i), i, info);
        return l;
    }

    /** Whether no statement after i reads v: what its slot holds after statement i is dead. */
    boolean deadAfter(Var v, int i) {
        Integer u = lastRead.get(v);
        return u == null || u <= i;
    }

    /** Whether statement i stores into v without reading it: a dead variable's slot is filled again. */
    boolean storesAt(Var v, int i) {
        java.util.BitSet b = stores.get(v);
        return b != null && b.get(i);
    }

    /**
     * The mentions in statement i that are their variable's last, as a call's argument: read, the
     * slot is cleared. The caller keeps those of variables declared in its block (a variable of an
     * enclosing block may be mentioned after this block).
     */
    List<Ast.Ident> movesAt(int i) {
        return moves.getOrDefault(i, List.of());
    }

    private void findMoves(Ast.Stmt s, int index, Info info) {
        // go and defer statements are left out: they allocate their record after the arguments
        if (!(s instanceof Ast.ExprStmt || s instanceof Ast.AssignStmt a && (a.tok().equals("=") || a.tok().equals(":="))
                || s instanceof Ast.DeclStmt || s instanceof Ast.ReturnStmt || s instanceof Ast.SendStmt)) {
            return;
        }
        // mentions per variable in the statement, and the variables passed as quiet arguments
        Map<Var, Integer> count = new IdentityHashMap<>();
        Map<Var, Ast.Ident> asArgument = new IdentityHashMap<>();
        AstWalk.walk(s, n -> {
            if (n instanceof Ast.FuncLit fl) {
                // a closure's mentions read the captured cell whenever it runs: never a move
                AstWalk.walk(fl.body(), m -> {
                    if (m instanceof Ast.Ident id && info.uses.get(id) instanceof Var v) count.merge(v, 2, Integer::sum);
                    return true;
                });
                return false;
            }
            if (n instanceof Ast.Ident id && info.uses.get(id) instanceof Var v) count.merge(v, 1, Integer::sum);
            if (n instanceof Ast.CallExpr c && !c.hasEllipsis()) {
                Signature sig = signatureOf(c.fun(), info);
                if (sig == null || sig.variadic() || c.args().size() != sig.params().size()) return true;
                // from the last argument back, while nothing evaluated after an argument can allocate
                for (int k = c.args().size() - 1; k >= 0; k--) {
                    Ast.Ident id = quietArgument(c.args().get(k), sig.params().typeAt(k), info);
                    if (id == null) break;
                    if (info.uses.get(id) instanceof Var v) asArgument.put(v, id);
                }
            }
            return true;
        });
        asArgument.forEach((v, id) -> {
            if (count.getOrDefault(v, 0) == 1 && lastRead.get(v) == index) moves.computeIfAbsent(index, k -> new java.util.ArrayList<>()).add(id);
        });
    }

    /**
     * The signature of a call's function, or null for a conversion or a built-in. An argument may
     * move only when nothing is allocated between its evaluation and the callee's frame, since it is
     * only in the call node's array meanwhile: the arguments after it are variables or constants,
     * passed without an interface box, and no variadic slice is made.
     */
    private static Signature signatureOf(Ast.Expr fun, Info info) {
        fun = FuncTranslator.unparen(fun);
        Type t;
        Ast.Ident named = fun instanceof Ast.Ident id ? id
                : fun instanceof Ast.SelectorExpr se && info.selections.get(se) == null ? se.sel() : null;
        if (named != null) {
            Obj o = info.objectOf(named);
            if (!(o instanceof Var || o instanceof Func)) return null;
            t = o.type();
        } else {
            TypeAndValue tv = info.types.get(fun);
            if (tv == null || tv.isType()) return null;
            t = tv.type();
        }
        return t != null && t.underlying() instanceof Signature sig ? sig : null;
    }

    /**
     * v or &v (parenthesised or not) as a whole argument, passed without allocating: the parameter
     * is not an interface, or the argument is a pointer (which an interface holds without a box).
     * The variable it mentions, or null; a constant argument is quiet too but mentions none: a
     * placeholder that is not a variable's.
     */
    private static Ast.Ident quietArgument(Ast.Expr e, Type param, Info info) {
        e = FuncTranslator.unparen(e);
        TypeAndValue tv = info.types.get(e);
        if (tv != null && tv.value() != null) return CONSTANT;
        boolean address = false;
        if (e instanceof Ast.UnaryExpr u && u.op().equals("&")) {
            e = FuncTranslator.unparen(u.x());
            address = true;
        }
        if (!(e instanceof Ast.Ident id && info.uses.get(id) instanceof Var v && isLocal(v))) return null;
        boolean boxes = param.underlying() instanceof minigo.types.Interface || param instanceof minigo.types.TypeParam;
        return !boxes || address || v.type().underlying() instanceof minigo.types.Pointer ? id : null;
    }

    private static final Ast.Ident CONSTANT = new Ast.Ident(Ast.Pos.NONE, "_");

    /** Whether the function body has a goto: its statements need not run in list order. */
    static boolean hasGoto(Ast.Node body) {
        return AstWalk.anyOutsideFuncLits(body, n -> n instanceof Ast.BranchStmt b && b.tok().equals("goto"));
    }

    private static boolean isLocal(Var v) {
        return !v.isPackageLevel() && !v.isField();
    }
}
