package minigo.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minigo.ast.Ast;

/**
 * The branch checks Go's parser does (cmd/compile/internal/syntax's branches.go): labels defined
 * and used, break/continue targets, goto jumping over declarations or into blocks, fallthrough
 * placement. One pass per function body, before type checking, as in gc.
 */
final class Branches {
    private final CheckBase c;

    Branches(CheckBase c) {
        this.c = c;
    }

    void file(Ast.File f) {
        for (Ast.Decl d : f.decls()) {
            if (d instanceof Ast.FuncDecl fd && fd.body() != null) funcBody(fd.body());
            else if (d instanceof Ast.GenDecl g) {
                for (Ast.Spec s : g.specs()) {
                    if (s instanceof Ast.ValueSpec vs) for (Ast.Expr e : vs.values()) exprs(e);
                }
            }
        }
    }

    /** Function literals anywhere in an expression get their own pass. */
    private void exprs(Ast.Expr e) {
        if (e == null) return;
        switch (e) {
            case Ast.FuncLit fl -> funcBody(fl.body());
            case Ast.ParenExpr p -> exprs(p.x());
            case Ast.SelectorExpr s -> exprs(s.x());
            case Ast.IndexExpr i -> { exprs(i.x()); exprs(i.index()); }
            case Ast.IndexListExpr i -> { exprs(i.x()); for (Ast.Expr x : i.indices()) exprs(x); }
            case Ast.SliceExpr s -> { exprs(s.x()); exprs(s.low()); exprs(s.high()); exprs(s.max()); }
            case Ast.TypeAssertExpr t -> exprs(t.x());
            case Ast.CallExpr call -> { exprs(call.fun()); for (Ast.Expr a : call.args()) exprs(a); }
            case Ast.StarExpr s -> exprs(s.x());
            case Ast.UnaryExpr u -> exprs(u.x());
            case Ast.BinaryExpr b -> { exprs(b.x()); exprs(b.y()); }
            case Ast.KeyValueExpr kv -> { exprs(kv.key()); exprs(kv.value()); }
            case Ast.CompositeLit cl -> { for (Ast.Expr x : cl.elts()) exprs(x); }
            default -> {}
        }
    }

    // ------------------------------------------------------------------ per function

    private static final class LabelInfo {
        final Ast.LabeledStmt stmt;
        final List<Ast.Stmt> block;
        final int index;
        final Ast.Pos blockStart;
        boolean used;

        LabelInfo(Ast.LabeledStmt stmt, List<Ast.Stmt> block, int index, Ast.Pos blockStart) {
            this.stmt = stmt;
            this.block = block;
            this.index = index;
            this.blockStart = blockStart;
        }
    }

    private Map<String, LabelInfo> labels;
    private List<Object[]> gotos;

    private void funcBody(Ast.BlockStmt body) {
        Map<String, LabelInfo> savedLabels = labels;
        List<Object[]> savedGotos = gotos;
        labels = new HashMap<>();
        gotos = new ArrayList<>();
        List<LabelInfo> order = new ArrayList<>();
        collectLabels(body.list(), body.pos(), order);
        List<Object[]> root = new ArrayList<>();
        root.add(new Object[] {body.list(), -1});
        block(body.list(), new Ctx(null, null, null, false), root);
        // Gotos: resolve after all labels are known.
        for (Object[] g : gotos) {
            @SuppressWarnings("unchecked")
            List<Object[]> ch = (List<Object[]>) g[1];
            checkGoto((Ast.BranchStmt) g[0], ch);
        }
        for (LabelInfo li : order) {
            if (!li.used) c.error(li.stmt.label().pos(), "label " + li.stmt.label().name() + " defined and not used");
        }
        labels = savedLabels;
        gotos = savedGotos;
    }

