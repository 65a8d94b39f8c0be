// Rule: escape analysis runs after inlining, so a constructor that returns &T{}
// allocates on the heap only if its result escapes from the caller.
//
// newPoint is small, so the compiler inlines it ("can inline newPoint",
// "inlining call to newPoint"). Compiled on its own, newPoint's &point{...}
// escapes, since it is returned. Once inlined into main, the same &point{...}
// is a local of main; main only reads it, so it stays on main's stack:
// "&point{...} does not escape" at the call site.
//
// (main prints with fmt.Println, whose own diagnostics are example 03's.)
//
// See it: go build -gcflags=-m 06_inlining.go   (-gcflags='-m -l' disables inlining: then it escapes)
package main

import "fmt"

type point struct {
	x, y int
}

func newPoint(x, y int) *point {
	return &point{x: x, y: y} // escapes from newPoint itself...
}

func main() {
	p := newPoint(3, 4) // ...but not from main, once inlined here
	fmt.Println(p.x*p.x + p.y*p.y)
}
