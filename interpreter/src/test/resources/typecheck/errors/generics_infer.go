package main

func Sum[T int | float64](xs ...T) T { var z T; return z }

type Number interface{ ~int | ~float64 }

func Max[T Number](a, b T) T { return a }

func main() {
	_ = Sum("a")
	_ = Max(1, 2.5)
	_ = Max[string]
	var x int = 1
	var y float64 = 2
	_ = Max(x, y)
}