    private void collectLabels(List<Ast.Stmt> list, Ast.Pos blockStart, List<LabelInfo> order) {
        for (int i = 0; i < list.size(); i++) {
            Ast.Stmt s = list.get(i);
            Ast.Stmt inner = s;
            while (inner instanceof Ast.LabeledStmt ls) {
                String name = ls.label().name();
                if (!name.equals("_")) {
                    LabelInfo old = labels.get(name);
                    if (old != null) {
                        c.error(ls.label().pos(), "label " + name + " already defined at " + old.stmt.label().pos());
                    } else {
                        LabelInfo li = new LabelInfo(ls, list, i, blockStart);
                        labels.put(name, li);
                        order.add(li);
                    }
                }
                inner = ls.stmt();
            }
            nested(inner, order);
        }
    }

    private void nested(Ast.Stmt s, List<LabelInfo> order) {
        switch (s) {
            case Ast.BlockStmt b -> collectLabels(b.list(), b.pos(), order);
            case Ast.IfStmt is -> {
                collectLabels(is.body().list(), is.body().pos(), order);
                if (is.els() != null) nested(is.els(), order);
            }
            case Ast.ForStmt fs -> collectLabels(fs.body().list(), fs.body().pos(), order);
            case Ast.RangeStmt rs -> collectLabels(rs.body().list(), rs.body().pos(), order);
            case Ast.SwitchStmt sw -> {
                for (Ast.Stmt cc : sw.body().list()) collectLabels(((Ast.CaseClause) cc).body(), ((Ast.CaseClause) cc).colon(), order);
            }
            case Ast.TypeSwitchStmt sw -> {
                for (Ast.Stmt cc : sw.body().list()) collectLabels(((Ast.CaseClause) cc).body(), ((Ast.CaseClause) cc).colon(), order);
            }
            case Ast.SelectStmt sel -> {
                for (Ast.Stmt cc : sel.body().list()) collectLabels(((Ast.CommClause) cc).body(), ((Ast.CommClause) cc).colon(), order);
            }
            default -> {}
        }
    }

    /** Break/continue targets: innermost breakable, innermost loop, the label of the current statement. */
    private record Ctx(Ast.Stmt breakTarget, Ast.Stmt continueTarget, Map<String, Ast.Stmt> labeled, boolean dummy) {}

    private final Map<Ast.Stmt, String> labelOf = new java.util.IdentityHashMap<>();

    private void block(List<Ast.Stmt> list, Ctx ctx, List<Object[]> chain) {
        for (int i = 0; i < list.size(); i++) {
            List<Object[]> ch = new ArrayList<>(chain);
            ch.set(ch.size() - 1, new Object[] {list, i});
            stmt(list.get(i), ctx, ch, null, false);
        }
    }

