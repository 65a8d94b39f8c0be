// len and cap of a pointer to an array are the array's length, even through a nil pointer; when
// the operand has a call or a receive they are not constants, and the call still runs. Ranging
// over a nil *[N]T gives the indices; reading its elements fails.
package main

import "fmt"

var calls int

func grid() *[4][3]int {
	calls++
	return nil
}

func main() {
	var p *[5]string
	fmt.Println(len(p), cap(p))
	fmt.Println(len(grid()), len(grid()[0]), cap(grid()), calls)

	ch := make(chan *[7]byte, 1)
	ch <- nil
	fmt.Println("received:", len(<-ch), "left:", len(ch))

	sum := 0
	for i := range p {
		sum += i
	}
	fmt.Println("indices of a nil array pointer:", sum)
	for i := 0; i < len(p); i++ {
		sum += i
	}
	fmt.Println("again by len:", sum)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	for i, s := range p {
		fmt.Println(i, s)
	}
}
