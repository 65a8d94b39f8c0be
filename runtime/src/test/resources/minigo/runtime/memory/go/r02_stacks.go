// Shows: each goroutine starts on a 2 KiB stack carved from 32 KiB stack spans
// through the P's stack cache (refilled 16 KiB at a time): StackInuse grows by
// whole spans. Go's runtime has 6 goroutines before the first round (main,
// forcegc, bgsweep, bgscavenge, the finalizer goroutine, one mark worker).
package main

import (
	"fmt"
	"runtime"
)

var before, after runtime.MemStats

func park(ch chan int) {
	<-ch
}

var rounds = [...]int{1, 16, 100, 1000}
var results [len(rounds)][2]int64

func main() {
	runtime.GOMAXPROCS(1)
	ch := make(chan int)
	for k, n := range rounds {
		runtime.GC()
		runtime.ReadMemStats(&before)
		for i := 0; i < n; i++ {
			go park(ch)
		}
		runtime.Gosched()
		runtime.ReadMemStats(&after)
		results[k] = [2]int64{int64(after.StackInuse) - int64(before.StackInuse), int64(after.StackSys) - int64(before.StackSys)}
	}
	for k, n := range rounds {
		fmt.Println("go", n, "stackinuse", results[k][0], "stacksys", results[k][1])
	}
}
