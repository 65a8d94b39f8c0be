// &x of a type parameter instantiated with a struct or array: the variable is its object, not a box.
package main

import "fmt"

type P struct{ x, y int }

func F[T any](x T, set func(*T)) T {
	p := &x
	set(p)
	g := func() { set(&x) }
	g()
	return x
}

func G[T any](x T) func() T {
	return func() T { return x }
}

func main() {
	fmt.Println(F(P{1, 2}, func(p *P) { p.x++ }))
	fmt.Println(F([2]int{1, 2}, func(p *[2]int) { p[0] += 10 }))
	fmt.Println(F(5, func(p *int) { *p *= 3 }))
	fmt.Println(G(P{3, 4})(), G(7)())
}
