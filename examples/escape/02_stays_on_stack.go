// Rule: a pointer that never leaves its function does not make anything escape.
//
// sum takes the address of a local array and of a local int, but those pointers
// are only used inside sum: nothing stores them anywhere that outlives the call,
// and nothing returns them. Escape analysis proves that, so both variables stay in
// sum's stack frame, and -m prints nothing about them at all.
//
// The parameter p of add is only read through: -m reports it as
// "p does not escape", which is what lets the caller keep total on its stack.
//
// (main prints with fmt.Println, whose own diagnostics are example 03's.)
//
// See it: go build -gcflags=-m 02_stays_on_stack.go
package main

import "fmt"

//go:noinline
func add(p *int, v int) {
	*p += v // read and written through, never stored: p does not escape
}

//go:noinline
func sum() int {
	nums := [4]int{1, 2, 3, 4}
	total := 0
	for i := range nums {
		q := &nums[i] // a pointer into a local array, used here only
		add(&total, *q)
	}
	return total
}

func main() {
	fmt.Println(sum())
}
