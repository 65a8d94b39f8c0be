package main

type T struct{ A int }

func main() {
	t := T{A = 1}
}
