package main

import "fmt"

// Indexing an operand whose type is a type parameter without a core type: every
// type in its type set must be indexable with the same element type.

type Bytes []byte

func third[T interface{ ~string | Bytes | []byte }](x T) byte { return x[2] }

func swap[T interface{ []rune | [4]rune | *[6]rune }](x T, i, j int) T {
	x[i], x[j] = x[j], x[i]
	return x
}

func bump[T interface{ []int | [3]int }](x T) T {
	for i := 0; i < len(x); i++ {
		x[i] += 10
	}
	p := &x[1]
	*p *= 2
	return x
}

type Grid[T interface{ []float64 | [2]float64 }] struct{ cells T }

func (g *Grid[T]) set(v float64) { g.cells[1] = v }

func lookup[M interface{ map[string]int | Ages }](m M, k string) int {
	m[k+k] = len(m)
	return m[k]
}

type Ages map[string]int

// len and cap of a type parameter: every type in the set must have one.
type sized interface {
	*[6]rune | []rune | string | Ages
}

func size[T sized](x T) int { return len(x) }

func room[T interface{ *[6]rune | []rune | chan int }](x T) int { return cap(x) }

func main() {
	fmt.Println(third("hello"), third(Bytes("abc")), third([]byte{7, 8, 9}))
	fmt.Println(string(swap([]rune("abcd"), 0, 3)), swap([4]rune{'w', 'x', 'y', 'z'}, 1, 2))
	six := &[6]rune{'1', '2', '3', '4', '5', '6'}
	swap(six, 0, 5)
	fmt.Println(string(six[:]))
	fmt.Println(bump([]int{1, 2, 3}), bump([3]int{4, 5, 6}))
	s := []int{1, 2, 3}
	bump(s)
	a := [3]int{1, 2, 3}
	bump(a)
	fmt.Println(s, a)

	g1 := Grid[[]float64]{make([]float64, 3)}
	g2 := Grid[[2]float64]{}
	g1.set(1.5)
	g2.set(2.5)
	fmt.Println(g1.cells, g2.cells)

	var nilArr *[6]rune
	fmt.Println(size(nilArr), size([]rune("ab")), size("héllo"), size(Ages{"a": 1}))
	fmt.Println(room(nilArr), room(make([]rune, 1, 5)), room(make(chan int, 3)))

	ages := Ages{"ann": 31}
	fmt.Println(lookup(ages, "ann"), lookup(map[string]int{}, "x"), ages)
}
