package main

import "fmt"

// Methods called on operands whose type is a type parameter: each instance calls
// the type argument's own method (value, pointer, promoted or interface).

type Celsius float64

func (c Celsius) String() string      { return fmt.Sprintf("%.1fC", float64(c)) }
func (c Celsius) Less(d Celsius) bool { return c < d }

type Counter struct{ n int }

func (c *Counter) Bump() int { c.n++; return c.n }

type Inner struct{ tag string }

func (i Inner) String() string { return "inner:" + i.tag }
func (i *Inner) Bump() int     { i.tag += "+"; return len(i.tag) }

type Outer struct {
	Inner
	extra int
}

// Both has its own M as well as two promoted ones at depth 1; its own wins.
type L struct{}
type R struct{}

func (L) M() string { return "L" }
func (R) M() string { return "R" }

type Both struct {
	L
	R
}

func (Both) M() string { return "Both" }

type Lesser[T any] interface{ Less(T) bool }

func Min[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func Show[T fmt.Stringer](x T) string { return x.String() }

func BumpTwice[T interface{ Bump() int }](x T) int {
	x.Bump()
	f := x.Bump // a method value bound to x
	return f()
}

func Name[T interface{ M() string }](x T) string {
	g := T.M // a method expression on the type parameter
	return x.M() + "/" + g(x)
}

type getter[T any] interface{ get() T }

type Box[T any] struct{ val T }

func (b *Box[T]) get() T { return b.val }

type Wrapped[T any] struct{ Box[T] }

func viaIface[T any](g getter[T]) T { return g.get() }

func main() {
	fmt.Println(Min(Celsius(3), Celsius(-1.5), Celsius(2)))
	fmt.Println(Show(Celsius(21)), Show(Inner{"x"}), Show(Outer{Inner{"y"}, 1}))
	var s fmt.Stringer = Celsius(7)
	fmt.Println(Show(s))

	c := &Counter{}
	fmt.Println(BumpTwice(c), c.n)
	o := &Outer{Inner: Inner{"ab"}}
	fmt.Println(BumpTwice(o), o.tag)

	fmt.Println(Name(Both{}), Name(L{}))

	// a pointer method promoted from an embedded struct value, called through an interface
	w := Wrapped[int]{Box[int]{5}}
	fmt.Println(viaIface[int](&w))
	var g getter[string] = &Wrapped[string]{Box[string]{"hi"}}
	fmt.Println(g.get())
	var b interface{ Bump() int } = o
	fmt.Println(b.Bump(), o.tag)
}
