// An element literal of []*T or map[K]*T ({...} for &T{...}) is an allocation site of its own.
package main

type point struct{ x, y int }

var sink []*point
var sinkMap map[string]*point

func escapes(i int) {
	sink = []*point{{i, i}, {i + 1, i}}
}

func mapEscapes(i int) {
	sinkMap = map[string]*point{"a": {i, i}}
}

func staysOnStack(i int) int {
	ps := [2]*point{{i, i}, {i, i + 1}}
	return ps[0].x + ps[1].y
}

func main() {
	escapes(1)
	mapEscapes(2)
	println(staysOnStack(3))
}
