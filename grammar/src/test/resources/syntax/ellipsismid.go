package main

func f(x ...int) {}

func main() {
	y := []int{}
	f(y...y)
}
