package main

func f(a int, b) {}

func main() {
	x := 
}
