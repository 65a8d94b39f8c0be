package minigo.interp.translate;

import java.util.IdentityHashMap;
import minigo.ast.Ast;
import minigo.types.Func;
import minigo.types.Info;
import minigo.types.Obj;
import minigo.types.Selection;
import minigo.types.Var;

/**
 * Decides which local variables live in a Box rather than directly in a frame slot (until escape
 * analysis decides it): those whose address is taken (&x, or x.M() with a pointer method on a
 * non-pointer x) and those a closure refers to (captured by reference). Struct and array variables
 * never need a Box: their GoStruct/GoArray object is already the shared location.
 */
final class BoxScan {
    private final Info info;
    private final IdentityHashMap<Var, Boolean> boxed;

    BoxScan(Info info, IdentityHashMap<Var, Boolean> boxed) {
        this.info = info;
        this.boxed = boxed;
    }

    void scan(Ast.Node root) {
        AstWalk.walk(root, n -> {
            if (n instanceof Ast.UnaryExpr u && u.op().equals("&")) {
                markRoot(u.x());
            } else if (n instanceof Ast.SelectorExpr s) {
                Selection sel = info.selections.get(s);
                if (sel != null && sel.kind() == Selection.Kind.METHOD_VAL && sel.obj() instanceof Func f && f.hasPtrRecv()
                        && !(sel.recv() instanceof minigo.types.Pointer) && !sel.indirect()) {
                    markRoot(s.x());
                }
            } else if (n instanceof Ast.FuncLit fl) {
                markCaptured(fl);
            }
            return true;
        });
    }

    private void markRoot(Ast.Expr e) {
        while (e instanceof Ast.ParenExpr p) e = p.x();
        if (e instanceof Ast.Ident id && info.objectOf(id) instanceof Var v && !v.isPackageLevel() && !v.isField()) {
            if (!TypeUtil.isComposite(v.type())) boxed.put(v, Boolean.TRUE);
        }
    }

    private void markCaptured(Ast.FuncLit fl) {
        Ast.Pos start = fl.pos();
        Ast.Pos end = fl.body().rbrace();
        AstWalk.walk(fl.body(), n -> {
            if (n instanceof Ast.Ident id) {
                Obj o = info.uses.get(id);
                if (o instanceof Var v && !v.isPackageLevel() && !v.isField() && !inside(v.pos(), start, end)) {
                    if (!TypeUtil.isComposite(v.type())) boxed.put(v, Boolean.TRUE);
                }
            }
            return true;
        });
    }

    static boolean inside(Ast.Pos p, Ast.Pos start, Ast.Pos end) {
        if (!p.file().equals(start.file())) return false;
        if (p.line() < start.line() || p.line() == start.line() && p.col() < start.col()) return false;
        return p.line() < end.line() || p.line() == end.line() && p.col() <= end.col();
    }
}
