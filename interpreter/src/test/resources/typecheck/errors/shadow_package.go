package main

import "fmt"

func main() {
	fmt := 1
	fmt.Println(fmt)
}
