// Shows: a Go stack is limited to 1 GB, in bytes: with 1 MiB frames the recursion dies after 500 to
// 550 calls (the stack would double from 512 MiB to 1 GiB), in Go and in minigo, long before
// minigo's bound on the number of nested calls.
package main

import "fmt"

func f(n int) int {
	var a [1 << 20]byte
	a[n%100] = byte(n)
	if n < 0 {
		return 0
	}
	return f(n+1) + int(a[n%100])
}

func main() {
	fmt.Println(f(0))
}
