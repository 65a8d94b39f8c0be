package main

import (
	"fmt"
	"runtime"
)

type obj struct {
	next *obj
	pad  [7]uint64
}

var keep [1 << 12]*obj

func main() {
	for i := 0; i < 200000; i++ {
		keep[i%len(keep)] = &obj{}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("forced", ms.NumForcedGC)
	fmt.Println("gcs", ms.NumGC > 0)
}
