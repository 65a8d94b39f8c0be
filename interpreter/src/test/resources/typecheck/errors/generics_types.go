package main

type List[T any] struct {
	next *List[T]
	val  T
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	var l List
	var p Pair[[]int, int]
	var q Pair[int]
	_, _, _ = l, p, q
}
