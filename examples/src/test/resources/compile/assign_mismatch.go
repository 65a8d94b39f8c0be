package main

import "fmt"

func main() {
	var n int
	s := "hello"
	n = s
	fmt.Println(n)
}
