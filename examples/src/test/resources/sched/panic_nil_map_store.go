// A run-time error raised inside the runtime's own code (a store into a nil map), in a
// one-statement case body of a callee: the top frame's line is the statement's, not the function's.
package main

import "fmt"

func record(m map[string]int, key string, kind int) {
	fmt.Println("recording", key)
	switch kind {
	case 0:
		fmt.Println("skipped")
	case 1:
		m[key]++
	}
}

func main() {
	var counts map[string]int
	record(counts, "a", 0)
	record(counts, "b", 1)
}
