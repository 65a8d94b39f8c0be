package main

import "fmt"

type T struct{ a int }

func main() {
	var p *T
	_ = p.b
	_ = *p.a
	x := 3
	_ = &x.y
	_ = &3
	var arr [2]int
	_ = arr[1:5]
	s := "abc"
	s.len()
	fmt.Println(len)
	_ = 1.0 / 0
	var f float64
	_ = f % 2
	_ = "a" * 2
	var u uint
	_ = u < -1
}
