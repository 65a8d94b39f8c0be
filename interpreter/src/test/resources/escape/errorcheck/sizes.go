// Size rules: implicit allocations over 64 KiB, non-constant make sizes, and inlined constructors.
package main

type big [70000]byte

type pair struct{ a, b *int }

func newPair(a, b *int) *pair { // ERROR "can inline newPair" "leaking param: a" "leaking param: b"
	return &pair{a, b} // ERROR "&pair{...} escapes to heap"
}

//go:noinline
func sizes(n int) int {
	s := make([]int, n)      // ERROR "make\(\[\]int, n\) escapes to heap"
	t := make([]int, 8)      // ERROR "make\(\[\]int, 8\) does not escape"
	p := new(big)            // ERROR "new\(big\) escapes to heap"
	x, y := 1, 2
	q := newPair(&x, &y)     // ERROR "inlining call to newPair" "&pair{...} does not escape"
	return len(s) + len(t) + int(p[0]) + *q.a + *q.b
}

func main() { // ERROR "can inline main"
	println(sizes(4))
}
