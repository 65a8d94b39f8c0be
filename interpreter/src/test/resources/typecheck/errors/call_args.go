package main

func f(a, b int) int { return a }
func h(xs ...int)     {}

func main() {
	f(1)
	f(1, 2, 3)
	f("a", 2)
	h(1, "x")
	var s []string
	h(s...)
}
