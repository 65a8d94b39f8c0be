package main

func main() {
	ch := make(chan int)
	select {
	case x := <-ch:
	case ch <- "a":
	default:
	}
}
