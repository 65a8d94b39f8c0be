// What a cycle frees: build a list, drop it, collect. runtime.GC() blocks until the cycle and
// its sweep are done, so the statistics read after it are exact: the list's 100000 objects
// are freed, HeapAlloc falls back, and NumForcedGC counts the call.
package main

import (
	"fmt"
	"runtime"
)

type elem struct {
	next *elem
	val  int
}

func main() {
	var before, built, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)

	var head *elem
	for i := 0; i < 100000; i++ {
		head = &elem{next: head, val: i}
	}
	runtime.ReadMemStats(&built)
	fmt.Println("list objects allocated:", built.Mallocs-before.Mallocs)
	fmt.Println("list bytes:", built.TotalAlloc-before.TotalAlloc)

	head = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("freed at least the list:", after.Frees-built.Frees >= 100000)
	fmt.Println("heap back to where it was:", after.HeapAlloc < before.HeapAlloc+64<<10)
	fmt.Println("forced cycles:", after.NumForcedGC-before.NumForcedGC)
}
