package main

import "time"

func boom(n int) {
	if n == 0 {
		panic("boom in goroutine")
	}
	boom(n - 1)
}

func main() {
	go boom(2)
	time.Sleep(time.Second)
}
