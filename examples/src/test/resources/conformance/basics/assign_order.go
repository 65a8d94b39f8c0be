// The order of an assignment's evaluations, as Go's compiler does it: the calls (and receives)
// first, left to right, then the other operands of the left side, then the stores in order.
package main

import "fmt"

var g = 1

func setG() int { g = 100; return 1 }

func pair() (int, int) { return 3, 4 }

func val(tag string) int { fmt.Println("rhs", tag); return 1 }

type T struct{ x int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	// elements of frame variables at variables' and constants' indices
	s := []int{1, 2, 3, 4, 5}
	i, j := 0, 4
	s[i], s[j] = s[j], s[i]
	fmt.Println(s)
	s[i] += s[j]
	s[j]--
	s[2] *= 10
	s[1] <<= 2
	fmt.Println(s)
	s[i], s[j] = pair()
	fmt.Println(s)
	var arr [4]int
	arr[i], arr[3] = 7, arr[i]+1
	arr[j-2] += 5
	fmt.Println(arr)

	// a store to the variable itself in the same statement: the element's operands are the old ones
	t := []int{7, 8, 9}
	old := s
	s, s[0] = t, 100
	fmt.Println(s, old)
	s[i], i = 55, 2
	fmt.Println(s, i)
	i, s[i] = 0, 66
	fmt.Println(s, i)

	// a call on the right that changes the left side's operands: the store sees the changes
	u := []int{1, 2, 3}
	k := 0
	bump := func() int { k++; u = []int{10, 20, 30}; return 42 }
	u[k] = bump()
	fmt.Println(u, k)
	u[k] += bump()
	fmt.Println(u, k)
	g += setG()
	fmt.Println(g)
	c := 1
	setC := func() int { c = 50; return 2 }
	c += setC()
	fmt.Println(c)
	m := map[string]int{"a": 1}
	key := "a"
	setM := func() int { m = map[string]int{"a": 7}; key = "b"; return 3 }
	m[key] += setM()
	fmt.Println(m)
	p := &T{1}
	setP := func() int { p = &T{10}; return 4 }
	p.x += setP()
	fmt.Println(p.x)
	p.x, u[k] = setP(), setP()
	fmt.Println(p.x, u)

	// m[k] op= v reads and writes one entry: a failed operation inserts nothing, a call on the
	// right that grows or empties the map comes first
	mz := map[string]int{}
	zero := 0
	try("map divide", func() { mz["a"] /= zero })
	fmt.Println(len(mz))
	ms := map[int]string{}
	ms[1] += "x"
	ms[1] += "y"
	mf := map[string]float64{"p": 1.5}
	mf["p"] *= 2
	mf["q"] -= 1
	fmt.Println(ms, mf)
	mg := map[int]int{7: 1}
	grow := func() int {
		for i := 100; i < 1100; i++ {
			mg[i] = i
		}
		return 5
	}
	mg[7] += grow()
	drop := func() int { delete(mg, 7); return 2 }
	mg[7] += drop()
	fmt.Println(len(mg), mg[7], mg[1099])

	// a store through a pointer to the index or the slice comes before the element's store
	ip := &i
	i = 0
	*ip, s[i] = 2, 9
	fmt.Println(i, s)
	sp := &s
	*sp, s[0] = []int{7, 8}, 9
	fmt.Println(s)
	i = 0
	*ip, s[i] = pair()
	fmt.Println(i, s)

	// a call on the right that deletes the entry of m[k()] op= v
	md := map[int]int{1: 10}
	one := func() int { return 1 }
	dropOne := func() int { delete(md, 1); return 5 }
	md[one()] += dropOne()
	fmt.Println(len(md) == 1)

	// a nested slice
	grid := [][]int{{1, 2}, {3, 4}}
	row := grid[1]
	row[0] = 9
	grid[0][1] = row[1] * 2
	fmt.Println(grid)

	// a store that fails does so after the right side has run
	n := 5
	try("slice", func() { s[n] = val("slice") })
	try("array", func() { arr[n] = val("array") })
	try("slice op", func() { s[n] += val("slice op") })
	var np *[3]int
	try("nil array pointer", func() { np[1] = val("nil array pointer") })
	var nt *T
	try("nil struct pointer", func() { nt.x = val("nil struct pointer") })
	try("nil struct pointer, divide", func() { nt.x = 1 / zero })
	try("nil struct pointer op", func() { nt.x -= val("nil struct pointer op") })
	var nm map[string]int
	try("nil map", func() { nm["k"] = val("nil map") })
	var ns []int
	try("nil slice", func() { ns[0] = val("nil slice") })
	try("pair", func() { nt.x, s[n] = pair() })
}
