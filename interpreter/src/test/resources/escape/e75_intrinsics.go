// Intrinsics (math.Sqrt, math/bits, sync/atomic, runtime.KeepAlive) cost an inliner node, not a call, and their pointer arguments do not escape.
package main

import (
	"math"
	"math/bits"
	"runtime"
	"sync/atomic"
)

var n int64

func a(x float64) float64 { return math.Sqrt(x) + math.Abs(x) + math.Floor(x) }
func b(x uint64) int     { return bits.OnesCount64(x) + bits.LeadingZeros64(x) + bits.TrailingZeros(uint(x)) }
func c(p *int)           { runtime.KeepAlive(p) }
func d() int64           { return atomic.AddInt64(&n, 1) + atomic.LoadInt64(&n) }

func main() {
	x := 3
	c(&x)
	println(a(2), b(3), d())
}
