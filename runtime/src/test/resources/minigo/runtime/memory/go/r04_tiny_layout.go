// Shows: where the tiny allocator puts each object: its offset in its 16-byte block
// (aligned to 8, 4 or 2 when the size is a multiple of it) and which block it went
// to; a new block replaces the current one only if it leaves more room.
// GOMAXPROCS(1) and a GC first, so the block sequence starts fresh.
package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

var ps [32]unsafe.Pointer
var sizes [32]int

func main() {
	runtime.GOMAXPROCS(1)
	runtime.GC()
	n := 0
	put := func(p unsafe.Pointer, size int) {
		ps[n] = p
		sizes[n] = size
		n++
	}
	put(unsafe.Pointer(new(byte)), 1)
	put(unsafe.Pointer(new(int64)), 8)
	put(unsafe.Pointer(new([12]byte)), 12)
	put(unsafe.Pointer(new(int32)), 4)
	put(unsafe.Pointer(new([6]byte)), 6)
	put(unsafe.Pointer(new([14]byte)), 14)
	put(unsafe.Pointer(new(int16)), 2)
	put(unsafe.Pointer(new([3]byte)), 3)
	put(unsafe.Pointer(new([5]byte)), 5)
	put(unsafe.Pointer(new(int32)), 4)
	put(unsafe.Pointer(new([2]int32)), 8)
	put(unsafe.Pointer(new(byte)), 1)
	put(unsafe.Pointer(new(int32)), 4)
	put(unsafe.Pointer(new(byte)), 1)
	put(unsafe.Pointer(new(int16)), 2)
	put(unsafe.Pointer(new(byte)), 1)
	put(unsafe.Pointer(new([3]byte)), 3)
	blocks := map[uintptr]int{}
	for i := 0; i < n; i++ {
		addr := uintptr(ps[i])
		b, ok := blocks[addr&^15]
		if !ok {
			b = len(blocks)
			blocks[addr&^15] = b
		}
		fmt.Println("size", sizes[i], "block", b, "offset", addr&15)
	}
}
