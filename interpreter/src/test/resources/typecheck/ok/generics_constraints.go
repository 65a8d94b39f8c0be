package main

import "fmt"

type Stringer interface{ String() string }

type StringableNumber interface {
	~int | ~float64
	String() string
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprint(int(m)) }

func Show[T StringableNumber](x T) string { return x.String() + fmt.Sprint(x+1) }

type Tree[T interface{ Less(T) bool }] struct {
	root *treeNode[T]
}

type treeNode[T interface{ Less(T) bool }] struct {
	v           T
	left, right *treeNode[T]
}

func (t *Tree[T]) Insert(v T) {
	t.root = t.root.insert(v)
}

func (n *treeNode[T]) insert(v T) *treeNode[T] {
	if n == nil {
		return &treeNode[T]{v: v}
	}
	if v.Less(n.v) {
		n.left = n.left.insert(v)
	} else {
		n.right = n.right.insert(v)
	}
	return n
}

func (m MyInt) Less(o MyInt) bool { return m < o }

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Num interface{ ~int | ~float64 }

func Scale[S ~[]E, E Num](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vec []float64

func main() {
	fmt.Println(Show(MyInt(4)))
	var t Tree[MyInt]
	t.Insert(3)
	t.Insert(1)
	fmt.Println(t.root.v, t.root.left.v)
	sum := Reduce([]int{1, 2, 3}, 0.5, func(a float64, x int) float64 { return a + float64(x) })
	fmt.Println(sum)
	v := Scale(Vec{1, 2}, 2)
	fmt.Printf("%T %v\n", v, v)
	var s fmt.Stringer = MyInt(1)
	if m, ok := s.(MyInt); ok {
		fmt.Println(m + 1)
	}
	pairs := []struct {
		k string
		v int
	}{{"a", 1}, {"b", 2}}
	for _, p := range pairs {
		fmt.Print(p.k, p.v, " ")
	}
	fmt.Println()
}
