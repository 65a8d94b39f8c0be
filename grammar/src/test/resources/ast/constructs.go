// Every construct of Go's syntax, for the AST golden test. Not meant to type-check.
package constructs

import (
	"fmt"
	m "math"
	. "strings"
	_ "os"
)

const (
	A = iota // 0
	B
	C, D = iota * 2, "x"
)

const E float64 = 1.5e3

var (
	x, y int = 1, 2
	z        = []byte("héllo")
	é        = 'é'
)

type (
	T  struct{ a, b int; c string `json:"c"`; *Embedded; pkg.Other; List[int] }
	I  interface{ M(x int) (int, error); fmt.Stringer; ~int | ~string }
	F  func(a, b int, c ...string) (r int, err error)
	Ch chan<- <-chan int
	Al = map[string][]*T
	G[K comparable, V any] struct{ m map[K]V }
	N[P any] []P
	Arr [N * 2]int
	Ptr[P *C,] struct{}
)

func (t *T) Method(a int) int { return a }

func (G[K, V]) Get(k K) (v V, ok bool) { v, ok = nil, false; return }

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	r := make([]R, 0, len(s))
	for _, e := range s {
		r = append(r, f(e))
	}
	return r
}

func noBody(int) string

func stmts(ch chan int, p *T) {
	var v = T{a: 1, b: 2}
	if v == (T{}) {
	}
	if x := p.a; x > 0 && x < 10 || !true {
	} else if y := 2; y == x {
	} else {
	}
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		break
	}
	for x < 3 {
		x++
	}
	for {
		goto L
	}
L:
	for range ch {
	}
	for k, v := range map[string]int{"a": 1} {
		_, _ = k, v
	}
	for _, e := range []struct{ a int }{{1}, {a: 2}} {
		_ = e
	}
	switch t := 1 + 2; t {
	case 1, 2:
		fallthrough
	case 3:
	default:
	}
	switch {
	}
	switch v := interface{}(p).(type) {
	case nil, *T, []int, map[int]string, func(), chan int:
		_ = v
	}
	select {
	case ch <- 1:
	case v := <-ch:
		_ = v
	case v, ok := <-ch:
		_, _ = v, ok
	case <-ch:
	default:
	}
	go func() {}()
	defer fmt.Println("x", 1, 2.5, 0x1F, 0o17, 0b101, 1_000, 0x1p-2, 1i, '\n', "\t", `raw
string`)
	ch <- 3
	x, y = y, x
	x += 1
	x &^= 3
	x <<= 2
	s := z[1:2]
	s = z[:]
	s = z[1:2:3]
	_ = s
	f := func(a ...int) {}
	f(z...)
	_ = Map[[]int, int, string]
	_ = N[int]{1, 2}
	_ = [...]int{1, 2, 3}
	_ = [2][2]int{{1, 2}, {3, 4}}
	_ = &T{}
	_ = *p
	_ = -x + ^x
	_ = <-ch
	_ = (*T).Method
	_ = p.Method
	_ = m.Pi
	_ = struct{}{}
	_ = map[T]struct{}{{}: {}}
	var i interface{} = 1
	_, _ = i.(int)
	{
		var w, q = 1, 2
		_, _ = w, q
	}
	type local struct{}
	const c = 1;;
	_ = []func() int{func() int { return 1 }}
}
