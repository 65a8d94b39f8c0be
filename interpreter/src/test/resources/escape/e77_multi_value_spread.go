// f(g()) and return g() with several results: Go declares a temporary per result first.
package main

//go:noinline
func two() (int, bool) { return 1, true }

func a() {
	println(two())
}

func b() {
	x, y := two()
	println(x, y)
}

func c() int {
	return add(two2())
}

//go:noinline
func two2() (int, int) { return 1, 2 }

//go:noinline
func add(a, b int) int { return a + b }

func main() {
	a()
	b()
	c()
}
