package main

func main() {
	f := func() {
		return
	_ = f
}
