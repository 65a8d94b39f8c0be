package main

func two() (int, string) { return 1, "a" }
func none()              {}

func take(a int, b string) {}

func main() {
	take(two())
	x := none()
	var y int = two()
	_ = two() + 1
	take(two(), 1)
	_, _ = x, y
}
