// Shows: zero-sized allocations return zerobase and are not counted; a 32768-byte
// object is still small (class 67); from 32769 bytes an object gets its own span of
// whole pages, counted by its page-rounded size in TotalAlloc and HeapInuse, and
// freed as one object by the next GC. Results are printed at the end so that fmt's
// own allocations stay out of the measurements.
package main

import (
	"fmt"
	"runtime"
)

const N = 10

var zs [N]*struct{}
var zslices [N][]int
var big [N][]byte

var before, after runtime.MemStats

type delta struct {
	mallocs, frees, totalAlloc, heapAlloc, heapInuse int64
}

var results [16]delta
var nresults int

func start() {
	runtime.GC()
	runtime.ReadMemStats(&before)
}

func stop() {
	runtime.ReadMemStats(&after)
	results[nresults] = delta{
		int64(after.Mallocs - before.Mallocs), int64(after.Frees - before.Frees),
		int64(after.TotalAlloc - before.TotalAlloc),
		int64(after.HeapAlloc) - int64(before.HeapAlloc),
		int64(after.HeapInuse) - int64(before.HeapInuse)}
	nresults++
}

var sizes = [...]int{32768, 32769, 40000, 65536, 100000}

func main() {
	runtime.GOMAXPROCS(1)
	start()
	for i := 0; i < N; i++ {
		zs[i] = new(struct{})
		zslices[i] = make([]int, 0)
	}
	stop()
	for _, n := range sizes {
		start()
		for i := 0; i < N; i++ {
			big[i] = make([]byte, n)
		}
		stop()
		start()
		for i := 0; i < N; i++ {
			big[i] = nil
		}
		runtime.GC()
		stop()
	}
	labels := []string{"zero"}
	for _, n := range sizes {
		labels = append(labels, fmt.Sprint("make", n), fmt.Sprint("free", n))
	}
	for i, l := range labels {
		r := results[i]
		fmt.Println(l, "mallocs", r.mallocs, "frees", r.frees, "totalalloc", r.totalAlloc,
			"heapalloc", r.heapAlloc, "heapinuse", r.heapInuse)
	}
	fmt.Println("same", zs[0] == zs[1])
}
