// Shows: the same function allocates on every call when its value escapes (moved to heap, &T{}
// returned, make stored in a global) and never when escape analysis keeps it on the stack.
package main

import (
	"fmt"
	"runtime"
)

const N = 100

type point struct{ x, y int }

var sink *point
var sinkSlice []int

//go:noinline
func escapes(i int) int {
	p := point{i, i + 1}
	sink = &p // moved to heap: p
	return sink.x
}

//go:noinline
func staysOnStack(i int) int {
	p := point{i, i + 1}
	q := &p // does not escape
	return q.x + q.y
}

//go:noinline
func newEscapes(i int) *point {
	return &point{i, i}
}

//go:noinline
func newOnStack(i int) int {
	q := &point{i, i}
	return q.y
}

//go:noinline
func makeEscapes(i int) {
	s := make([]int, 8)
	s[0] = i
	sinkSlice = s
}

//go:noinline
func makeOnStack(i int) int {
	s := make([]int, 8)
	s[0] = i
	return s[0]
}

var before, after runtime.MemStats

func measure(label string, f func(int)) {
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < N; i++ {
		f(i)
	}
	runtime.ReadMemStats(&after)
	fmt.Println(label, "mallocs", after.Mallocs-before.Mallocs, "totalalloc", after.TotalAlloc-before.TotalAlloc)
}

func main() {
	runtime.GOMAXPROCS(1)
	total := 0
	measure("escaping_var", func(i int) { total += escapes(i) })
	measure("stack_var", func(i int) { total += staysOnStack(i) })
	measure("escaping_new", func(i int) { total += newEscapes(i).x })
	measure("stack_new", func(i int) { total += newOnStack(i) })
	measure("escaping_make", func(i int) { makeEscapes(i) })
	measure("stack_make", func(i int) { total += makeOnStack(i) })
	fmt.Println("check", total)
}
