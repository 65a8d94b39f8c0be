// The concurrent prime sieve: a chain of goroutines, one per prime found, each passing on only
// the numbers its prime does not divide. Every channel is unbuffered, so each number travels the
// chain hand to hand, one goroutine waking the next.
package main

import "fmt"

// generate sends 2, 3, 4, ... on ch.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies what arrives on in to out, dropping multiples of prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	for i := 0; i < 25; i++ {
		prime := <-ch
		fmt.Print(prime, " ")
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Println()
	// main returns while 26 goroutines are still blocked: they die with the program, as in Go.
}
