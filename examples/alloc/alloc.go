// Size classes and the tiny allocator, seen through runtime.MemStats.
//
// Each step allocates N objects of one type, kept alive in a global (so they escape to the heap),
// and prints what MemStats says about them: Mallocs counts objects, TotalAlloc counts the bytes
// of the slots they got. A slot is the object's size rounded up to its size class (24, 48, 112,
// 1024 ... bytes); objects over 32 KiB get whole 8 KiB pages. Pointer-free objects under 16
// bytes share 16-byte blocks (the tiny allocator): Mallocs still counts each one, TotalAlloc only
// the blocks. BySize has one row per size class; its Mallocs grow by N for the class each step
// lands in (tiny objects are counted in the 16-byte row, once per block).
package main

import (
	"fmt"
	"runtime"
)

const N = 512

type pair struct {
	name *string
	n    int64
	next *pair
} // 24 bytes with pointers: size class 24

var (
	int32s  [N]*int32
	int64s  [N]*int64
	bytes3  [N]*[3]byte
	pairs   [N]*pair
	odd33   [N]*[33]byte
	hundred [N]*[100]byte
	kilo    [N]*[1000]byte
	large   [4]*[40000]byte
)

var before, after runtime.MemStats

func start() {
	runtime.ReadMemStats(&before)
}

// report prints the deltas since start for n objects of the given size.
func report(what string, size, n int) {
	runtime.ReadMemStats(&after)
	mallocs := after.Mallocs - before.Mallocs
	total := after.TotalAlloc - before.TotalAlloc
	fmt.Printf("%-24s size %5d: mallocs %4d, totalalloc %7d = %5d bytes per object\n",
		what, size, mallocs, total, total/uint64(n))
	for i := range after.BySize {
		d := after.BySize[i].Mallocs - before.BySize[i].Mallocs
		if d >= uint64(n)/4 {
			fmt.Printf("%24s BySize row %2d (class size %5d): mallocs +%d\n", "", i, after.BySize[i].Size, d)
		}
	}
}

func main() {
	runtime.GOMAXPROCS(1)

	start()
	for i := range int32s {
		int32s[i] = new(int32)
	}
	report("new(int32), tiny", 4, N)

	start()
	for i := range int64s {
		int64s[i] = new(int64)
	}
	report("new(int64), tiny", 8, N)

	start()
	for i := range bytes3 {
		bytes3[i] = new([3]byte)
	}
	report("new([3]byte), tiny", 3, N)

	start()
	for i := range pairs {
		pairs[i] = &pair{n: int64(i)}
	}
	report("&pair{}, has pointers", 24, N)

	start()
	for i := range odd33 {
		odd33[i] = new([33]byte)
	}
	report("new([33]byte)", 33, N)

	start()
	for i := range hundred {
		hundred[i] = new([100]byte)
	}
	report("new([100]byte)", 100, N)

	start()
	for i := range kilo {
		kilo[i] = new([1000]byte)
	}
	report("new([1000]byte)", 1000, N)

	start()
	for i := range large {
		large[i] = new([40000]byte)
	}
	report("new([40000]byte), large", 40000, len(large))
}
