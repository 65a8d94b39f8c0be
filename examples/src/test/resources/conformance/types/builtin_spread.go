package main

import (
	"fmt"
	"os"
)

// print and println take a multi-valued call as their only argument (as a function
// call f(g()) does); here the results come from generic type assertions.

func as[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

type pt struct{ x, y int }

func main() {
	v, ok := as[pt](pt{1, 2})
	fmt.Println(v, ok)
	defer os.Exit(3) // the golden test sees the first line of stderr of a failing program
	defer println(as[string](7))
	print(as[int](42))
	print(" ")
	print(as[float64](42))
	print(" ")
	println(as[string]("s"))
}
