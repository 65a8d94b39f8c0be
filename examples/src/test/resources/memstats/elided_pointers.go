// Shows: an element literal of a []*T or map[K]*T ({1, 2} for &T{1, 2}) is an allocation site of its
// own, like &T{...}: on the heap when the pointer escapes, on the stack when it does not.
package main

import (
	"fmt"
	"runtime"
)

const N = 100

type point struct{ x, y int }

var sink []*point
var sinkMap map[string]*point

//go:noinline
func escapes(i int) {
	sink = []*point{{i, i}, {i + 1, i}}
}

//go:noinline
func mapEscapes(i int) {
	sinkMap = map[string]*point{"a": {i, i}}
}

//go:noinline
func staysOnStack(i int) int {
	ps := [2]*point{{i, i}, {i, i + 1}}
	return ps[0].x + ps[1].y
}

func measure(name string, f func(int)) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < N; i++ {
		f(i)
	}
	runtime.ReadMemStats(&after)
	fmt.Printf("%-13s mallocs/op %d bytes/op %d\n", name,
		(after.Mallocs-before.Mallocs)/N, (after.TotalAlloc-before.TotalAlloc)/N)
}

func main() {
	measure("escapes", escapes)
	measure("mapEscapes", func(i int) { mapEscapes(i) })
	measure("staysOnStack", func(i int) { staysOnStack(i) })
	runtime.SetFinalizer(sink[0], func(*point) { fmt.Println("finalized") })
	sink = nil
	runtime.GC()
	runtime.GC()
}
