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
            parts.add(stmt(t, s));
        }
        return sig + " { " + String.join("; ", parts) + " }";
    }

    private static String stmt(GoText t, Ast.Stmt s) {
        return switch (s) {
            case Ast.ForStmt f -> "for loop";
            case Ast.RangeStmt f -> "for loop";
            case Ast.IfStmt i -> {
                StringBuilder sb = new StringBuilder("if ").append(t.expr(i.cond())).append(" { ");
                List<String> ps = new ArrayList<>();
                for (Ast.Stmt b : i.body().list()) {
                    ps.add(stmt(t, b));
                }
                sb.append(String.join("; ", ps)).append(" }");
                if (i.els() != null) {
                    sb.append(" else { ").append(i.els() instanceof Ast.BlockStmt bs
                            ? String.join("; ", bs.list().stream().map(x -> stmt(t, x)).toList())
                            : stmt(t, i.els())).append(" }");
                }
                yield sb.toString();
            }
            case Ast.DeclStmt d -> {
                List<String> ps = new ArrayList<>();
                for (Ast.Spec sp : d.decl().specs()) {
                    if (sp instanceof Ast.ValueSpec vs) {
                        for (int k = 0; k < vs.names().size(); k++) {
                            ps.add("var " + vs.names().get(k).name() + " " + (vs.type() == null ? "" : t.type(vs.type())));
                        }
                    }
                }
                yield String.join("; ", ps);
            }
            case Ast.SwitchStmt sw -> "switch";
            case Ast.AssignStmt a -> t.list(a.lhs()) + " " + a.tok() + " " + t.list(a.rhs());
            default -> t.stmt(s);
        };
    }
}
