// An integer division by zero in a multi-line function: the panic's frame names the division's line.
package main

import "fmt"

func ratio(a, b int) int {
	if a < 0 {
		a = -a
	}
	q := a / b
	return q
}

func main() {
	fmt.Println(ratio(6, 3))
	fmt.Println(ratio(-6, 0))
}
