package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func SumOf[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func MaxOf[T Ordered](a T, rest ...T) T {
	m := a
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Celsius float64

type Stringer interface{ String() string }

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func find(n int) (int, error) {
	if n < 0 {
		return 0, &MyErr{n}
	}
	return n * 2, nil
}

type IntSlice []int

func main() {
	fmt.Println(SumOf(1, 2, 3), SumOf(1.5, 2.5), SumOf[int64]())
	evens := Filter(IntSlice{1, 2, 3, 4}, func(i int) bool { return i%2 == 0 })
	fmt.Printf("%T %v\n", evens, evens)
	ks := Keys(map[string]int{"b": 1, "a": 2})
	sort.Strings(ks)
	fmt.Println(ks, MaxOf(3, 9, 2), MaxOf("a", "c", "b"))
	var l List[string]
	l.Push("x")
	l.Push("y")
	l.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println(l.size)
	fmt.Println(Join([]Celsius{1, 2.5}, ", "))
	_, err := find(-1)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as", me.code)
	}
	const big = 1 << 100
	fmt.Println(big >> 98, float64(big) > 1e30)
	var arr [3]struct{ a, b int }
	arr[1].b = 5
	p := &arr
	p[2].a = 7
	fmt.Println(arr, len(p), cap(p[:2]))
	type local struct{ x int }
	ls := []local{{1}, {2}}
	m := map[string]*local{"k": {3}}
	fmt.Println(ls, m["k"].x)
	var iface interface{} = ls
	switch v := iface.(type) {
	case []local:
		fmt.Println(len(v))
	case nil:
	}
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v, ok := <-ch:
		fmt.Println(v, ok)
	default:
	}
	fn := strings.ToUpper
	fmt.Println(fn("a"), strings.Repeat("ab", 2))
	x := 5
	ptr := &x
	*ptr += 2
	fmt.Println(x, ^x, x&^1, x<<uint(2), -x%3)
	var f32 float32 = 1.1
	fmt.Println(f32*2, complex(1, 2), real(complex128(3)))
	goto end
end:
	fmt.Println("end")
}
