package main

import "fmt"

type I interface{ M() }
type T struct{}

func main() {
	var i interface{} = 1
	switch y := i.(type) {
	case int:
	}
	switch z := i.(type) {
	case int, string:
		fmt.Println(z)
	case int:
	}
	var j I
	switch j.(type) {
	case T:
	}
	var n int
	switch n.(type) {
	}
}
