package minigo.escape;

import java.util.List;
import java.util.stream.Collectors;
import minigo.ast.Ast;
import minigo.ast.Ast.Expr;

/**
 * Go's compiler spelling of expressions and statements in -m messages ({@code &counter{...}},
 * {@code make([]int, 32)}, {@code ([]byte)(s)}, {@code c.n += c.step}): composite literals
 * abbreviated, types spelled from their type (so {@code interface{}} reads {@code interface {}}),
 * conversions to unnamed types parenthesised.
 */
final class GoText {
    private final Resolver r;
    /** Calls inlined in the body being described: Go shows them as their result variable ~R0. */
    java.util.Map<Ast.CallExpr, ?> inlined = java.util.Map.of();

    GoText(Resolver r) {
        this.r = r;
    }

    String list(List<Expr> xs) {
        return xs.stream().map(this::expr).collect(Collectors.joining(", "));
    }

    String type(Expr typeExpr) {
        TypeModel.T t = r.typeOf(typeExpr);
        if (t == null) {
            t = r.typeOfTypeExpr(typeExpr);
        }
        return t != null ? TypeModel.str(t) : expr(typeExpr);
    }

    String compositeType(Ast.CompositeLit cl) {
        TypeModel.T t = r.typeOf(cl);
        // an elided &T{...} (an element of []*T{{...}}) has type *T; Go writes it &T{...}
        if (cl.type() == null && t instanceof TypeModel.Ptr p) t = p.elem();
        return t != null ? TypeModel.str(t) : cl.type() == null ? "" : expr(cl.type());
    }

    String expr(Expr x) {
        return switch (x) {
            case null -> "";
            case Ast.Ident i -> i.name();
            case Ast.BasicLit b -> literal(b);
            case Ast.ParenExpr p -> expr(p.x());
            case Ast.SelectorExpr s when r.selections.get(s) != null && r.selections.get(s).kind() == Resolver.SelKind.PKG
                    && Resolver.unparen(s.x()) instanceof Ast.Ident pkg && r.uses.get(pkg) != null && r.uses.get(pkg).pkgPath != null ->
                    r.qualifier(r.uses.get(pkg).pkgPath) + "." + s.sel().name();
            case Ast.SelectorExpr s -> (Resolver.unparen(s.x()) instanceof Ast.StarExpr
                    && r.selections.get(s) != null && r.selections.get(s).kind() == Resolver.SelKind.METHOD_EXPR
                    ? "(" + expr(s.x()) + ")" : expr(s.x())) + "." + s.sel().name();
            case Ast.IndexExpr i -> expr(i.x()) + "[" + expr(i.index()) + "]";
            case Ast.IndexListExpr i -> expr(i.x()) + "[" + list(i.indices()) + "]";
            case Ast.SliceExpr s -> expr(s.x()) + "[" + expr(s.low()) + ":" + expr(s.high())
                    + (s.slice3() ? ":" + expr(s.max()) : "") + "]";
            case Ast.TypeAssertExpr t -> expr(t.x()) + ".(" + (t.type() == null ? "type" : type(t.type())) + ")";
            case Ast.CallExpr c -> call(c);
            case Ast.StarExpr s -> "*" + expr(s.x());
            case Ast.UnaryExpr u -> u.op().equals("&") && Resolver.unparen(u.x()) instanceof Ast.CompositeLit cl
                    ? "&" + expr(cl) : u.op() + expr(u.x());
            case Ast.BinaryExpr b -> operand(b.x(), b.op(), false) + " " + b.op() + " " + operand(b.y(), b.op(), true);
            case Ast.KeyValueExpr kv -> expr(kv.key()) + ":" + expr(kv.value());
            case Ast.CompositeLit cl -> compositeType(cl) + (cl.elts().isEmpty() ? "{}" : "{...}");
            case Ast.FuncLit f -> "func literal";
            case Ast.Ellipsis e -> "..." + expr(e.elt());
            default -> {
                TypeModel.T t = r.typeOf(x);
                yield t != null ? TypeModel.str(t) : "?";
            }
        };
    }

