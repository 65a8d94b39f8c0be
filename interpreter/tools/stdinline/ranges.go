package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
)

// Prints "file startLine endLine Name" for every function declared in the package directory.
func main() {
	dir := os.Args[1]
	fset := token.NewFileSet()
	pkgs, _ := parser.ParseDir(fset, dir, nil, 0)
	for _, p := range pkgs {
		for fname, f := range p.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				name := fd.Name.Name
				if fd.Recv != nil && len(fd.Recv.List) > 0 {
					t := fd.Recv.List[0].Type
					ptr := false
					if s, ok := t.(*ast.StarExpr); ok {
						ptr = true
						t = s.X
					}
					if ix, ok := t.(*ast.IndexExpr); ok {
						t = ix.X
					}
					id, _ := t.(*ast.Ident)
					if id != nil {
						if ptr {
							name = "(*" + id.Name + ")." + name
						} else {
							name = id.Name + "." + name
						}
					}
				}
				fmt.Println(filepath.Base(fname), fset.Position(fd.Pos()).Line, fset.Position(fd.End()).Line, name)
			}
		}
	}
}
