// A defined type is not in a constraint's term for its underlying type, only in ~T: Go says so.
// A partially instantiated function in a call infers the rest from the arguments, so the
// argument is checked against the constraint as it is.
package main

type MySlice []int

type Celsius float64

func first[A any, B interface{ []A }](b B) A { return b[0] }

func half[T int | float64](x T) T { return x / 2 }

func main() {
	_ = first[int]([]int{1})
	_ = first[int](MySlice{1})
	_ = half(Celsius(1))
}
