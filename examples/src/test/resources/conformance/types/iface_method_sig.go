package main

import "fmt"

// A dynamic type implements an interface only if its methods have the interface's
// signatures, not just its names: in type switches, comma-ok assertions and
// assertions that panic, with or without type parameters.

type Meters int

func (m Meters) Len() int { return int(m) }

type Feet float64

func (f Feet) Len() float64 { return float64(f) }

type Wrap[T any] struct{ v T }

func (w Wrap[T]) Len() T { return w.v }

type Outer struct{ Wrap[int] }

func describe[T any](x any) string {
	switch v := x.(type) {
	case interface{ Len() T }:
		return fmt.Sprint("Len ", v.Len())
	}
	return "no"
}

func main() {
	fmt.Println(describe[int](Meters(3)), describe[int](Feet(2.5)), describe[float64](Feet(2.5)))
	fmt.Println(describe[int](Wrap[int]{7}), describe[string](Wrap[int]{7}), describe[int](Outer{Wrap[int]{8}}))

	var x any = Feet(1)
	_, ok := x.(interface{ Len() int })
	fmt.Println(ok)
	// the runtime writes an unexported method of an interface type with its package's name
	fmt.Printf("%T\n", []interface {
		Len() int
		unit() string
	}{})
	defer func() { fmt.Println(recover()) }()
	_ = x.(interface{ size() int })
	fmt.Println("not reached")
}
