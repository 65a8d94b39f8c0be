// go and defer of a variadic call: each argument is converted at the statement, the ... slice is made in the wrapper and does not escape.
package main

import "fmt"

func main() {
	x, y := 1, "s"
	defer fmt.Println(x, "a", y, len(y))
	go fmt.Println(y, x)
	fmt.Println(x, "a", y, len(y))
}
