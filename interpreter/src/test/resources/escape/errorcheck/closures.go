// Errorcheck-style cases: each expectation comment must match a -m message on its line, and
// every message must be matched. Expectations written from go1.19's output.
package main

var sink func() int
var gp *int

//go:noinline
func byValue() int {
	x := 1
	f := func() int { return x } // ERROR "can inline byValue.func1" "func literal does not escape"
	return f()                   // ERROR "inlining call to byValue.func1"
}

//go:noinline
func byRefEscaping() {
	y := 0 // ERROR "moved to heap: y"
	sink = func() int { y++; return y } // ERROR "can inline byRefEscaping.func1" "func literal escapes to heap"
}

//go:noinline
func store(p *int) { // ERROR "leaking param: p"
	gp = p
}

//go:noinline
func keep(n int) {
	v := n // ERROR "moved to heap: v"
	store(&v)
}

func main() {
	println(byValue())
	byRefEscaping()
	keep(3)
}
