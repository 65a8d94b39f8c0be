package main

func f() {
	x := 1
	_ = x

func main() {
}
