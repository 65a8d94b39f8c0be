package main

func main() {
	for i := range 10 {
	}
	var ch chan int
	for a, b := range ch {
	}
	var x int
	for _, v := range x {
		_ = v
	}
	var s []int
	for i, v := range s {
		_ = i
	}
}
