// A value method called through a nil pointer in an interface or a method value panics with
// runtime.panicwrap's error; called directly it is a nil dereference.
package main

import "fmt"

type T int

func (t T) F() {}

type S struct{ x int }

func (s S) G() int { return 7 }
func (s S) String() string { return "S" }

type I interface{ F() }
type J interface{ G() int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name+":", e.Error())
			_, rt := r.(interface{ RuntimeError() })
			fmt.Println("  runtime error:", rt)
		} else {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	var t *T
	var i I = t
	try("int method", func() { i.F() })
	var s *S
	var j J = s
	try("struct method", func() { fmt.Println(j.G()) })
	try("method value", func() { f := j.G; f() })
	try("direct", func() { s.G() })
	var st fmt.Stringer = &S{}
	fmt.Println(st.String(), st)
	var ns fmt.Stringer = s
	fmt.Println(ns)
	call(i)
}

//go:noinline
func call(i I) { i.F() }
