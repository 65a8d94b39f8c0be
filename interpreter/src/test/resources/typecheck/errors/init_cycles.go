package main

var x = f()

func f() int { return x }

type A [2]A

type L struct {
	next *L
	arr  [1]L
}

type I interface {
	M() I
	M()
}

var p, q = r, 1
var r = p

func main() {}
