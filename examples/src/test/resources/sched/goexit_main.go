package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main deferred")
	go func() {
		defer fmt.Println("goroutine deferred")
		func() {
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	runtime.Gosched()
	fmt.Println("main Goexit")
	runtime.Goexit()
}
