// A nil pointer dereference (a Java NullPointerException inside the interpreter) and an integer
// division by zero are Go run-time errors at the line of the statement that failed.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func sum(n *node, limit int) int {
	total := 0
	for i := 0; i < limit; i++ {
		total += n.val
		n = n.next
	}
	return total
}

func main() {
	list := &node{1, &node{2, nil}}
	fmt.Println(sum(list, 2))
	fmt.Println(sum(list, 3))
}
