package main

import (
	"fmt"
	"sync"
)

// Every goroutine blocks in a different way; Go's dump lists each with its wait reason.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	c := make(chan int, 1)
	c <- 1
	mu.Lock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock()
	}()
	go func() {
		defer wg.Done()
		c <- 2
	}()
	fmt.Println("waiting")
	wg.Wait()
}
