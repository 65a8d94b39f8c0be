package main

type S struct {
	a []int
}

type T struct{ x int }

func main() {
	var s1, s2 S
	_ = s1 == s2
	var t1 T
	var t2 struct{ x int }
	_ = t1 == t2
	var f func()
	switch f {
	case nil:
	}
	var arr [2][]int
	_ = arr == arr
}
