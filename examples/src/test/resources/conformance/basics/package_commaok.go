// Package-level variables initialised from the comma-ok forms (map index, type assertion,
// receive) and from a call with several results, in dependency order.
package main

import "fmt"

type Celsius float64

var (
	table      = map[string]int{"one": 1}
	one, found = table["one"]
	two, has2  = table["two"]

	boxed        interface{} = Celsius(21.5)
	temp, isTemp = boxed.(Celsius)
	_, isInt     = boxed.(int)

	ready      = fill()
	got, open  = <-ready
	last, more = <-ready

	q, r = divmod(17, 5)
	calls int
)

func fill() chan string {
	c := make(chan string, 1)
	c <- "sent"
	close(c)
	return c
}

func divmod(a, b int) (int, int) {
	calls++
	return a / b, a % b
}

func main() {
	fmt.Println(one, found, two, has2)
	fmt.Println(temp, isTemp, isInt)
	fmt.Printf("%q %v %q %v\n", got, open, last, more)
	fmt.Println(q, r, calls)
}
