// Comparisons with nil on the left are bools like any other comparison: they can initialise a
// variable, be passed as an argument or combined.
package main

import "fmt"

type Shape interface{ Area() float64 }

var empty = nil == interface{}(nil)

func main() {
	var s Shape
	var p *int
	isNil := nil == s
	fmt.Println(empty, isNil, nil == p, nil != p || false)
	fmt.Println(fmt.Sprint(nil == interface{}(nil)), fmt.Sprintf("%v", nil != []int(nil)))
}
