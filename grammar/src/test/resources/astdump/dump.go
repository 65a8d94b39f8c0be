// dump prints go/ast trees in the S-expression format of minigo's AstDump (grammar tests), so that
// minigo's parser can be compared with Go's own on any corpus: go run dump.go file.go...
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
)

var fset = token.NewFileSet()
var sb strings.Builder

func p(pos token.Pos) string {
	if !pos.IsValid() {
		return "-"
	}
	q := fset.Position(pos)
	return fmt.Sprintf("%d:%d", q.Line, q.Column)
}

func open(kind string, pos token.Pos, extra ...string) {
	sb.WriteString("(" + kind + " " + p(pos))
	for _, e := range extra {
		sb.WriteString(" " + e)
	}
}
func cl() { sb.WriteString(")") }

func expr(x ast.Expr) {
	if x == nil {
		sb.WriteString(" nil")
		return
	}
	sb.WriteString(" ")
	switch x := x.(type) {
	case *ast.Ident:
		open("Ident", x.Pos(), x.Name)
	case *ast.Ellipsis:
		open("Ellipsis", x.Pos())
		expr(x.Elt)
	case *ast.BasicLit:
		open("BasicLit", x.Pos(), x.Kind.String(), fmt.Sprintf("%q", x.Value))
	case *ast.FuncLit:
		open("FuncLit", x.Pos())
		expr(x.Type)
		stmt(x.Body)
	case *ast.CompositeLit:
		open("CompositeLit", x.Pos(), p(x.Lbrace), p(x.Rbrace))
		expr(x.Type)
		exprs(x.Elts)
	case *ast.ParenExpr:
		open("ParenExpr", x.Pos())
		expr(x.X)
	case *ast.SelectorExpr:
		open("SelectorExpr", x.Pos())
		expr(x.X)
		expr(x.Sel)
	case *ast.IndexExpr:
		open("IndexExpr", x.Pos(), p(x.Lbrack), p(x.Rbrack))
		expr(x.X)
		expr(x.Index)
	case *ast.IndexListExpr:
		open("IndexListExpr", x.Pos(), p(x.Lbrack), p(x.Rbrack))
		expr(x.X)
		exprs(x.Indices)
	case *ast.SliceExpr:
		open("SliceExpr", x.Pos(), p(x.Lbrack), p(x.Rbrack), fmt.Sprint(x.Slice3))
		expr(x.X)
		expr(x.Low)
		expr(x.High)
		expr(x.Max)
	case *ast.TypeAssertExpr:
		open("TypeAssertExpr", x.Pos(), p(x.Lparen), p(x.Rparen))
		expr(x.X)
		expr(x.Type)
	case *ast.CallExpr:
		open("CallExpr", x.Pos(), p(x.Lparen), p(x.Rparen), fmt.Sprint(x.Ellipsis.IsValid()))
		expr(x.Fun)
		exprs(x.Args)
	case *ast.StarExpr:
		open("StarExpr", x.Pos())
		expr(x.X)
	case *ast.UnaryExpr:
		open("UnaryExpr", x.Pos(), x.Op.String())
		expr(x.X)
	case *ast.BinaryExpr:
		open("BinaryExpr", x.Pos(), p(x.OpPos), x.Op.String())
		expr(x.X)
		expr(x.Y)
	case *ast.KeyValueExpr:
		open("KeyValueExpr", x.Pos(), p(x.Colon))
		expr(x.Key)
		expr(x.Value)
	case *ast.ArrayType:
		open("ArrayType", x.Pos())
		expr(x.Len)
		expr(x.Elt)
	case *ast.StructType:
		open("StructType", x.Pos())
		fields(x.Fields)
	case *ast.FuncType:
		pos := x.Func
		open("FuncType", pos)
		fields(x.TypeParams)
		fields(x.Params)
		fields(x.Results)
	case *ast.InterfaceType:
		open("InterfaceType", x.Pos())
		fields(x.Methods)
	case *ast.MapType:
		open("MapType", x.Pos())
		expr(x.Key)
		expr(x.Value)
	case *ast.ChanType:
		dir := "BOTH"
		if x.Dir == ast.SEND {
			dir = "SEND"
		} else if x.Dir == ast.RECV {
			dir = "RECV"
		}
		open("ChanType", x.Pos(), dir)
		expr(x.Value)
	default:
		open(fmt.Sprintf("%T", x), x.Pos())
	}
	cl()
}

func exprs(xs []ast.Expr) {
	sb.WriteString(" [")
	for _, x := range xs {
		expr(x)
	}
	sb.WriteString("]")
}

func fields(fl *ast.FieldList) {
	sb.WriteString(" [")
	if fl != nil {
		for _, f := range fl.List {
			sb.WriteString(" ")
			open("Field", f.Pos())
			sb.WriteString(" [")
			for _, n := range f.Names {
				expr(n)
			}
			sb.WriteString("]")
			expr(f.Type)
			if f.Tag != nil {
				expr(f.Tag)
			} else {
				sb.WriteString(" nil")
			}
			cl()
		}
	}
	sb.WriteString("]")
}

func stmts(list []ast.Stmt) {
	sb.WriteString(" [")
	for _, s := range list {
		if _, ok := s.(*ast.EmptyStmt); ok {
			continue
		}
		stmt(s)
	}
	sb.WriteString("]")
}

