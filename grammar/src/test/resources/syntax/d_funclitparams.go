package main

func main() {
	f := func(a int b int) {}
}
