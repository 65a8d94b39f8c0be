// A package variable initialised through a method waits for the variables the method uses:
// methods count as dependencies in the initialization order, as functions do.
package main

import "fmt"

type S struct{ v int }

func (s *S) set() { s.v = table[1] }

func mk() *S {
	var s S
	s.set()
	return &s
}

var g = mk()

var table = [3]int{1, 2, 3}

func main() { fmt.Println(g.v) }
