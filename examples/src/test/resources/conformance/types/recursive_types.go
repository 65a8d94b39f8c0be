// Types that refer to themselves through a pointer, also by way of other defined types
// (type Node struct{ Next *Alias }; type Alias Node), chains of them, and a pointer type defined
// in terms of itself.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Link
}
type Link Node

func (l *Link) Sum() int {
	if l == nil {
		return 0
	}
	return l.Val + l.Next.Sum()
}

type Ring struct{ Next *R1 }
type R1 R2
type R2 R3
type R3 Ring

type Cell *[2]Cells
type Cells Cell

type Tree struct {
	Kids []*Forest
}
type Forest Tree

func main() {
	n := &Node{1, &Link{2, &Link{3, nil}}}
	fmt.Println(n.Val, (*Link)(n).Sum())

	r := &Ring{}
	r.Next = &R1{Next: (*R1)(r)}
	fmt.Println(r.Next.Next == (*R1)(r))

	var c Cell = new([2]Cells)
	c[0] = Cells(c)
	fmt.Println(c[0] != nil, c[1] == nil)

	t := Tree{Kids: []*Forest{{}, {Kids: []*Forest{{}}}}}
	fmt.Println(len(t.Kids), len(t.Kids[1].Kids))
}
