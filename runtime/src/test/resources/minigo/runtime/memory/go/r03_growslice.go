// Shows: the capacities append picks (Go 1.19 growslice): doubling below 256
// elements, then +(cap+768)/4 per step, then rounded up so the array fills its
// size class; appending many at once jumps straight to the needed length first.
package main

import "fmt"

type e3 [3]byte
type e12 [12]byte
type e24 struct {
	p    *int
	a, b int
}
type e40 [5]int64
type e100 [100]byte
type e1000 [1000]byte

func caps1(n int) []int {
	var s []byte
	var cs []int
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, 0)
		if cap(s) != last {
			last = cap(s)
			cs = append(cs, last)
		}
	}
	return cs
}

func main() {
	fmt.Println("byte", caps1(5000))
	{
		var s []uint16
		var cs []int
		last := -1
		for i := 0; i < 3000; i++ {
			s = append(s, 0)
			if cap(s) != last {
				last = cap(s)
				cs = append(cs, last)
			}
		}
		fmt.Println("uint16", cs)
	}
	{
		var s []e3
		var cs []int
		last := -1
		for i := 0; i < 3000; i++ {
			s = append(s, e3{})
			if cap(s) != last {
				last = cap(s)
				cs = append(cs, last)
			}
		}
		fmt.Println("e3", cs)
	}
	{
		var s []int32
		var cs []int
		last := -1
		for i := 0; i < 3000; i++ {
			s = append(s, 0)
			if cap(s) != last {
				last = cap(s)
				cs = append(cs, last)
			}
		}
		fmt.Println("int32", cs)
	}
	{
		var s []int
		var cs []int
		last := -1
		for i := 0; i < 20000; i++ {
			s = append(s, 0)
			if cap(s) != last {
				last = cap(s)
				cs = append(cs, last)
			}
		}
		fmt.Println("int", cs)
	}
	{
		var s []e12
		var cs []int
		last := -1
		for i := 0; i < 3000; i++ {
			s = append(s, e12{})
			if cap(s) != last {
				last = cap(s)
				cs = append(cs, last)
			}
		}
		fmt.Println("e12", cs)
	}
	{
		var s []string
		var cs []int
		last := -1
		for i := 0; i < 3000; i++ {
			s = append(s, "")
			if cap(s) != last {
				last = cap(s)
				cs = append(cs, last)
			}
		}
		fmt.Println("string", cs)
	}
	{
		var s []e24
		var cs []int
		last := -1
		for i := 0; i < 3000; i++ {
			s = append(s, e24{})
			if cap(s) != last {
				last = cap(s)
				cs = append(cs, last)
			}
		}
		fmt.Println("e24", cs)
	}
	{
		var s []e40
		var cs []int
		last := -1
		for i := 0; i < 3000; i++ {
			s = append(s, e40{})
			if cap(s) != last {
				last = cap(s)
				cs = append(cs, last)
			}
		}
		fmt.Println("e40", cs)
	}
	{
		var s []e100
		var cs []int
		last := -1
		for i := 0; i < 1000; i++ {
			s = append(s, e100{})
			if cap(s) != last {
				last = cap(s)
				cs = append(cs, last)
			}
		}
		fmt.Println("e100", cs)
	}
	{
		var s []e1000
		var cs []int
		last := -1
		for i := 0; i < 300; i++ {
			s = append(s, e1000{})
			if cap(s) != last {
				last = cap(s)
				cs = append(cs, last)
			}
		}
		fmt.Println("e1000", cs)
	}
	{
		var s []struct{}
		s = append(s, struct{}{}, struct{}{}, struct{}{})
		fmt.Println("empty", cap(s))
	}
	// Appending many at once: the needed length wins when it exceeds double.
	for _, k := range []int{3, 5, 7, 9, 17, 100, 300, 1000} {
		s := make([]int, 2, 2)
		s = append(s, make([]int, k)...)
		b := make([]byte, 5, 5)
		b = append(b, make([]byte, k)...)
		big := make([]int, 300, 300)
		big = append(big, make([]int, k)...)
		fmt.Println("many", k, cap(s), cap(b), cap(big))
	}
}
