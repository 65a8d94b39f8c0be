// Shows: the bucket size of a map type, from what make(map[K]V, 9) allocates:
// the 48-byte hmap plus an array of 2 buckets (B = 1), rounded to its size class.
package main

import (
	"fmt"
	"runtime"
)

var before, after runtime.MemStats
var results [8]uint64
var sink []interface{}

func measure(i int, mk func() interface{}) {
	runtime.GC()
	runtime.ReadMemStats(&before)
	m := mk()
	runtime.ReadMemStats(&after)
	sink = append(sink, m)
	results[i] = after.TotalAlloc - before.TotalAlloc
}

func main() {
	runtime.GOMAXPROCS(1)
	sink = make([]interface{}, 0, 16)
	measure(0, func() interface{} { return make(map[int]int, 9) })
	measure(1, func() interface{} { return make(map[string]string, 9) })
	measure(2, func() interface{} { return make(map[int8]int8, 9) })
	measure(3, func() interface{} { return make(map[int8]int64, 9) })
	measure(4, func() interface{} { return make(map[[200]byte]int, 9) })
	measure(5, func() interface{} { return make(map[int32]bool, 9) })
	measure(6, func() interface{} { return make(map[int]struct{}, 9) })
	measure(7, func() interface{} { return make(map[int][3]byte, 9) })
	names := []string{"int/int", "string/string", "int8/int8", "int8/int64", "[200]byte/int", "int32/bool", "int/struct{}", "int/[3]byte"}
	for i, n := range names {
		fmt.Println(n, "totalalloc", results[i])
	}
}
