package main

func main() {
	f := func() {
		x := 1
		y := 2
		_ = y
	}
	f()
	z := 3
	func() {
		z = 4
	}()
}
