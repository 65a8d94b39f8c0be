// A constant given to panic is converted at the call, any other value at itself.
package main

const C = "c"

type E string

func f(i int) {
	if i == 1 {
		panic(C)
	}
	if i == 2 {
		panic(1 + 2)
	}
	if i == 3 {
		panic(E("x"))
	}
	if i == 4 {
		panic(("y"))
	}
}

func main() {
	f(0)
}
