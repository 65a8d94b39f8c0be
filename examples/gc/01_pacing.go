// The pacer at work: a live set of 1 MiB that stays, and 40 MiB of short-lived garbage.
// Run it with GODEBUG=gctrace=1 and different GOGC values (see README): the lower GOGC,
// the smaller the heap goal and the more cycles; GOGC=off runs none, unless GOMEMLIMIT asks.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	buf  [56]byte
}

var live [16384]*node // 16384 x 64 B = 1 MiB kept alive through a global

func main() {
	sum := 0
	for i := 0; i < 640000; i++ { // 640000 x 64 B = 40 MiB allocated in all
		n := &node{}
		n.buf[0] = byte(i)
		if i%40 == 0 {
			live[(i/40)%len(live)] = n
		}
		sum += int(n.buf[0])
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("checksum", sum)
	fmt.Println("allocated MiB", ms.TotalAlloc>>20)
	fmt.Println("objects allocated", ms.Mallocs >= 640000)
}