func stmt(s ast.Stmt) {
	if s == nil {
		sb.WriteString(" nil")
		return
	}
	if b, ok := s.(*ast.BlockStmt); ok && b == nil {
		sb.WriteString(" nil")
		return
	}
	sb.WriteString(" ")
	switch s := s.(type) {
	case *ast.DeclStmt:
		open("DeclStmt", s.Pos())
		decl(s.Decl)
	case *ast.EmptyStmt:
		open("EmptyStmt", s.Pos())
	case *ast.LabeledStmt:
		open("LabeledStmt", s.Pos())
		expr(s.Label)
		stmt(s.Stmt)
	case *ast.ExprStmt:
		open("ExprStmt", s.Pos())
		expr(s.X)
	case *ast.SendStmt:
		open("SendStmt", s.Pos(), p(s.Arrow))
		expr(s.Chan)
		expr(s.Value)
	case *ast.IncDecStmt:
		open("IncDecStmt", s.Pos(), p(s.TokPos), s.Tok.String())
		expr(s.X)
	case *ast.AssignStmt:
		open("AssignStmt", s.Pos(), p(s.TokPos), s.Tok.String())
		exprs(s.Lhs)
		exprs(s.Rhs)
	case *ast.GoStmt:
		open("GoStmt", s.Pos())
		expr(s.Call)
	case *ast.DeferStmt:
		open("DeferStmt", s.Pos())
		expr(s.Call)
	case *ast.ReturnStmt:
		open("ReturnStmt", s.Pos())
		exprs(s.Results)
	case *ast.BranchStmt:
		open("BranchStmt", s.Pos(), s.Tok.String())
		if s.Label != nil {
			expr(s.Label)
		} else {
			sb.WriteString(" nil")
		}
	case *ast.BlockStmt:
		open("BlockStmt", s.Pos(), p(s.Rbrace))
		stmts(s.List)
	case *ast.IfStmt:
		open("IfStmt", s.Pos())
		stmt(s.Init)
		expr(s.Cond)
		stmt(s.Body)
		stmt(s.Else)
	case *ast.CaseClause:
		open("CaseClause", s.Pos(), p(s.Colon), fmt.Sprint(s.List == nil))
		exprs(s.List)
		stmts(s.Body)
	case *ast.SwitchStmt:
		open("SwitchStmt", s.Pos())
		stmt(s.Init)
		expr(s.Tag)
		stmt(s.Body)
	case *ast.TypeSwitchStmt:
		open("TypeSwitchStmt", s.Pos())
		stmt(s.Init)
		stmt(s.Assign)
		stmt(s.Body)
	case *ast.CommClause:
		open("CommClause", s.Pos(), p(s.Colon))
		stmt(s.Comm)
		stmts(s.Body)
	case *ast.SelectStmt:
		open("SelectStmt", s.Pos())
		stmt(s.Body)
	case *ast.ForStmt:
		open("ForStmt", s.Pos())
		stmt(s.Init)
		expr(s.Cond)
		stmt(s.Post)
		stmt(s.Body)
	case *ast.RangeStmt:
		tok := s.Tok.String()
		if s.Tok == token.ILLEGAL {
			tok = "-"
		}
		open("RangeStmt", s.Pos(), tok, p(s.TokPos))
		expr(s.Key)
		expr(s.Value)
		expr(s.X)
		stmt(s.Body)
	default:
		open(fmt.Sprintf("%T", s), s.Pos())
	}
	cl()
}

func decl(d ast.Decl) {
	sb.WriteString(" ")
	switch d := d.(type) {
	case *ast.GenDecl:
		open("GenDecl", d.Pos(), d.Tok.String(), p(d.Lparen))
		sb.WriteString(" [")
		for i, s := range d.Specs {
			sb.WriteString(" ")
			switch s := s.(type) {
			case *ast.ImportSpec:
				open("ImportSpec", s.Pos())
				if s.Name != nil {
					expr(s.Name)
				} else {
					sb.WriteString(" nil")
				}
				expr(s.Path)
			case *ast.ValueSpec:
				iota := 0
				if d.Tok == token.CONST {
					iota = i
				}
				open("ValueSpec", s.Pos(), fmt.Sprint(iota))
				sb.WriteString(" [")
				for _, n := range s.Names {
					expr(n)
				}
				sb.WriteString("]")
				expr(s.Type)
				exprs(s.Values)
			case *ast.TypeSpec:
				open("TypeSpec", s.Pos(), p(s.Assign))
				expr(s.Name)
				fields(s.TypeParams)
				expr(s.Type)
			}
			cl()
		}
		sb.WriteString("]")
	case *ast.FuncDecl:
		open("FuncDecl", d.Pos())
		if d.Recv != nil && len(d.Recv.List) > 0 {
			fields(&ast.FieldList{List: d.Recv.List[:1]})
		} else {
			sb.WriteString(" nil")
		}
		expr(d.Name)
		expr(d.Type)
		if d.Body != nil {
			stmt(d.Body)
		} else {
			sb.WriteString(" nil")
		}
	}
	cl()
}

func main() {
	for _, name := range os.Args[1:] {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			fmt.Printf("%s: ERROR %v\n", name, err)
			continue
		}
		sb.Reset()
		open("File", f.Pos())
		expr(f.Name)
		sb.WriteString(" [")
		for _, d := range f.Decls {
			decl(d)
		}
		sb.WriteString("]")
		cl()
		fmt.Printf("%s: %s\n", name, sb.String())
	}
}
