// Garbage made deep in a recursion is collectable once the calls that made it return, also in
// code compiled before any of its statements had allocated (tools/compile-check compiles every
// function at its first call). The collector keeps what a statement in progress may still hold
// (minigo.interp.gc.Pins); a return ends all of a call's statements.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b, c, d int }

var alloc bool
var nils, made int
var heapAtLastLeaf uint64

func mk() *T {
	if alloc {
		return &T{}
	}
	return nil
}

func rec(d int) {
	if d == 0 {
		t := mk()
		if t == nil {
			nils++
		} else if made++; made == 1<<17 {
			// the last leaf: every object but t is garbage, the recursion still on the stack
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			heapAtLastLeaf = ms.HeapAlloc
		}
		return
	}
	rec(d - 1)
	rec(d - 1)
}

func main() {
	for i := 0; i < 300; i++ {
		rec(8)
	}
	alloc = true
	rec(17) // 131072 objects of 32 bytes, garbage as soon as made
	fmt.Println("nils:", nils, "made:", made)
	fmt.Println("more than 1 MB live at the last leaf:", heapAtLastLeaf > 1<<20)
}
