package main

import "fmt"

func main() {
	results := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i * i
		}
	}()
	sum := 0
	for i :}= 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("sum of three squares:", sum)
	fmt.Println("waiting for a fourth value that never comes")
	extra := <-results
	fmt.Println("unreachable", extra)
}
