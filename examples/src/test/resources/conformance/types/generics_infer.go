package main

import (
	"fmt"
	"strconv"
)

// Inference unifies a generic named type's underlying type with an unnamed
// argument (a func literal, a slice literal); an unnamed value is assigned to a
// type parameter whose type set holds only its type.

type Mapper[A, B any] func(A) B

type List[E any] []E

func apply[A, B any](f Mapper[A, B], xs List[A]) List[B] {
	out := make(List[B], 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func keyOf[K comparable, V any](p Pair[K, V]) K { return p.Key }

type Thunk[T any] interface{ ~func() T }

type Counter func() Counter

func loop[T Thunk[T]](n int) int {
	var t T
	calls := 0
	t = func() T {
		calls++
		return t
	}
	for i, f := 0, t; i < n; i++ {
		f = f()
	}
	return calls
}

func main() {
	strs := apply(func(i int) string { return strconv.Itoa(i * 2) }, []int{1, 2, 3})
	fmt.Printf("%q %T\n", strs, strs)
	lens := apply(func(s string) int { return len(s) }, List[string]{"a", "bcd"})
	fmt.Println(lens)
	fmt.Println(keyOf(Pair[string, int]{"k", 1}))
	fmt.Println(loop[Counter](4))
}
