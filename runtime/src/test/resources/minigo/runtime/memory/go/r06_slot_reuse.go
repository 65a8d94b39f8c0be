// Shows: which slots Go reuses after a GC. 33 objects of 704 bytes (a size class the
// runtime itself does not use, 11 per one-page span) fill three spans; every third
// survives; the next 33 allocations take the freed slots lowest address first, span
// by span in the order the sweep put them back (the span the mcache held first,
// then the others in the order they filled up), then a fresh span.
package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type obj struct {
	p   *int
	pad [87]uint64
}

const N = 33

var all [N]*obj
var kept [N]*obj
var again [N]*obj
var ms runtime.MemStats

func main() {
	runtime.GOMAXPROCS(1)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	inUse := ms.BySize[29].Mallocs - ms.BySize[29].Frees
	for i := 0; i < N; i++ {
		all[i] = new(obj)
		if i%3 == 0 {
			kept[i] = all[i]
		}
	}
	var firstAddrs [N]uintptr
	for i := range all {
		firstAddrs[i] = uintptr(unsafe.Pointer(all[i]))
		all[i] = nil
	}
	runtime.GC()
	for i := range again {
		again[i] = new(obj)
	}
	spans := map[uintptr]int{}
	place := func(a uintptr) (int, int) {
		base := a &^ 8191
		s, ok := spans[base]
		if !ok {
			s = len(spans)
			spans[base] = s
		}
		return s, int(a-base) / 704
	}
	fmt.Println("class 704 objects in use before:", inUse)
	for i, a := range firstAddrs {
		s, slot := place(a)
		fmt.Println("first", i, "span", s, "slot", slot)
	}
	for i := range again {
		s, slot := place(uintptr(unsafe.Pointer(again[i])))
		fmt.Println("again", i, "span", s, "slot", slot)
	}
}
