// Rule: make([]T, n) stays on the stack only when n is a constant and the
// backing array is small (at most 64 KiB).
//
// The stack frame's size is fixed when the function is compiled, so a backing
// array can live there only if its size is known then, and small:
//   - small: a constant 16 ints (128 bytes)       -> "does not escape"
//   - big:   a constant 10000 ints (80000 bytes)  -> "escapes to heap" (over 64 KiB)
//   - sized: a length known only at run time      -> "escapes to heap" (non-constant size)
//
// None of the three slices leaves its function; the heap is chosen for size alone.
//
// (main prints with fmt.Println, whose own diagnostics are example 03's.)
//
// See it: go build -gcflags=-m 05_slice_size.go   (-m -m gives the reasons)
package main

import "fmt"

//go:noinline
func small() int {
	s := make([]int, 16)
	s[3] = 3
	return s[3] + len(s)
}

//go:noinline
func big() int {
	s := make([]int, 10000)
	s[9999] = 1
	return s[9999] + len(s)
}

//go:noinline
func sized(n int) int {
	s := make([]int, n)
	s[0] = 5
	return s[0] + len(s)
}

func main() {
	fmt.Println(small(), big(), sized(8))
}
