// Finalizers on objects the tiny allocator packed together (new(int32): four to a 16-byte
// block): setting one on an object inside a block is allowed, and when the block becomes
// unreachable every finalizer in it is queued by the same collection.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	const n = 64
	finalized := make(chan int32, n)
	for i := 0; i < n; i++ {
		x := new(int32)
		*x = int32(i)
		runtime.SetFinalizer(x, func(p *int32) { finalized <- *p })
	}
	runtime.GC()
	seen := make([]bool, n)
	count := 0
	deadline := time.After(5 * time.Second)
	for count < n-8 {
		select {
		case v := <-finalized:
			if seen[v] {
				fmt.Println("finalized twice:", v)
				return
			}
			seen[v] = true
			count++
		case <-deadline:
			fmt.Println("timed out after", count)
			return
		}
	}
	fmt.Println("at least", n-8, "of", n, "finalized after one collection")
}
