package main

import "fmt"

func worker(c chan int) {
	c <- 1
	select {}
}

func main() {
	c := make(chan int)
	go worker(c)
	<-c
	fmt.Println("got")
	var m chan int
	go func() {
		m <- 2
	}()
	<-c
}
