// Rule: a local variable whose address outlives its function moves to the heap.
//
// newCounter returns &c. The caller keeps using that pointer after newCounter's
// stack frame is gone, so c cannot live in that frame: the compiler allocates it
// on the heap instead ("moved to heap: c").
//
// (main prints with fmt.Println, whose own diagnostics are example 03's.)
//
// See it: go build -gcflags=-m 01_return_pointer.go
package main

import "fmt"

type counter struct {
	n int
}

// newCounter is kept out of line (go:noinline) so that the escape is visible here;
// example 06 shows what inlining changes.
//
//go:noinline
func newCounter(start int) *counter {
	c := counter{n: start}
	return &c // the address leaves the function: c moves to the heap
}

func main() {
	c := newCounter(41)
	c.n++
	fmt.Println(c.n)
}
