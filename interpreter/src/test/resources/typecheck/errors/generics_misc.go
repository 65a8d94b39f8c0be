package main

type Number interface{ ~int | ~float64 }

func Zero[T any]() T {
	var z T
	return z
}

func Add[T Number](a, b T) T { return a + b }

func Bad[T any](a, b T) bool { return a == b }

func Concat[T any](a, b T) T { return a + b }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func main() {
	_ = Add(1, "a")
	var n Number
	_ = n
	b := Box[int]{v: "x"}
	_ = b
	f := Add[int]
	_ = f(1, 2.5)
}
