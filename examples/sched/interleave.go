// Output that depends on random choices: select between two ready channels, map iteration
// order, and the order in which goroutines run. `minigo run --seed N` makes it repeatable.
package main

import "fmt"

func main() {
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- -i
	}
	out := ""
	for i := 0; i < 40; i++ {
		select {
		case v := <-a:
			out += fmt.Sprint("a", v, " ")
		case v := <-b:
			out += fmt.Sprint("b", v, " ")
		}
	}
	fmt.Println(out)
	m := map[string]int{"x": 1, "y": 2, "z": 3, "w": 4, "v": 5}
	for k := range m {
		fmt.Print(k)
	}
	fmt.Println()
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for j := 0; j < 3; j++ {
				fmt.Print(g)
			}
			done <- true
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	fmt.Println()
}
