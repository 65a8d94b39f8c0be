package main

import (
	"fmt"
	"strings"
)

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T) *List[T] { l.items = append(l.items, v); return l }
func (l List[T]) Len() int          { return len(l.items) }

type Named struct {
	List[string]
	name string
}

type Shape interface {
	Area() float64
}

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func describe(shapes ...Shape) (total float64) {
	for _, s := range shapes {
		total += s.Area()
	}
	return
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
)

type Op int

const (
	Add Op = iota
	Sub
)

var names = [...]string{Add: "add", Sub: "sub"}

func main() {
	var n Named
	n.Add("a").Add("b")
	fmt.Println(n.Len(), n.items, n.name == "")
	fmt.Println(describe(Sq(2), Sq(3)), KB, MB, names[Sub], len(names))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%s", 1, "x")
	fmt.Println(sb.String())
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"][0]++
	fmt.Println(m)
	var arr [3]int
	for i := range arr {
		arr[i] = i * i
	}
	sl := arr[:]
	sl = sl[1:2:3]
	fmt.Println(sl, cap(sl), arr[len(arr)-1])
	type kv struct {
		k string
		v int
	}
	x := []*kv{{"a", 1}, {k: "b"}}
	fmt.Println(x[1].k, *x[0])
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, uint32(1)<<31, 'a'*2, string(rune('a'+1)))
	f := func(xs ...int) int { return len(xs) }
	fmt.Println(f(), f(1, 2), f([]int{1, 2, 3}...))
	var e error
	if e == nil {
		fmt.Println("nil error")
	}
	ch := make(chan struct{})
	go func() { close(ch) }()
	<-ch
	_, ok := <-ch
	fmt.Println(ok)
}
