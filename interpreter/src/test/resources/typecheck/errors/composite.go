package main

type P struct{ x, y int }

func main() {
	_ = P{1}
	_ = P{1, 2, 3}
	_ = P{x: 1, 2}
	_ = P{z: 1}
	_ = P{x: 1, x: 2}
	_ = [2]int{1, 2, 3}
	_ = map[string]int{"a": 1, "a": 2}
	_ = []int{"a"}
	_ = map[string]int{1: 1}
}
