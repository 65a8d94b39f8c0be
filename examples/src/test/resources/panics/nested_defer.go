package main

import "fmt"

func f() {
	defer fmt.Println("defer in f")
	var a []int
	_ = a[0]
}

func main() {
	defer fmt.Println("defer in main")
	f()
}
