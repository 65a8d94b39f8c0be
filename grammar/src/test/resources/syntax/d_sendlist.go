package main

func main() {
	c, d := make(chan int), make(chan int)
	c, d <- 1
}
