// Records the key order fmt prints maps in (internal/fmtsort), for FmtSortTest.
package main

import (
	"fmt"
	"math"
)

type P struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]bool{5: true, -3: true, 0: true, math.MaxInt64: true, math.MinInt64: true, 42: true})
	fmt.Println(map[uint64]bool{5: true, 1 << 63: true, 0: true, math.MaxUint64: true, 42: true})
	fmt.Println(map[float64]bool{math.NaN(): true, math.Inf(-1): true, 0: true, math.Inf(1): true, -2.5: true, 1e10: true})
	fmt.Println(map[string]bool{"b": true, "a": true, "ab": true, "\xff": true, "é": true, "": true, "B": true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[P]bool{{2, "a"}: true, {1, "b"}: true, {1, "a"}: true, {-1, "z"}: true})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: true, {1, 1}: true, {-1, 9}: true})
	fmt.Println(map[int8]bool{-128: true, 127: true, 0: true, -1: true})
}
