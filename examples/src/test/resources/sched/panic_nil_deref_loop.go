// A nil pointer dereference (a Java NullPointerException inside the interpreter) in a loop body
// is a Go run-time error at the line of the statement that failed, not the function's.
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
