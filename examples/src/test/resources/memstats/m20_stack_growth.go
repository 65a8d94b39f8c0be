// Shows: goroutine stacks start at 2 KiB and double when calls need more (StackInuse grows);
// the collector's stack scan halves a stack that uses less than a quarter of itself, once per
// cycle; a goroutine that ends frees its grown stack. Figures are ranges: frame sizes are the
// compiler's business, so minigo's estimate is close to Go's, not equal.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func deep(n int) int {
	var a [64]int
	a[n%64] = n
	if n == 0 {
		return a[0]
	}
	return deep(n-1) + a[n%64]
}

func small(n int) int {
	if n == 0 {
		return 0
	}
	return small(n-1) + 1
}

func inuse() int64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.StackInuse)
}

func main() {
	debug.SetGCPercent(-1) // only the runtime.GC calls below run cycles: each shrinks once
	runtime.GC()
	start := inuse()
	fmt.Println(deep(2000)) // about 1.1 MB of frames: the stack doubles to 2 MiB
	grown := inuse() - start
	fmt.Println("deep: grew by 1.5 to 2.5 MiB:", grown >= 3<<19 && grown <= 5<<19)
	runtime.GC()
	first := inuse() - start
	fmt.Println("first GC: about half:", first >= 3<<18 && first <= 5<<18)
	runtime.GC()
	second := inuse() - start
	fmt.Println("second GC: half again:", second >= 3<<17 && second <= 5<<17)
	for i := 0; i < 10; i++ {
		runtime.GC()
	}
	fmt.Println("ten more: within 256 KiB of the start:", inuse()-start < 256<<10)

	fmt.Println(small(100000)) // 24 to 32 bytes a frame: a 4 MiB stack
	grown = inuse() - start
	fmt.Println("small: grew by 3 to 5 MiB:", grown >= 3<<20 && grown <= 5<<20)
	for i := 0; i < 12; i++ {
		runtime.GC()
	}
	base := inuse()

	done := make(chan int64)
	go func() {
		deep(500) // about 270 KB: a 512 KiB stack
		done <- inuse() - base
	}()
	during := <-done
	fmt.Println("goroutine: grew by 256 KiB to 1 MiB:", during >= 256<<10 && during <= 1<<20)
	runtime.Gosched()
	fmt.Println("ended: its 512 KiB stack is freed:", inuse()-base < 128<<10)
}