    private void stmt(Ast.Stmt s, Ctx ctx, List<Object[]> chain, String label, boolean fallthroughOk) {
        switch (s) {
            case Ast.LabeledStmt ls -> {
                String name = ls.label().name();
                stmt(ls.stmt(), ctx, chain, name, fallthroughOk);
            }
            case Ast.BranchStmt b -> branch(b, ctx, chain, fallthroughOk);
            case Ast.BlockStmt b -> sub(b.list(), ctx, chain);
            case Ast.IfStmt is -> {
                simple(is.init());
                exprs(is.cond());
                sub(is.body().list(), ctx, chain);
                if (is.els() != null) {
                    if (is.els() instanceof Ast.BlockStmt eb) sub(eb.list(), ctx, chain);
                    else stmt(is.els(), ctx, chain, null, false);
                }
            }
            case Ast.ForStmt fs -> {
                simple(fs.init());
                exprs(fs.cond());
                simple(fs.post());
                Map<String, Ast.Stmt> lm = new HashMap<>(ctx.labeled() == null ? Map.of() : ctx.labeled());
                if (label != null) lm.put(label, fs);
                sub(fs.body().list(), new Ctx(fs, fs, lm, false), chain);
            }
            case Ast.RangeStmt rs -> {
                exprs(rs.x());
                Map<String, Ast.Stmt> lm = new HashMap<>(ctx.labeled() == null ? Map.of() : ctx.labeled());
                if (label != null) lm.put(label, rs);
                sub(rs.body().list(), new Ctx(rs, rs, lm, false), chain);
            }
            case Ast.SwitchStmt sw -> {
                simple(sw.init());
                exprs(sw.tag());
                Map<String, Ast.Stmt> lm = new HashMap<>(ctx.labeled() == null ? Map.of() : ctx.labeled());
                if (label != null) lm.put(label, sw);
                Ctx inner = new Ctx(sw, ctx.continueTarget(), lm, false);
                List<Ast.Stmt> cs = sw.body().list();
                for (int k = 0; k < cs.size(); k++) {
                    Ast.CaseClause cc = (Ast.CaseClause) cs.get(k);
                    for (Ast.Expr e : cc.list()) exprs(e);
                    caseBody(cc.body(), inner, chain, k == cs.size() - 1 ? 2 : 1);
                }
            }
            case Ast.TypeSwitchStmt sw -> {
                simple(sw.init());
                simple(sw.assign());
                Map<String, Ast.Stmt> lm = new HashMap<>(ctx.labeled() == null ? Map.of() : ctx.labeled());
                if (label != null) lm.put(label, sw);
                Ctx inner = new Ctx(sw, ctx.continueTarget(), lm, false);
                for (Ast.Stmt c0 : sw.body().list()) caseBody(((Ast.CaseClause) c0).body(), inner, chain, 3);
            }
            case Ast.SelectStmt sel -> {
                Map<String, Ast.Stmt> lm = new HashMap<>(ctx.labeled() == null ? Map.of() : ctx.labeled());
                if (label != null) lm.put(label, sel);
                Ctx inner = new Ctx(sel, ctx.continueTarget(), lm, false);
                for (Ast.Stmt c0 : sel.body().list()) {
                    Ast.CommClause cc = (Ast.CommClause) c0;
                    simple(cc.comm());
                    caseBody(cc.body(), inner, chain, 0);
                }
            }
            default -> simple(s);
        }
    }

    /** kind: 0 select, 1 switch case, 2 final switch case, 3 type switch case. */
    private void caseBody(List<Ast.Stmt> body, Ctx ctx, List<Object[]> chain, int kind) {
        List<Object[]> ch = new ArrayList<>(chain);
        ch.add(null);
        int last = body.size() - 1;
        while (last >= 0 && body.get(last) instanceof Ast.EmptyStmt) last--;
        for (int i = 0; i < body.size(); i++) {
            ch.set(ch.size() - 1, new Object[] {body, i});
            Ast.Stmt s = body.get(i);
            boolean isLast = i == last;
            if (s instanceof Ast.BranchStmt b && b.tok().equals("fallthrough")) {
                if (kind == 3) c.error(b.pos(), "cannot fallthrough in type switch");
                else if (kind == 2 && isLast) c.error(b.pos(), "cannot fallthrough final case in switch");
                else if (kind == 0 || !isLast) c.error(b.pos(), "fallthrough statement out of place");
                continue;
            }
            stmt(s, ctx, ch, null, false);
        }
    }

    private void sub(List<Ast.Stmt> list, Ctx ctx, List<Object[]> chain) {
        List<Object[]> ch = new ArrayList<>(chain);
        ch.add(new Object[] {list, -1});
        block(list, ctx, ch);
    }

    private void simple(Ast.Stmt s) {
        if (s == null) return;
        switch (s) {
            case Ast.ExprStmt es -> exprs(es.x());
            case Ast.AssignStmt as -> {
                for (Ast.Expr e : as.lhs()) exprs(e);
                for (Ast.Expr e : as.rhs()) exprs(e);
            }
            case Ast.SendStmt ss -> {
                exprs(ss.chan());
                exprs(ss.value());
            }
            case Ast.IncDecStmt id -> exprs(id.x());
            case Ast.GoStmt g -> exprs(g.call());
            case Ast.DeferStmt d -> exprs(d.call());
            case Ast.ReturnStmt r -> {
                for (Ast.Expr e : r.results()) exprs(e);
            }
            case Ast.DeclStmt d -> {
                for (Ast.Spec sp : d.decl().specs()) if (sp instanceof Ast.ValueSpec vs) for (Ast.Expr e : vs.values()) exprs(e);
            }
            default -> {}
        }
    }

