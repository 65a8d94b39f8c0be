package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.Goexit ends only its goroutine, after its deferred calls; recover sees nil meanwhile.
func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println("recover during Goexit:", recover())
		}()
		defer fmt.Println("deferred in goroutine")
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	wg.Wait()
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
