package main

import (
	"fmt"
	"runtime/debug"
)

// runtime/debug.SetMaxStack returns the previous limit (1 GB at start); a stack that would grow
// past the new one is Go's stack overflow, reported with that limit.
func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + pad[n%64]
}

func main() {
	fmt.Println(debug.SetMaxStack(1 << 20))
	fmt.Println(debug.SetMaxStack(1 << 20))
	fmt.Println(deep(100))
	fmt.Println(deep(1 << 20))
}
