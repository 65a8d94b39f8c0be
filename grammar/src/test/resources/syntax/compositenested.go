package main

func main() {
	x := [][]int{{1, 2}, {3, 4}
	_ = x
}
