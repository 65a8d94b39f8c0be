package main

import "fmt"

// Assignability between type parameters and unnamed types (each type in the type
// set must be assignable), and append(b, s...) with s's type set ~string|~[]byte.

type Name string

func appendAll[S ~string | ~[]byte](buf []byte, parts ...S) []byte {
	for _, p := range parts {
		buf = append(buf, p...)
		buf = append(buf, '|')
	}
	return buf
}

func total(xs []int) (n int) {
	for _, x := range xs {
		n += x
	}
	return n
}

// V's type set holds only []int: a V is assignable to []int and back.
func sum[V interface{ []int }](v V) int {
	var plain []int = v
	back := V(nil)
	back = plain[:1]
	return total(v) + len(back)
}

func toMap[M interface{ map[string]int }](m M) map[string]int { return m }

func fromChan[C interface{ chan int | <-chan int }](c C) int { return <-c }

func main() {
	fmt.Println(string(appendAll(nil, "ab", "cd")))
	fmt.Println(string(appendAll([]byte("x:"), Name("n1"), Name("n2"))))
	fmt.Println(string(appendAll(nil, []byte("raw"))))
	fmt.Println(sum([]int{1, 2, 3}))
	fmt.Println(toMap(map[string]int{"k": 1}))
	c := make(chan int, 1)
	c <- 5
	fmt.Println(fromChan(c))
}
