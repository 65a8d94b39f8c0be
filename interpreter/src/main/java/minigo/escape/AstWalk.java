package minigo.escape;

import java.util.List;
import minigo.ast.Ast;

/** A pre-order walk over the AST; visit returns whether to descend into the node's children. */
abstract class AstWalk {
    abstract boolean visit(Ast.Node n);

    final void walk(Ast.Node n) {
        if (n == null || !visit(n)) {
            return;
        }
        switch (n) {
            case Ast.Ident x -> {}
            case Ast.Ellipsis x -> walk(x.elt());
            case Ast.BasicLit x -> {}
            case Ast.FuncLit x -> {
                walk(x.type());
                walk(x.body());
            }
            case Ast.CompositeLit x -> {
                walk(x.type());
                all(x.elts());
            }
            case Ast.ParenExpr x -> walk(x.x());
            case Ast.SelectorExpr x -> walk(x.x());
            case Ast.IndexExpr x -> {
                walk(x.x());
                walk(x.index());
            }
            case Ast.IndexListExpr x -> {
                walk(x.x());
                all(x.indices());
            }
            case Ast.SliceExpr x -> {
                walk(x.x());
                walk(x.low());
                walk(x.high());
                walk(x.max());
            }
            case Ast.TypeAssertExpr x -> {
                walk(x.x());
                walk(x.type());
            }
            case Ast.CallExpr x -> {
                walk(x.fun());
                all(x.args());
            }
            case Ast.StarExpr x -> walk(x.x());
            case Ast.UnaryExpr x -> walk(x.x());
            case Ast.BinaryExpr x -> {
                walk(x.x());
                walk(x.y());
            }
            case Ast.KeyValueExpr x -> {
                walk(x.key());
                walk(x.value());
            }
            case Ast.ArrayType x -> {
                walk(x.len());
                walk(x.elt());
            }
            case Ast.StructType x -> all(x.fields());
            case Ast.FuncType x -> {
                all(x.typeParams());
                all(x.params());
                all(x.results());
            }
            case Ast.InterfaceType x -> all(x.elements());
            case Ast.MapType x -> {
                walk(x.key());
                walk(x.value());
            }
            case Ast.ChanType x -> walk(x.value());
            case Ast.Field x -> {
                all(x.names());
                walk(x.type());
            }
            case Ast.DeclStmt x -> walk(x.decl());
            case Ast.EmptyStmt x -> {}
            case Ast.LabeledStmt x -> walk(x.stmt());
            case Ast.ExprStmt x -> walk(x.x());
            case Ast.SendStmt x -> {
                walk(x.chan());
                walk(x.value());
            }
            case Ast.IncDecStmt x -> walk(x.x());
            case Ast.AssignStmt x -> {
                all(x.lhs());
                all(x.rhs());
            }
            case Ast.GoStmt x -> walk(x.call());
            case Ast.DeferStmt x -> walk(x.call());
            case Ast.ReturnStmt x -> all(x.results());
            case Ast.BranchStmt x -> {}
            case Ast.BlockStmt x -> all(x.list());
            case Ast.IfStmt x -> {
                walk(x.init());
                walk(x.cond());
                walk(x.body());
                walk(x.els());
            }
            case Ast.CaseClause x -> {
                all(x.list());
                all(x.body());
            }
            case Ast.SwitchStmt x -> {
                walk(x.init());
                walk(x.tag());
                walk(x.body());
            }
            case Ast.TypeSwitchStmt x -> {
                walk(x.init());
                walk(x.assign());
                walk(x.body());
            }
            case Ast.CommClause x -> {
                walk(x.comm());
                all(x.body());
            }
            case Ast.SelectStmt x -> walk(x.body());
            case Ast.ForStmt x -> {
                walk(x.init());
                walk(x.cond());
                walk(x.post());
                walk(x.body());
            }
            case Ast.RangeStmt x -> {
                walk(x.key());
                walk(x.value());
                walk(x.x());
                walk(x.body());
            }
            case Ast.GenDecl x -> all(x.specs());
            case Ast.FuncDecl x -> walk(x.body());
            case Ast.ImportSpec x -> {}
            case Ast.ValueSpec x -> {
                all(x.names());
                walk(x.type());
                all(x.values());
            }
            case Ast.TypeSpec x -> {}
            case Ast.File x -> all(x.decls());
        }
    }

    private void all(List<? extends Ast.Node> l) {
        for (Ast.Node n : l) {
            walk(n);
        }
    }
}
