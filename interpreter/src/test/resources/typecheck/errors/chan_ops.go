package main

func main() {
	var r <-chan int
	var s chan<- int
	r <- 1
	<-s
	var x int
	x <- 1
	<-x
	close(r)
}
