package main

import (
	"errors"
	"fmt"
	"math"
	"reflect"
)

type Point struct {
	X, Y int
}

type Node struct {
	Val  int
	Next *Node
}

type Tree struct {
	Name     string
	Children []*Tree
	Attrs    map[string]any
}

type private struct {
	a int
	b []string
}

type MyInt int

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func show(label string, a, b any) {
	fmt.Printf("%-28s %v\n", label, reflect.DeepEqual(a, b))
}

func main() {
	// Basic values.
	show("ints", 1, 1)
	show("int vs int64", 1, int64(1))
	show("int vs MyInt", 1, MyInt(1))
	show("strings", "go", "go")
	show("strings differ", "go", "Go")
	show("nil nil", nil, nil)
	show("nil vs nil slice", nil, []int(nil))
	show("floats", 1.5, 1.5)
	nan := math.NaN()
	show("NaN", nan, nan)
	show("+0 -0", 0.0, math.Copysign(0, -1))
	show("complex", complex(1, 2), complex(1, 2))

	// Slices.
	show("slices", []int{1, 2, 3}, []int{1, 2, 3})
	show("slices differ", []int{1, 2, 3}, []int{1, 2, 4})
	show("slice lengths", []int{1, 2}, []int{1, 2, 3})
	show("nil vs empty slice", []int(nil), []int{})
	show("nil slices", []int(nil), []int(nil))
	show("empty slices", []int{}, []int{})
	s := []int{1, 2, 3}
	show("same slice", s, s)
	show("overlapping slices", s[:2], s[:2])
	show("[]byte", []byte("abc"), []byte("abc"))
	show("slice of NaN", []float64{nan}, []float64{nan})
	ns := []float64{nan}
	show("same slice of NaN", ns, ns)
	show("slices of slices", [][]string{{"a"}, {"b", "c"}}, [][]string{{"a"}, {"b", "c"}})

	// Arrays.
	show("arrays", [3]int{1, 2, 3}, [3]int{1, 2, 3})
	show("arrays differ", [2]string{"a", "b"}, [2]string{"a", "c"})
	show("array vs slice", [2]int{1, 2}, []int{1, 2})

	// Maps.
	show("maps", map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1})
	show("maps differ", map[string]int{"a": 1}, map[string]int{"a": 2})
	show("maps keys differ", map[string]int{"a": 1}, map[string]int{"b": 1})
	show("nil vs empty map", map[string]int(nil), map[string]int{})
	show("nil maps", map[int]int(nil), map[int]int(nil))
	m := map[float64]int{nan: 1}
	show("same map NaN key", m, m)
	show("map NaN keys", map[float64]int{nan: 1}, map[float64]int{nan: 1})
	show("map NaN values", map[int]float64{1: nan}, map[int]float64{1: nan})
	show("map of slices", map[string][]int{"x": {1}}, map[string][]int{"x": {1}})

	// Structs and pointers.
	show("structs", Point{1, 2}, Point{1, 2})
	show("structs differ", Point{1, 2}, Point{2, 1})
	show("unexported fields", private{1, []string{"x"}}, private{1, []string{"x"}})
	show("unexported differ", private{1, nil}, private{1, []string{}})
	p1, p2 := &Point{1, 2}, &Point{1, 2}
	show("pointers to equal", p1, p2)
	show("pointer vs value", p1, Point{1, 2})
	show("nil pointers", (*Point)(nil), (*Point)(nil))
	show("nil vs non-nil ptr", (*Point)(nil), p1)
	x, y := 5, 5
	show("*int", &x, &y)

	// Cycles.
	a := &Node{Val: 1}
	a.Next = a
	b := &Node{Val: 1}
	b.Next = b
	show("self cycles", a, b)
	c := &Node{Val: 1}
	c.Next = &Node{Val: 1, Next: c}
	show("cycle vs longer cycle", a, c)
	d := &Node{Val: 2}
	d.Next = d
	show("cycles differ", a, d)
	type L []any
	l1 := L{1}
	l1 = append(l1, l1)
	l2 := L{1}
	l2 = append(l2, l2)
	show("slice cycles", l1, l2)

	// Nested values with interfaces.
	t1 := &Tree{Name: "root", Attrs: map[string]any{"n": 1, "tags": []string{"a"}},
		Children: []*Tree{{Name: "leaf"}}}
	t2 := &Tree{Name: "root", Attrs: map[string]any{"n": 1, "tags": []string{"a"}},
		Children: []*Tree{{Name: "leaf"}}}
	show("trees", t1, t2)
	t2.Attrs["n"] = int64(1)
	show("trees, int vs int64", t1, t2)
	show("interfaces", []any{1, "a", nil}, []any{1, "a", nil})
	show("interfaces differ", []any{1, "a"}, []any{1, "b"})
	show("shapes", []Shape{Square{2}}, []Shape{Square{2}})
	show("shapes nil", []Shape{nil}, []Shape{nil})
	show("shape vs nil", []Shape{Square{1}}, []Shape{nil})

	// Functions: equal only when both are nil.
	f := func() {}
	show("same func", f, f)
	show("nil funcs", (func())(nil), (func())(nil))
	show("func vs nil", f, (func())(nil))
	type WithFunc struct{ F func() }
	show("struct with nil func", WithFunc{}, WithFunc{})
	show("struct with func", WithFunc{f}, WithFunc{f})

	// Channels compare by identity.
	ch := make(chan int)
	show("same chan", ch, ch)
	show("different chans", ch, make(chan int))

	// Errors.
	e := errors.New("boom")
	show("same error", e, e)
	show("equal errors", errors.New("boom"), errors.New("boom"))
}
