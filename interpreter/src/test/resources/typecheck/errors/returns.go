package main

func g() int {
	return
}
func h() {
	return 1
}
func k() (x int) {
	{
		x := 2
		_ = x
		return
	}
}
func m() (int, string) {
	return 1
}
func n() (int, string) {
	return "a", 1
}
func main() {}
