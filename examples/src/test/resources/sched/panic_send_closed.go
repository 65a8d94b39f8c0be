// A send on a closed channel as the lone statement of an if body (no block names it): the send
// itself gives the traceback its line.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	fmt.Println("closed")
	for i := 0; i < 3; i++ {
		if i == 1 {
			ch <- i
		}
	}
}