    private void branch(Ast.BranchStmt b, Ctx ctx, List<Object[]> chain, boolean fallthroughOk) {
        switch (b.tok()) {
            case "break" -> {
                if (b.label() != null) {
                    String n = b.label().name();
                    LabelInfo li = labels.get(n);
                    if (li == null) {
                        c.error(b.label().pos(), "break label not defined: " + n);
                        return;
                    }
                    li.used = true;
                    if (ctx.labeled() == null || !ctx.labeled().containsKey(n)) c.error(b.label().pos(), "invalid break label " + n);
                    return;
                }
                if (ctx.breakTarget() == null) c.error(b.pos(), "break is not in a loop, switch, or select");
            }
            case "continue" -> {
                if (b.label() != null) {
                    String n = b.label().name();
                    LabelInfo li = labels.get(n);
                    if (li == null) {
                        c.error(b.label().pos(), "continue label not defined: " + n);
                        return;
                    }
                    li.used = true;
                    Ast.Stmt target = ctx.labeled() == null ? null : ctx.labeled().get(n);
                    if (!(target instanceof Ast.ForStmt || target instanceof Ast.RangeStmt)) c.error(b.label().pos(), "invalid continue label " + n);
                    return;
                }
                if (ctx.continueTarget() == null) c.error(b.pos(), "continue is not in a loop");
            }
            case "goto" -> {
                if (b.label() == null) return;
                gotos.add(new Object[] {b, chain});
            }
            case "fallthrough" -> c.error(b.pos(), "fallthrough statement out of place");
            default -> {}
        }
    }

    private void checkGoto(Ast.BranchStmt b, List<Object[]> chain) {
        String n = b.label().name();
        LabelInfo li = labels.get(n);
        if (li == null) {
            c.error(b.label().pos(), "label " + n + " not defined");
            return;
        }
        li.used = true;
        // Is the label's block on the goto's chain of enclosing blocks?
        int gotoIndex = -2;
        for (Object[] link : chain) {
            if (link != null && link[0] == li.block) gotoIndex = (Integer) link[1];
        }
        if (gotoIndex == -2) {
            c.error(b.label().pos(), "goto " + n + " jumps into block starting at " + li.blockStart);
            return;
        }
        if (li.index > gotoIndex) {
            for (int i = gotoIndex + 1; i < li.index; i++) {
                Ast.Pos decl = declPos(li.block.get(i));
                if (decl != null) {
                    c.error(b.label().pos(), "goto " + n + " jumps over declaration of " + declName(li.block.get(i)) + " at " + decl);
                    return;
                }
            }
        }
    }

    private static Ast.Pos declPos(Ast.Stmt s) {
        while (s instanceof Ast.LabeledStmt l) s = l.stmt();
        if (s instanceof Ast.AssignStmt as && as.tok().equals(":=")) return as.tokPos();
        if (s instanceof Ast.DeclStmt d && d.decl().tok().equals("var")) {
            Ast.ValueSpec vs = (Ast.ValueSpec) d.decl().specs().get(0);
            return vs.names().get(0).pos();
        }
        return null;
    }

    private static String declName(Ast.Stmt s) {
        while (s instanceof Ast.LabeledStmt l) s = l.stmt();
        if (s instanceof Ast.AssignStmt as) return ((Ast.Ident) as.lhs().get(0)).name();
        if (s instanceof Ast.DeclStmt d) return ((Ast.ValueSpec) d.decl().specs().get(0)).names().get(0).name();
        return "?";
    }
}
