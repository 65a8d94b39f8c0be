// container/ring: New, Next, Prev, Move, Link, Unlink, Len and Do, the lazily initialised zero
// Ring, linking two rings into one and a ring with itself, Unlink's n modulo the length, and the
// nil ring's Len and Do.
package main

import (
	"container/ring"
	"fmt"
)

// values lists the ring's Values forward from r, by Do.
func values(r *ring.Ring) []any {
	var vs []any
	r.Do(func(v any) { vs = append(vs, v) })
	return vs
}

// numbered makes a ring of n elements holding from, from+1, ...
func numbered(n, from int) *ring.Ring {
	r := ring.New(n)
	for i := 0; i < n; i++ {
		r.Value = from + i
		r = r.Next()
	}
	return r
}

func main() {
	fmt.Println("New(0), New(-1):", ring.New(0) == nil, ring.New(-1) == nil)
	var empty *ring.Ring
	fmt.Println("nil ring: Len", empty.Len(), "values", values(empty))

	r := numbered(5, 1)
	fmt.Println("ring:", r.Len(), values(r))
	fmt.Println("Next, Prev:", r.Next().Value, r.Prev().Value, r.Next().Prev() == r)
	for _, n := range []int{0, 1, 4, 5, 7, -1, -6, -10} {
		fmt.Printf("Move(%d): %v\n", n, r.Move(n).Value)
	}

	// The zero Ring is a one-element ring once anything moves through it.
	var z ring.Ring
	z.Value = "zero"
	fmt.Println("zero Ring: Len", z.Len(), "Next is itself", z.Next() == &z, "Prev", z.Prev() == &z)
	var z2 ring.Ring
	fmt.Println("zero Ring Move(3) is itself:", z2.Move(3) == &z2, values(&z2))
	var z3 ring.Ring
	z3.Value = "z3"
	fmt.Println("zero Ring Link:", values(z3.Link(numbered(2, 10))), values(&z3))

	// Linking two rings: s's elements come after r, and Link returns r's old Next.
	a, b := numbered(3, 1), numbered(3, 100)
	old := a.Link(b)
	fmt.Println("Link two rings:", values(a), "returned", old.Value, "Len", a.Len())

	// Linking a ring with one of its own elements removes the ones between them.
	c := numbered(6, 1)
	removed := c.Link(c.Move(3))
	fmt.Println("Link within a ring:", values(c), "removed", values(removed))
	d := numbered(3, 1)
	same := d.Link(d.Next())
	fmt.Println("Link with Next:", values(d), "returned", same.Value)

	// Unlink(n) removes n % Len elements after r.
	for _, n := range []int{-1, 0, 1, 2, 5, 6, 8} {
		e := numbered(6, 1)
		u := e.Unlink(n)
		fmt.Printf("Unlink(%d): left %v removed %v (%d)\n", n, values(e), values(u), u.Len())
	}

	// Values are the client's: any type, a sum by Do.
	f := ring.New(4)
	for i := 0; i < f.Len(); i++ {
		f.Value = i * i
		f = f.Next()
	}
	sum := 0
	f.Do(func(v any) { sum += v.(int) })
	fmt.Println("sum of squares:", sum)

	// A ring of one: Next and Prev are itself, Unlink(1) removes nothing.
	one := ring.New(1)
	one.Value = "only"
	fmt.Println("ring of one:", one.Next() == one, one.Prev() == one, one.Unlink(1).Len(), values(one))

	// Methods that follow links panic on the nil ring, as in Go.
	defer func() { fmt.Println("nil ring Next:", recover()) }()
	empty.Next()
}
