package main

func foo(a, b int) {}

func main() {
	foo(1,
		2
	)
}
