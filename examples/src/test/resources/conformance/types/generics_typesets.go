package main

import "fmt"

// Operations valid for every type in a type parameter's type set, even without a
// core type: close, delete, comparison with nil. Also partial instantiation
// completed by constraint inference, and a generic type local to a function.

func drain[C interface{ chan int | chan<- int }](c C, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
}

type flagsOrCounts interface {
	map[string]int | map[string]bool
}

func forget[M flagsOrCounts](m M, k string) int {
	delete(m, k)
	return len(m)
}

type Nilable interface {
	~map[string]int | ~[]string | ~func() | ~*int | ~chan bool
}

func isNil[T Nilable](x T) bool { return x == nil }

func reset[T Nilable](p *T) { *p = nil }

func first[E any, S interface{ []E }](_ E, s S) E { return s[0] }

type Names []string

func main() {
	c := make(chan int, 3)
	drain(c, 3)
	for v := range c {
		fmt.Print(v, " ")
	}
	fmt.Println()

	m := map[string]bool{"a": true, "b": false}
	fmt.Println(forget(m, "a"), m)
	fmt.Println(forget(map[string]int{"x": 1}, "y"))

	var s []string
	var f func()
	fmt.Println(isNil(s), isNil([]string{}), isNil(f), isNil(func() {}), isNil[*int](nil))
	ns := Names{"n"}
	reset(&ns)
	fmt.Println(ns == nil, len(ns))

	firstRune := first[rune] // S is inferred from its constraint: []rune
	fmt.Printf("%c %T\n", firstRune('z', []rune("go")), firstRune)

	type pair[K comparable, V any] struct {
		k K
		v V
	}
	p := pair[string, int]{"k", 2}
	q := pair[int, []bool]{1, []bool{true}}
	fmt.Printf("%v %+v\n", p, q)
}
