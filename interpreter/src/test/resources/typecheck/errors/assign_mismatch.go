package main

func f() (int, int) { return 1, 2 }

func main() {
	var s string
	var i int
	i = s
	a, b := 1
	c := f()
	var d, e int = f(), 1
	_, _, _, _, _ = a, b, c, d, e
}
