package main

type T struct{}

func main() {
	x := T{}
	if x == T{} {
	}
}
