package minigo.parser;

import java.util.List;
import java.util.stream.Collectors;
import minigo.ast.Ast;
import minigo.ast.Ast.Expr;

/**
 * Prints expressions the way Go's compiler quotes them in syntax errors
 * ({@code cannot use assignment (x) = (5) as value}): single spaces around binary operators, no
 * spaces inside calls and indexing.
 */
final class ExprPrinter {
    private ExprPrinter() {}

    static String list(List<Expr> xs) {
        return xs.stream().map(ExprPrinter::print).collect(Collectors.joining(", "));
    }

    static String print(Expr x) {
        StringBuilder sb = new StringBuilder();
        print(sb, x);
        return sb.toString();
    }

    private static void print(StringBuilder sb, Expr x) {
        switch (x) {
            case Ast.Ident i -> sb.append(i.name());
            case Ast.BasicLit b -> sb.append(b.value());
            case Ast.ParenExpr p -> { sb.append('('); print(sb, p.x()); sb.append(')'); }
            case Ast.SelectorExpr s -> { print(sb, s.x()); sb.append('.').append(s.sel().name()); }
            case Ast.IndexExpr i -> { print(sb, i.x()); sb.append('['); print(sb, i.index()); sb.append(']'); }
            case Ast.IndexListExpr i -> { print(sb, i.x()); sb.append('[').append(list(i.indices())).append(']'); }
            case Ast.SliceExpr s -> {
                print(sb, s.x());
                sb.append('[');
                if (s.low() != null) print(sb, s.low());
                sb.append(':');
                if (s.high() != null) print(sb, s.high());
                if (s.slice3()) { sb.append(':'); if (s.max() != null) print(sb, s.max()); }
                sb.append(']');
            }
            case Ast.TypeAssertExpr t -> {
                print(sb, t.x());
                sb.append(".(");
                if (t.type() == null) sb.append("type"); else print(sb, t.type());
                sb.append(')');
            }
            case Ast.CallExpr c -> {
                print(sb, c.fun());
                sb.append('(').append(list(c.args()));
                if (c.hasEllipsis()) sb.append("...");
                sb.append(')');
            }
            case Ast.StarExpr s -> { sb.append('*'); print(sb, s.x()); }
            case Ast.UnaryExpr u -> { sb.append(u.op()); print(sb, u.x()); }
            case Ast.BinaryExpr b -> { print(sb, b.x()); sb.append(' ').append(b.op()).append(' '); print(sb, b.y()); }
            case Ast.KeyValueExpr kv -> { print(sb, kv.key()); sb.append(": "); print(sb, kv.value()); }
            case Ast.CompositeLit c -> {
                if (c.type() != null) print(sb, c.type());
                sb.append('{').append(list(c.elts())).append('}');
            }
            case Ast.FuncLit f -> sb.append("func literal");
            case Ast.Ellipsis e -> { sb.append("..."); if (e.elt() != null) print(sb, e.elt()); }
            case Ast.ArrayType a -> {
                sb.append('[');
                if (a.len() != null) print(sb, a.len());
                sb.append(']');
                print(sb, a.elt());
            }
            case Ast.MapType m -> { sb.append("map["); print(sb, m.key()); sb.append(']'); print(sb, m.value()); }
            case Ast.ChanType c -> {
                sb.append(c.dir() == Ast.ChanDir.RECV ? "<-chan " : c.dir() == Ast.ChanDir.SEND ? "chan<- " : "chan ");
                print(sb, c.value());
            }
            case Ast.FuncType f -> sb.append("func(...)");
            case Ast.StructType s -> sb.append("struct{...}");
            case Ast.InterfaceType i -> sb.append(i.elements().isEmpty() ? "interface{}" : "interface{...}");
        }
    }
}
