// Rule: escape analysis summarises each function by what it does with its pointer
// parameters, and callers use that summary.
//
//   - length only reads through s: "s does not escape". A caller may pass the
//     address of a stack variable.
//   - first returns a pointer derived from p: "leaking param: p to result ~r0
//     level=0". p escapes only if the caller lets the result escape.
//   - keep stores p in a package-level variable, which outlives every call:
//     "leaking param: p". Whatever a caller passes as p must be on the heap, so
//     main's c moves to the heap, while a and b stay on its stack.
//
// (main prints with fmt.Println, whose own diagnostics are example 03's.)
//
// See it: go build -gcflags=-m 07_param_leak.go
package main

import "fmt"

type buf struct {
	data [4]int
}

var kept *buf

//go:noinline
func length(s *buf) int {
	return len(s.data) // only reads: s does not escape
}

//go:noinline
func first(p *buf) *int {
	return &p.data[0] // returns a pointer into *p: leaks p to the result
}

//go:noinline
func keep(p *buf) {
	kept = p // stores p in a global: p leaks
}

func main() {
	var a, b, c buf
	n := length(&a)
	*first(&b) = 9
	keep(&c)
	fmt.Println(n, b.data[0], kept == &c)
}
