// A struct literal's value for a blank field is evaluated and dropped: the field stays zero.
package main

import "fmt"

type T struct {
	a, _, c int
	_       string
}

var n int

func next() int { n++; return n * 10 }

func main() {
	x := T{next(), next(), next(), "dropped"}
	y := T{10, 0, 30, ""}
	fmt.Println(x == y, n)
	fmt.Printf("%v %+v\n", x, x)
	var s struct{ _, b int }
	s = struct{ _, b int }{7, 8}
	fmt.Printf("%v\n", s)
}
