package main

import "fmt"

const (
	a = iota
	b
	c = "x"
	d
)

var v = 1

const e = v
const f int = "s"
const g, h = 1

func main() {
	const x = 10
	x++
	fmt.Println(a, b, c, d)
}
