package main

func main() {
	for a, b, c := range []int{} {
		_, _, _ = a, b, c
	}
}
