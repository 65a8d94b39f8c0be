// Shows: what converting a value to interface{} allocates (Go 1.19's convT* rules):
// values whose bits are below 256 and 1-byte values come from a static table, "" and
// other zero-sized values need nothing, pointer-shaped values are stored directly,
// constants come from read-only data, everything else is copied into a new object
// (8-byte noscan values through the tiny allocator).
package main

import (
	"fmt"
	"runtime"
)

const N = 64

var boxes [N]interface{}
var before, after runtime.MemStats
var results [32][2]uint64
var nres int

type pair struct{ a, b int }
type ptrOnly struct{ p *int }
type e struct{}

var (
	strs   = []string{"", "abc"}
	sl     = []int{1, 2, 3}
	nilsl  []int
	f0     = 0.0
	f1     = 1.5
	x      = 7
	px     = &x
	i32    = int32(300)
	i32s   = int32(3)
	a2     = [2]int32{1, 2}
	mp     = map[int]int{}
	b      = true
	pr     = pair{1, 2}
	big    = [5]int{}
	bigs   = [3]string{}
	bytes3 = [3]byte{1, 2, 3}
)

func measure(f func()) {
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	results[nres] = [2]uint64{after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc}
	nres++
}

func main() {
	runtime.GOMAXPROCS(1)
	labels := []string{"empty_string", "string", "slice", "nil_slice", "float_0", "float_1.5", "pointer",
		"int32_300", "int32_3", "array_2xint32", "map", "bool", "pair", "ptr_struct", "empty_struct",
		"const_1000", "array_5xint", "array_3xstring", "array_3xbyte"}
	measure(func() { for i := range boxes { boxes[i] = strs[0] } })
	measure(func() { for i := range boxes { boxes[i] = strs[1] } })
	measure(func() { for i := range boxes { boxes[i] = sl } })
	measure(func() { for i := range boxes { boxes[i] = nilsl } })
	measure(func() { for i := range boxes { boxes[i] = f0 } })
	measure(func() { for i := range boxes { boxes[i] = f1 } })
	measure(func() { for i := range boxes { boxes[i] = px } })
	measure(func() { for i := range boxes { boxes[i] = i32 } })
	measure(func() { for i := range boxes { boxes[i] = i32s } })
	measure(func() { for i := range boxes { boxes[i] = a2 } })
	measure(func() { for i := range boxes { boxes[i] = mp } })
	measure(func() { for i := range boxes { boxes[i] = b } })
	measure(func() { for i := range boxes { boxes[i] = pr } })
	measure(func() { for i := range boxes { boxes[i] = ptrOnly{px} } })
	measure(func() { for i := range boxes { boxes[i] = e{} } })
	measure(func() { for i := range boxes { boxes[i] = 1000 } })
	measure(func() { for i := range boxes { boxes[i] = big } })
	measure(func() { for i := range boxes { boxes[i] = bigs } })
	measure(func() { for i := range boxes { boxes[i] = bytes3 } })
	for i, l := range labels {
		fmt.Println(l, "mallocs", results[i][0], "totalalloc", results[i][1])
	}
}
