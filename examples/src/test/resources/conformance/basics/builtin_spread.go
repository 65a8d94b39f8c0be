// A call of several results as the only argument of copy, delete, complex and append (also deferred).
package main

import "fmt"

func pair() ([]int, []int) { return make([]int, 3), []int{7, 8, 9, 10} }
func mk() (map[string]int, string) {
	m := map[string]int{"a": 1, "b": 2}
	return m, "a"
}
func parts() (float32, float32) { return 1.5, -2 }
func more() ([]string, string, string) { return []string{"x"}, "y", "z" }

func main() {
	a, b := pair()
	fmt.Println(copy(pair()), a, b)
	m, _ := mk()
	delete(mk())
	fmt.Println(len(m))
	c := complex(parts())
	fmt.Printf("%v %T\n", c, c)
	fmt.Println(append(more()))
	func() {
		d, _ := mk()
		defer fmt.Println("deferred delete done", len(d))
		defer delete(mk())
	}()
	s, _ := pair()
	func() {
		defer copy(pair())
	}()
	fmt.Println(s)
}
