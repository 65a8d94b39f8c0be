// Order of evaluation inside one statement, as Go's compiler orders it (walk/order.go): calls,
// receives, slicing, len/cap/append, && and ||, and the operands an interface conversion takes
// by address run where they stand, left to right; plain reads (variables, fields, elements,
// *p, map elements) happen after them. Recorded from Go 1.19.
package main

import (
	"fmt"
	"os"
	"unicode"
)

type P struct{ x, y int }

type V struct{ v interface{} }

var g = 1
var gs = "abc"
var garr = [2]int{1, 2}
var gt P

func bump() int { g++; return g }

//go:noinline
func bumpN() int { g++; return g }

func bumpT() int { gt.x++; return gt.x }

func (p P) show(x int) { fmt.Println("show", p.x, x) }

func (p P) get(x int) int { return p.x + x }

var gpp = &P{1, 0}
var fvv = func(a, b int) int { return a + b }
var fvv2 = func(a, b int) { fmt.Println("fvv2 old", a, b) }

func (p *P) pget(a, b int) int { return p.x*100 + a*10 + b }

func (p *P) pget2(a, b int) { fmt.Println("pget2", p.x, a, b) }

func twoP() (int, int) { gpp = &P{7, 0}; return 1, 2 }

func twoF() (int, int) {
	fvv = func(a, b int) int { return a * b * 100 }
	fvv2 = func(a, b int) { fmt.Println("fvv2 new", a, b) }
	return 3, 4
}

func say(what string) int { fmt.Println("argument of", what); return 0 }

func same(a, b interface{}) bool { return a.(int) == b.(int) }

func ret() (int, int) { return g, bump() }

func sw() string {
	switch g + bump() {
	case 7:
		return "seven"
	}
	return "other"
}

