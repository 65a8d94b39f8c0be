package main

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return 2 * x }

func main() {
	_ = apply(double, "3")
	_ = apply(func(x string) int { return 0 }, 1)
	g := double
	g = func(x int) string { return "" }
	var h func()
	h()
	_ = h == nil
	_ = h == g
}
