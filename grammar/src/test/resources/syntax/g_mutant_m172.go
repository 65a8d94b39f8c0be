package main

import "fmt"

func generate(ch chan<- int) {
	for ir i := 2; ; i++ {
		ch <- i
	}
}

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
	primes := make([]int, 0, 100)
	for i := 0; i < 100; i++ {
		prime := <-ch
		primes = append(primes, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	for i := 0; i < 100; i += 10 {
		fmt.Println(primes[i : i+10])
	}
	sum := 0
	for _, p := range primes {
		sum += p
	}
	fmt.Println("sum of first 100 primes:", sum, "last:", primes[99])
}
