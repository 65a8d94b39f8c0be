package main

func main() {
	x := range []int{}
}
