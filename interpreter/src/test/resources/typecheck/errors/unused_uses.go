package main

func main() {
	x := 0
	x++
	y := 0
	y += 1
	z := []int{}
	z[0] = 1
	var p struct{ a int }
	p.a = 2
	var q *int
	*q = 3
	var m map[int]int
	m[1] = 2
	w := 1
	w = 2
}
