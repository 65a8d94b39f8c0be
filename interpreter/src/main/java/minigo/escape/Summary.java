package minigo.escape;

import java.util.ArrayList;
import java.util.List;
import minigo.ast.Ast;

/**
 * The -m=2 text after "can inline f with cost N as:": the function's type and a one-line
 * rendering of its body, as cmd/compile prints an inlinable body.
 */
final class Summary {
    private Summary() {}

    static String of(Resolver r, Resolver.Fn fn) {
        GoText t = new GoText(r);
        String sig;
        if (fn.decl != null && fn.decl.recv() != null) {
            sig = "method(" + TypeModel.str(fn.sig.recv()) + ") func" + TypeModel.sigStr(
                    new TypeModel.FuncT(null, fn.sig.params(), fn.sig.results(), fn.sig.variadic()));
        } else {
            sig = "func" + TypeModel.sigStr(fn.sig);
        }
        List<String> parts = new ArrayList<>();
        for (Ast.Stmt s : fn.body().list()) {
            parts.add(stmt(r, t, s));
        }
        return sig + " { " + String.join("; ", parts) + " }";
    }

    private static boolean nilable(TypeModel.T type) {
        TypeModel.T u = TypeModel.under(type);
        return u instanceof TypeModel.Ptr || u instanceof TypeModel.Slice || u instanceof TypeModel.MapT
                || u instanceof TypeModel.ChanT || u instanceof TypeModel.FuncT || u instanceof TypeModel.IfaceT;
    }

    private static String stmt(Resolver r, GoText t, Ast.Stmt s) {
        return switch (s) {
            case Ast.ForStmt f -> "for loop";
            case Ast.RangeStmt f -> "for loop";
            case Ast.IfStmt i -> {
                StringBuilder sb = new StringBuilder("if ").append(t.expr(i.cond())).append(" { ");
                List<String> ps = new ArrayList<>();
                for (Ast.Stmt b : i.body().list()) {
                    ps.add(stmt(r, t, b));
                }
                sb.append(String.join("; ", ps)).append(" }");
                if (i.els() != null) {
                    sb.append(" else { ").append(i.els() instanceof Ast.BlockStmt bs
                            ? String.join("; ", bs.list().stream().map(x -> stmt(r, t, x)).toList())
                            : stmt(r, t, i.els())).append(" }");
                }
                yield sb.toString();
            }
            case Ast.DeclStmt d -> {
                List<String> ps = new ArrayList<>();
                for (Ast.Spec sp : d.decl().specs()) {
                    if (sp instanceof Ast.ValueSpec vs) {
                        for (int k = 0; k < vs.names().size(); k++) {
                            String n = vs.names().get(k).name();
                            ps.add("var " + n + " " + (vs.type() == null ? "" : t.type(vs.type())));
                            if (vs.values().isEmpty() && vs.type() != null && nilable(r.typeOf(vs.type()))) {
                                ps.add(n + " = <nil>");
                            }
                        }
                    }
                }
                yield String.join("; ", ps);
            }
            case Ast.SwitchStmt sw -> "switch statement";
            case Ast.TypeSwitchStmt sw -> "switch statement";
            case Ast.SelectStmt sw -> "select statement";
            case Ast.AssignStmt a -> t.list(a.lhs()) + " " + a.tok() + " " + t.list(a.rhs());
            default -> t.stmt(s);
        };
    }
}
