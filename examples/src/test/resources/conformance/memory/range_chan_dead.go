// A value received by a range over a channel lives in the loop variable only: once the loop body
// drops it, a collection frees it (the channel and the loop's temporaries do not keep it).
package main

import (
	"fmt"
	"runtime"
)

func inuse() int64 {
	runtime.GC()
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	return int64(st.HeapAlloc)
}

func main() {
	start := inuse()
	c := make(chan []byte, 1)
	c <- make([]byte, 10<<20)
	close(c)
	for buf := range c {
		held := inuse()-start >= 10<<20
		buf[len(buf)-1] = 1 // still used after the measure
		fmt.Println("held:", held)
		buf = nil
		fmt.Println("after dropping it, under 1 MB:", inuse()-start < 1<<20)
	}
	d := make(chan []byte, 1)
	d <- make([]byte, 10<<20)
	close(d)
	for {
		buf, ok := <-d
		if !ok {
			break
		}
		held := inuse()-start >= 10<<20
		buf[len(buf)-1] = 1 // still used after the measure
		fmt.Println("held:", held)
		buf = nil
		fmt.Println("after dropping it, under 1 MB:", inuse()-start < 1<<20)
	}
}
