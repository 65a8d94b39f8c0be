package main

func main() {
	var i int
	var s string
	var f float64
	_ = i + s
	_ = s - s
	_ = i % f
	_ = !i
	_ = -s
	_ = i / 0
	_ = f == i
	var sl []int
	_ = sl == sl
	_ = sl == nil
	var m map[int]int
	_ = m == m
}
