package main

import (
	"fmt"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushBack(v T) {
	p := &l.head
	for *p != nil {
		p = &(*p).next
	}
	*p = &node[T]{val: v}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	for cur := l.head; cur != nil; {
		cur.next, prev, cur = prev, cur, cur.next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	parts := Fold(l, []string{}, func(acc []string, v T) []string { return append(acc, fmt.Sprint(v)) })
	return "(" + strings.Join(parts, " -> ") + ")"
}

func Fold[T, A any](l *List[T], acc A, f func(A, T) A) A {
	l.Each(func(v T) { acc = f(acc, v) })
	return acc
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	return Fold(l, &List[U]{}, func(out *List[U], v T) *List[U] { out.PushBack(f(v)); return out })
}

func FilterList[T any](l *List[T], keep func(T) bool) *List[T] {
	return Fold(l, &List[T]{}, func(out *List[T], v T) *List[T] {
		if keep(v) {
			out.PushBack(v)
		}
		return out
	})
}

func main() {
	nums := &List[int]{}
	for i := 0; i <= 6; i++ {
		nums.PushBack(i)
	}
	sq := MapList(nums, func(n int) int { return n * n })
	evens := FilterList(sq, func(n int) bool { return n%2 == 0 })
	fmt.Println(sq, evens, Fold(evens, 0, func(a, n int) int { return a + n }))
	nums.Reverse()
	fmt.Println(nums, nums.size, nums.head.val, MapList(nums, func(n int) string { return strings.Repeat("*", n) }))
	words := &List[string]{}
	for _, w := range strings.Fields("go is a fun language") {
		words.PushBack(w)
	}
	fmt.Println(FilterList(words, func(s string) bool { return len(s) > 2 }), Fold(words, "", func(acc, w string) string { return acc + w[:1] }), words.size)
	fmt.Println(&List[float64]{}, Fold(&List[&List[float64]{}, 1.5, func(a, b float64) float64 { return a + b }))
}
