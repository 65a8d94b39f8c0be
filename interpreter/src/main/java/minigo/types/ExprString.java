package minigo.types;

import java.util.List;
import minigo.ast.Ast;
import minigo.ast.Ast.Expr;

/** Prints expressions as types2 quotes them in messages (cmd/compile/internal/syntax's short form). */
final class ExprString {
    private ExprString() {}

    static String of(Expr x) {
        StringBuilder sb = new StringBuilder();
        print(sb, x);
        return sb.toString();
    }

    static String list(List<Expr> xs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) sb.append(", ");
            print(sb, xs.get(i));
        }
        return sb.toString();
    }

    private static void print(StringBuilder sb, Expr x) {
        switch (x) {
            case Ast.Ident i -> sb.append(i.name());
            case Ast.BasicLit b -> sb.append(b.value());
            case Ast.ParenExpr p -> {
                sb.append('(');
                print(sb, p.x());
                sb.append(')');
            }
            case Ast.SelectorExpr s -> {
                print(sb, s.x());
                sb.append('.').append(s.sel().name());
            }
            case Ast.IndexExpr i -> {
                print(sb, i.x());
                sb.append('[');
                print(sb, i.index());
                sb.append(']');
            }
            case Ast.IndexListExpr i -> {
                print(sb, i.x());
                sb.append('[').append(list(i.indices())).append(']');
            }
            case Ast.SliceExpr s -> {
                print(sb, s.x());
                sb.append('[');
                if (s.low() != null) print(sb, s.low());
                sb.append(':');
                if (s.high() != null) print(sb, s.high());
                if (s.slice3()) {
                    sb.append(':');
                    if (s.max() != null) print(sb, s.max());
                }
                sb.append(']');
            }
            case Ast.TypeAssertExpr t -> {
                print(sb, t.x());
                sb.append(".(");
                if (t.type() == null) sb.append("type");
                else print(sb, t.type());
                sb.append(')');
            }
            case Ast.CallExpr c -> {
                print(sb, c.fun());
                sb.append('(').append(list(c.args()));
                if (c.hasEllipsis()) sb.append("...");
                sb.append(')');
            }
            case Ast.StarExpr s -> {
                sb.append('*');
                print(sb, s.x());
            }
            case Ast.UnaryExpr u -> {
                sb.append(u.op());
                print(sb, u.x());
            }
            case Ast.BinaryExpr b -> {
                print(sb, b.x());
                sb.append(' ').append(b.op()).append(' ');
                print(sb, b.y());
            }
            case Ast.KeyValueExpr kv -> {
                print(sb, kv.key());
                sb.append(": ");
                print(sb, kv.value());
            }
            case Ast.CompositeLit c -> {
                if (c.type() != null) print(sb, c.type());
                sb.append(c.elts().isEmpty() ? "{}" : "{…}");
            }
            case Ast.FuncLit f -> {
                print(sb, f.type());
                sb.append(f.body().list().isEmpty() ? " {}" : " {…}");
            }
            case Ast.Ellipsis e -> {
                sb.append("...");
                if (e.elt() != null) print(sb, e.elt());
            }
            case Ast.ArrayType a -> {
                sb.append('[');
                if (a.len() != null) print(sb, a.len());
                sb.append(']');
                print(sb, a.elt());
            }
            case Ast.MapType m -> {
                sb.append("map[");
                print(sb, m.key());
                sb.append(']');
                print(sb, m.value());
            }
            case Ast.ChanType c -> {
                sb.append(c.dir() == Ast.ChanDir.RECV ? "<-chan " : c.dir() == Ast.ChanDir.SEND ? "chan<- " : "chan ");
                print(sb, c.value());
            }
            case Ast.FuncType f -> {
                sb.append("func");
                sig(sb, f);
            }
            case Ast.StructType s -> {
                sb.append("struct{");
                for (int i = 0; i < s.fields().size(); i++) {
                    if (i > 0) sb.append("; ");
                    field(sb, s.fields().get(i));
                }
                sb.append('}');
            }
            case Ast.InterfaceType i -> {
                sb.append("interface{");
                for (int k = 0; k < i.elements().size(); k++) {
                    if (k > 0) sb.append("; ");
                    Ast.Field f = i.elements().get(k);
                    if (!f.names().isEmpty() && f.type() instanceof Ast.FuncType ft) {
                        sb.append(f.names().get(0).name());
                        sig(sb, ft);
                    } else print(sb, f.type());
                }
                sb.append('}');
            }
        }
    }

    private static void field(StringBuilder sb, Ast.Field f) {
        for (int i = 0; i < f.names().size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(f.names().get(i).name());
        }
        if (!f.names().isEmpty()) sb.append(' ');
        print(sb, f.type());
    }

    private static void sig(StringBuilder sb, Ast.FuncType f) {
        sb.append('(');
        for (int i = 0; i < f.params().size(); i++) {
            if (i > 0) sb.append(", ");
            field(sb, f.params().get(i));
        }
        sb.append(')');
        if (f.results().isEmpty()) return;
        sb.append(' ');
        if (f.results().size() == 1 && f.results().get(0).names().isEmpty()) {
            print(sb, f.results().get(0).type());
            return;
        }
        sb.append('(');
        for (int i = 0; i < f.results().size(); i++) {
            if (i > 0) sb.append(", ");
            field(sb, f.results().get(i));
        }
        sb.append(')');
    }
}
