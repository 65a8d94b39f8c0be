package main

import "fmt"

func f() (int, error) { return 0, nil }

func main() {
	x, err := f()
	if err != nil {
		x, err := f()
		fmt.Println(x)
	}
	var y int
	y = 5
	for i := 0; i < 3; i++ {
		i := i
	}
	fmt.Println(x)
}
