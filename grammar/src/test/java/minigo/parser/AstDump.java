package minigo.parser;

import java.util.List;
import minigo.ast.Ast;
import minigo.ast.Ast.*;

/**
 * Prints an {@link Ast.File} in the S-expression format of {@code src/test/resources/astdump/dump.go},
 * which prints Go's own go/ast for the same file: equal text means equal trees and positions.
 */
final class AstDump {
    private final StringBuilder sb = new StringBuilder();

    static String dump(Ast.File f) {
        AstDump d = new AstDump();
        d.open("File", f.pos());
        d.expr(f.packageName());
        d.sb.append(" [");
        for (Decl x : f.decls()) d.decl(x);
        d.sb.append("]");
        d.cl();
        return d.sb.toString();
    }

    private static String p(Pos pos) {
        return pos == null ? "-" : pos.line() + ":" + pos.col();
    }

    private void open(String kind, Pos pos, String... extra) {
        sb.append('(').append(kind).append(' ').append(p(pos));
        for (String e : extra) sb.append(' ').append(e);
    }

    private void cl() {
        sb.append(')');
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) q.append(String.format("\\x%02x", c));
                    else q.appendCodePoint(c);
                }
            }
        });
        return q.append('"').toString();
    }

    private void expr(Expr x) {
        expr(x, false);
    }

    private void expr(Expr x, boolean ifaceMethod) {
        if (x == null) {
            sb.append(" nil");
            return;
        }
        sb.append(' ');
        switch (x) {
            case Ident i -> open("Ident", i.pos(), i.name());
            case Ellipsis e -> { open("Ellipsis", e.pos()); expr(e.elt()); }
            case BasicLit b -> open("BasicLit", b.pos(), b.kind() == LitKind.IMAG ? "IMAG" : b.kind().name(), quote(b.value()));
            case FuncLit f -> { open("FuncLit", f.pos()); expr(f.type()); stmt(f.body()); }
            case CompositeLit c -> { open("CompositeLit", c.pos(), p(c.lbrace()), p(c.rbrace())); expr(c.type()); exprs(c.elts()); }
            case ParenExpr pe -> { open("ParenExpr", pe.pos()); expr(pe.x()); }
            case SelectorExpr s -> { open("SelectorExpr", s.pos()); expr(s.x()); expr(s.sel()); }
            case IndexExpr i -> { open("IndexExpr", i.pos(), p(i.lbrack()), p(i.rbrack())); expr(i.x()); expr(i.index()); }
            case IndexListExpr i -> { open("IndexListExpr", i.pos(), p(i.lbrack()), p(i.rbrack())); expr(i.x()); exprs(i.indices()); }
            case SliceExpr s -> {
                open("SliceExpr", s.pos(), p(s.lbrack()), p(s.rbrack()), String.valueOf(s.slice3()));
                expr(s.x()); expr(s.low()); expr(s.high()); expr(s.max());
            }
            case TypeAssertExpr t -> { open("TypeAssertExpr", t.pos(), p(t.lparen()), p(t.rparen())); expr(t.x()); expr(t.type()); }
            case CallExpr c -> {
                open("CallExpr", c.pos(), p(c.lparen()), p(c.rparen()), String.valueOf(c.hasEllipsis()));
                expr(c.fun()); exprs(c.args());
            }
            case StarExpr s -> { open("StarExpr", s.pos()); expr(s.x()); }
            case UnaryExpr u -> { open("UnaryExpr", u.pos(), u.op()); expr(u.x()); }
            case BinaryExpr b -> { open("BinaryExpr", b.pos(), p(b.opPos()), b.op()); expr(b.x()); expr(b.y()); }
            case KeyValueExpr kv -> { open("KeyValueExpr", kv.pos(), p(kv.colon())); expr(kv.key()); expr(kv.value()); }
            case ArrayType a -> { open("ArrayType", a.pos()); expr(a.len()); expr(a.elt()); }
            case StructType s -> { open("StructType", s.pos()); fields(s.fields()); }
            case FuncType f -> {
                open("FuncType", ifaceMethod ? null : f.pos());
                fields(f.typeParams()); fields(f.params()); fields(f.results());
            }
            case InterfaceType i -> { open("InterfaceType", i.pos()); fields(i.elements(), true); }
            case MapType m -> { open("MapType", m.pos()); expr(m.key()); expr(m.value()); }
            case ChanType c -> { open("ChanType", c.pos(), c.dir().name()); expr(c.value()); }
        }
        cl();
    }

    private void exprs(List<Expr> xs) {
        sb.append(" [");
        for (Expr x : xs) expr(x);
        sb.append("]");
    }

    private void fields(List<Field> fs) {
        fields(fs, false);
    }

    private void fields(List<Field> fs, boolean iface) {
        sb.append(" [");
        for (Field f : fs) {
            sb.append(' ');
            open("Field", f.pos());
            sb.append(" [");
            for (Ident n : f.names()) expr(n);
            sb.append("]");
            expr(f.type(), iface && !f.names().isEmpty());
            if (f.tag() != null) expr(f.tag());
            else sb.append(" nil");
            cl();
        }
        sb.append("]");
    }

    private void stmts(List<Stmt> list) {
        sb.append(" [");
        for (Stmt s : list) stmt(s);
        sb.append("]");
    }

    private void stmt(Stmt s) {
        if (s == null) {
            sb.append(" nil");
            return;
        }
        sb.append(' ');
        switch (s) {
            case DeclStmt d -> { open("DeclStmt", d.pos()); decl(d.decl()); }
            case EmptyStmt e -> open("EmptyStmt", e.pos());
            case LabeledStmt l -> { open("LabeledStmt", l.pos()); expr(l.label()); stmt(l.stmt()); }
            case ExprStmt e -> { open("ExprStmt", e.pos()); expr(e.x()); }
            case SendStmt x -> { open("SendStmt", x.pos(), p(x.arrow())); expr(x.chan()); expr(x.value()); }
            case IncDecStmt i -> { open("IncDecStmt", i.pos(), p(i.tokPos()), i.tok()); expr(i.x()); }
            case AssignStmt a -> { open("AssignStmt", a.pos(), p(a.tokPos()), a.tok()); exprs(a.lhs()); exprs(a.rhs()); }
            case GoStmt g -> { open("GoStmt", g.pos()); expr(g.call()); }
            case DeferStmt d -> { open("DeferStmt", d.pos()); expr(d.call()); }
            case ReturnStmt r -> { open("ReturnStmt", r.pos()); exprs(r.results()); }
            case BranchStmt b -> { open("BranchStmt", b.pos(), b.tok()); expr(b.label()); }
            case BlockStmt b -> { open("BlockStmt", b.pos(), p(b.rbrace())); stmts(b.list()); }
            case IfStmt i -> { open("IfStmt", i.pos()); stmt(i.init()); expr(i.cond()); stmt(i.body()); stmt(i.els()); }
            case CaseClause c -> { open("CaseClause", c.pos(), p(c.colon()), String.valueOf(c.isDefault())); exprs(c.list()); stmts(c.body()); }
            case SwitchStmt w -> { open("SwitchStmt", w.pos()); stmt(w.init()); expr(w.tag()); stmt(w.body()); }
            case TypeSwitchStmt w -> { open("TypeSwitchStmt", w.pos()); stmt(w.init()); stmt(w.assign()); stmt(w.body()); }
            case CommClause c -> { open("CommClause", c.pos(), p(c.colon())); stmt(c.comm()); stmts(c.body()); }
            case SelectStmt x -> { open("SelectStmt", x.pos()); stmt(x.body()); }
            case ForStmt f -> { open("ForStmt", f.pos()); stmt(f.init()); expr(f.cond()); stmt(f.post()); stmt(f.body()); }
            case RangeStmt r -> {
                open("RangeStmt", r.pos(), r.tok() == null ? "-" : r.tok(), p(r.tokPos()));
                expr(r.key()); expr(r.value()); expr(r.x()); stmt(r.body());
            }
        }
        cl();
    }

    private void decl(Decl d) {
        sb.append(' ');
        switch (d) {
            case GenDecl g -> {
                open("GenDecl", g.pos(), g.tok(), p(g.lparen()));
                sb.append(" [");
                for (Spec s : g.specs()) {
                    sb.append(' ');
                    switch (s) {
                        case ImportSpec i -> { open("ImportSpec", i.pos()); expr(i.name()); expr(i.path()); }
                        case ValueSpec v -> {
                            open("ValueSpec", v.pos(), String.valueOf(v.iota()));
                            sb.append(" [");
                            for (Ident n : v.names()) expr(n);
                            sb.append("]");
                            expr(v.type());
                            exprs(v.values());
                        }
                        case TypeSpec t -> { open("TypeSpec", t.pos(), p(t.assign())); expr(t.name()); fields(t.typeParams()); expr(t.type()); }
                    }
                    cl();
                }
                sb.append("]");
            }
            case FuncDecl f -> {
                open("FuncDecl", f.pos());
                if (f.recv() != null) fields(List.of(f.recv()));
                else sb.append(" nil");
                expr(f.name());
                expr(f.type());
                stmt(f.body());
            }
        }
        cl();
    }
}