    private static int prec(String op) {
        return switch (op) {
            case "||" -> 1;
            case "&&" -> 2;
            case "==", "!=", "<", "<=", ">", ">=" -> 3;
            case "+", "-", "|", "^" -> 4;
            default -> 5;
        };
    }

    private String operand(Expr x, String op, boolean right) {
        Expr u = Resolver.unparen(x);
        if (u instanceof Ast.BinaryExpr b && (prec(b.op()) < prec(op) || (right && prec(b.op()) == prec(op)))) {
            return "(" + expr(u) + ")";
        }
        return expr(u);
    }

    private String literal(Ast.BasicLit b) {
        String v = b.value();
        if (b.kind() == Ast.LitKind.STRING && v.startsWith("`")) {
            return quote(v.substring(1, v.length() - 1));
        }
        if (b.kind() == Ast.LitKind.INT) {
            Long n = r.constInt(b);
            return n != null ? Long.toString(n) : v;
        }
        return v;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private String call(Ast.CallExpr c) {
        if (inlined.containsKey(c)) {
            return "~R0";
        }
        if (Resolver.unparen(c.fun()) instanceof Ast.SelectorExpr se && r.selections.get(se) != null
                && r.selections.get(se).kind() == Resolver.SelKind.METHOD && r.selections.get(se).method() != null) {
            // A method call reads as a call of the method expression with the receiver first.
            List<Expr> all = new java.util.ArrayList<>();
            all.add(se.x());
            all.addAll(c.args());
            return Resolver.funcName(r.selections.get(se).method()) + "(" + list(all) + ")";
        }
        TypeModel.T conv = r.conversions.get(c);
        if (conv != null && c.args().size() == 1) {
            String ts = TypeModel.str(conv);
            boolean named = conv instanceof TypeModel.Named || conv instanceof TypeModel.Basic;
            return (named ? ts : "(" + ts + ")") + "(" + expr(c.args().get(0)) + ")";
        }
        String b = r.builtins.get(c);
        if (b != null && (b.equals("make") || b.equals("new"))) {
            StringBuilder sb = new StringBuilder(b).append("(").append(type(c.args().get(0)));
            for (int i = 1; i < c.args().size(); i++) {
                sb.append(", ").append(expr(c.args().get(i)));
            }
            return sb.append(")").toString();
        }
        TypeModel.T ft = TypeModel.under(r.typeOf(Resolver.unparen(c.fun())));
        if (b == null && ft instanceof TypeModel.FuncT f && f.variadic() && !c.hasEllipsis()
                && c.args().size() >= f.params().size() - 1) {
            // Go shows the call after packing its variadic arguments into one slice.
            List<Expr> fixed = c.args().subList(0, f.params().size() - 1);
            String head = fixed.isEmpty() ? "" : list(fixed) + ", ";
            return expr(c.fun()) + "(" + head + (c.args().size() > fixed.size() ? "... argument..." : "nil...") + ")";
        }
        return expr(c.fun()) + "(" + list(c.args()) + (c.hasEllipsis() ? "..." : "") + ")";
    }

    /** A simple statement as Go quotes it in "ignoring self-assignment in ..." and -m=2 notes. */
    String stmt(Ast.Stmt s) {
        return switch (s) {
            case Ast.AssignStmt a -> list(a.lhs()) + " " + a.tok() + " " + list(a.rhs());
            case Ast.IncDecStmt i -> expr(i.x()) + (i.tok().equals("++") ? " += 1" : " -= 1");
            case Ast.ReturnStmt rs -> "return " + list(rs.results()); // Go's "return %.v", a space even when bare
            case Ast.SendStmt ss -> expr(ss.chan()) + " <- " + (Resolver.unparen(ss.value()) instanceof Ast.UnaryExpr
                    ? "(" + expr(ss.value()) + ")" : expr(ss.value()));
            case Ast.ExprStmt es -> expr(es.x());
            case Ast.GoStmt g -> "go " + expr(g.call());
            case Ast.DeferStmt d -> "defer " + expr(d.call());
            case Ast.RangeStmt rs -> "range";
            default -> s.getClass().getSimpleName();
        };
    }
}