func main() {
	fmt.Println(g, bump(), g)
	fmt.Println(g, bumpN(), g)
	fmt.Println(garr, func() int { garr[0]++; return 0 }(), garr)
	fmt.Println(gs, len(gs), func() int { gs += "x"; return 0 }(), gs, len(gs))
	fmt.Println(gs[1:], func() int { gs = "zz"; return 0 }(), gs[1:])
	fmt.Println(ret())
	fmt.Println(sw())

	// locals a closure changes: scalars are read late, except those converted to an
	// interface by address (int8, bool, complex, a whole struct or array): copied early
	a := 1
	set := func(v int) int { a = v; return v }
	fmt.Println(a, set(2), a)
	arr := [2]int{1, 2}
	fmt.Println(arr, func() int { arr[0] = 9; return 0 }(), arr)
	st := P{1, 2}
	fmt.Println(st, func() int { st.x = 7; return 0 }(), st)
	fmt.Println(st.x, func() int { st.x = 8; return 0 }(), st.x)
	c8 := int8(3)
	fmt.Println(c8, func() int { c8 = 4; return 0 }(), c8)
	u16 := uint16(3)
	fmt.Println(u16, func() int { u16 = 4; return 0 }(), u16)
	ok := true
	fmt.Println(ok, func() int { ok = false; return 0 }(), ok)
	cx := complex(1, 2)
	fmt.Println(cx, func() int { cx = 3; return 0 }(), cx)
	str := "s1"
	fmt.Println(str, func() int { str = "s2"; return 0 }(), str)
	bs := "xyz"
	fmt.Println(bs[0], func() int { bs = "qrs"; return 0 }(), bs[0])
	b := []byte("hi")
	fmt.Println(b[0], func() int { b[0] = 'j'; return 0 }(), b[0])
	fmt.Println(int8(g), bump(), uint16(g), bump(), float64(g), bump())
	s2 := []int{1, 2, 3}
	fmt.Println(s2[0], append(s2[:0], 9)[0], s2[0])
	m := map[int]int{1: 10}
	fmt.Println(m[1], func() int { m[1] = 11; return 0 }(), m[1])
	var e interface{} = P{1, 2}
	fmt.Println(e.(P), func() int { e = P{3, 4}; return 0 }(), e.(P))
	var ep interface{} = &st
	fmt.Println(ep.(*P).x, func() int { ep = &P{5, 6}; return 0 }(), ep.(*P).x)
	pp := &P{1, 2}
	fmt.Println(pp.x, func() int { pp = &P{3, 4}; return 0 }(), pp.y)
	q := 5
	ip := &q
	fmt.Println(*ip, func() int { q++; return q }(), *ip)

	// every kind of statement
	x, y := g, bump()
	fmt.Println(x, y)
	x, y = g, bumpN()
	fmt.Println(x, y)
	var v1, v2 = g, bump() // each value its own assignment: g first
	fmt.Println(v1, v2)
	z := g + bump()
	fmt.Println(z)
	if g == bump() {
		fmt.Println("equal")
	}
	ch := make(chan int, 1)
	ch <- g + bump()
	fmt.Println(<-ch)
	h := []int{g, bump()}
	mm := map[int]int{g: bump()}
	ps := P{g, bump()}
	fmt.Println(h, mm, ps)
	fmt.Println(gt.x, bumpT(), gt)
	acc := 10
	acc += g + bump()
	mo := map[string]int{}
	mo["a"] += g + bump()
	gsl := []int{0, 0}
	gsl[g%2] = g + bump()
	fmt.Println(acc, mo, gsl)
	switch g {
	case bump() - 1:
		fmt.Println("case", g)
	}
	switch {
	case g == bump():
		fmt.Println("tagless", g)
	}
	switch g + 1 {
	case 0, g + bump() - g:
		fmt.Println("second", g)
	}
	fmt.Printf("%d %d %d\n", g, bump(), g)
	defer fmt.Println("deferred", g, bump(), g) // defer and go evaluate left to right
	defer gt.show(bumpT())

	// && and ||: a whole operand, its right side only when needed
	var pv = &V{}
	if pv.v != nil && !same(pv.v, 3) {
		fmt.Println("no")
	}
	fmt.Println(g > 0 && bump() > 0, g)
	fmt.Println(g, g > 0 && bump() > 0)
	if g+bump() > 0 && g+bump() > 0 {
		fmt.Println("both", g)
	}
	for i := 0; i < 2 && g+bump() > 0; i++ {
		fmt.Println("loop", i, g)
	}

	// a failing read fails after the calls before it have run
	var np *P
	zero := 0
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(10/zero, fmt.Sprint("called"))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(np.x, func() int { fmt.Println("call ran"); return 0 }())
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		idx := 5
		fmt.Println(s2[idx], func() int { fmt.Println("call ran 2"); return 0 }())
	}()
	fmt.Fprintln(os.Stdout, g, bump())

	// more of gc's copies: map literals entry by entry, keys and struct operands taken by
	// address, append's elements, a copy inside len, string(bytes) read late
	ml := map[int]int{1: g, 2: bump(), 3: g}
	ml2 := map[int]int{g: 1, bump(): 2}
	fmt.Println(ml, ml2)
	kk2 := [2]int{0, 0}
	fk := func() int { kk2[0] = 1; return 7 }
	mk2 := map[[2]int]int{{0, 0}: 10, {1, 0}: 20}
	fmt.Println(mk2[kk2] + fk())
	kk2 = [2]int{0, 0}
	mk3 := map[[2]int]int{}
	mk3[kk2] = fk()
	fmt.Println(mk3)
	arr2 := [2]int{0, 0}
	fa := func() int { arr2[0] = 1; return 0 }
	fmt.Println(arr2 == [2]int{0, 0} == (fa() == 0))
	var ei any = P{1, 2}
	pl := P{1, 2}
	fpl := func() bool { pl.x = 9; return true }
	fmt.Println(ei == pl == fpl())
	flag := true
	var xs []any
	xs = append(xs, flag, func() int { flag = false; return 0 }(), flag)
	fmt.Println(xs...)
	grow := func() []int { g++; return make([]int, g) }
	fmt.Println(g, len(grow()))
	bb := []byte("old")
	fmt.Println(string(bb), func() int { copy(bb, "new"); return 0 }())
	var ea any = P{1, 2}
	pa, pb := g, ea.(P)
	pb.x = 99
	fmt.Println(ea, pa)
	gsl2 := []int{0, 0, 0}
	idx2 := func() int { gsl2 = []int{7, 7, 7}; return 1 }
	gsl2[idx2()]++
	fmt.Println(gsl2)
	pair := func(a, b int) (int, int) { return a, b }
	var t1, t2 = pair(g, bump())
	fmt.Println(t1, t2)
	for _, v := range []int{g, bump()} {
		fmt.Print(v, " ")
	}
	fmt.Println()
	switch v := any(g + bump()).(type) {
	case int:
		fmt.Println("type switch", v)
	}
	sch := make(chan int, 1)
	select {
	case sch <- g + bump():
	}
	fmt.Println(<-sch)
	func() {
		defer func(x int) { fmt.Println("defer arg", x) }(g + bump())
	}()

	// a slice bound that is not a variable is copied where it stands; select operands are
	// copied case by case; a struct comparison copies its operands after both are ordered
	sb := []int{1, 2, 3, 4, 5}
	ib := 0
	fmt.Println(sb[ib+1 : func() int { ib = 3; return 4 }()])
	selc := make(chan int, 1)
	never := make(chan int)
	select {
	case selc <- g:
	case never <- bump():
	}
	fmt.Println(<-selc, g)
	st2 := P{0, 2}
	chg := func() int { st2.x = 1; return 1 }
	fmt.Println(st2 == P{chg(), 2})
	fmt.Println(unicode.ToUpper(rune(96+len(map[int]int{g: bump()}))), g)
	fmt.Println([]map[int]int{{1: bump()}}, g)
	mdel := map[int]int{30: 3, 31: 4}
	mi := map[any]int{1: 1}
	func() {
		defer delete(mdel, g+bump()-g+29)
		defer delete(mi, 1)
	}()
	fmt.Println(mdel, len(mi))
	one := 1
	fmt.Println(map[int]string{one: "dynamic", 1: "static"}[1]) // statics first

	// a nil receiver, func value or interface fails after the arguments are evaluated
	var nilp *P
	var nilf func(int) int
	var nili interface{ get(int) int }
	for _, call := range []func(){
		func() { fmt.Println(nilp.get(say("value receiver"))) },
		func() { fmt.Println(nilf(say("func value"))) },
		func() { fmt.Println(nili.get(say("interface"))) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			call()
		}()
	}

	// f(g()) with several results: g runs before f's receiver or func value is read
	fmt.Println(gpp.pget(twoP()), fvv(twoF()))
	func() {
		defer gpp.pget2(twoP())
		defer fvv2(twoF())
	}()

	// a range clause's k, v = is one assignment: both operands first, then the stores
	u := []int{0, 0, 0}
	j := 2
	for j, u[j] = range []int{3, 4, 5} {
	}
	fmt.Println(u, j)
	var kk string
	mk := map[string]int{}
	for kk, mk[kk] = range map[string]int{"a": 1} {
	}
	fmt.Println(mk, kk)
	// a parallel assignment stores in order: a nil pointer fails at its own store
	av := 0
	func() {
		defer func() { fmt.Println("recovered:", recover(), av) }()
		av, np.x = 1, 2
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover(), av) }()
		np.y, av = 3, 4
	}()
	calleeWithCalls()
}

// f(g()) with g returning several values: a callee that makes calls (fs[i()], mk().m) is
// evaluated whole, its element or receiver read too, before g; a plain one is read after g.
var calls []string

var handlers = []func(int, int){func(int, int) { calls = append(calls, "old handler") }}

type rec struct{ name string }

func (r rec) take(int, int) { calls = append(calls, "take on "+r.name) }

var cur = rec{"first"}

func pair() (int, int) {
	calls = append(calls, "pair")
	handlers[0] = func(int, int) { calls = append(calls, "new handler") }
	cur = rec{"second"}
	return 1, 2
}

func at(s string) int { calls = append(calls, s); return 0 }

func current() rec { calls = append(calls, "current"); return cur }

func reset() {
	handlers[0] = func(int, int) { calls = append(calls, "old handler") }
	cur = rec{"first"}
}

func calleeWithCalls() {
	handlers[at("index")](pair())
	reset()
	current().take(pair())
	reset()
	handlers[0](pair())
	reset()
	cur.take(pair())
	fmt.Println(calls)
	calls = nil
	reset()
	func() {
		defer handlers[at("index")](pair())
		defer current().take(pair())
		defer cur.take(pair())
	}()
	fmt.Println(calls)
}
