// Rule: a closure captures a variable by value when it can, by reference when it
// must, and a captured variable moves to the heap only when the closure outlives
// the function.
//
// Go captures a variable by value when it is never assigned after being captured
// and is small (at most 128 bytes); otherwise by reference (the closure holds its
// address).
//
//   - In local, the closure is called on the spot and does not escape
//     ("func literal does not escape"): even the by-reference capture of total
//     stays on the stack.
//   - In makeCounter, the closure is returned, so the closure itself escapes
//     ("func literal escapes to heap"), and count, which the closure assigns
//     (so it is captured by reference), must outlive makeCounter:
//     "moved to heap: count". step is never assigned, so it is copied into the
//     closure by value and stays where it was.
//
// (main prints with fmt.Println, whose own diagnostics are example 03's.)
//
// See it: go build -gcflags=-m 04_closure_capture.go   (-m -m says "capturing by value/ref")
package main

import "fmt"

//go:noinline
func local(xs []int) int {
	total := 0
	add := func(v int) { total += v } // captures total by reference; does not escape
	for _, v := range xs {
		add(v)
	}
	return total
}

//go:noinline
func makeCounter(step int) func() int {
	count := 0
	return func() int { // escapes: it is returned
		count += step // count is assigned: by reference, moved to heap; step: by value
		return count
	}
}

func main() {
	next := makeCounter(10)
	next()
	fmt.Println(local([]int{1, 2, 3}), next())
}
