package main

import "fmt" // ok

func main() {
	fmt.Println("x"))
}
