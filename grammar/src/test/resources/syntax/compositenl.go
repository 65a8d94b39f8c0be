package main

type P struct{ X, Y int }

var p = P{
	X: 1,
	Y: 2
}
