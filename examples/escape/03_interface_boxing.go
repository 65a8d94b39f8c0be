// Rule: converting a value to an interface may allocate, and fmt.Println's
// arguments are converted to interfaces that escape.
//
// fmt.Println takes ...any. Each argument is converted to an interface value,
// and fmt keeps those interfaces in ways the compiler cannot bound (reflection,
// storing into its printer), so the converted values escape to the heap:
// "x escapes to heap". The slice that carries the variadic arguments itself
// does not escape, so it stays on main's stack: "... argument does not escape".
//
// The builtin println takes no interfaces: printing n with it allocates nothing
// (it writes to standard error, not standard output).
//
// See it: go build -gcflags=-m 03_interface_boxing.go
package main

import "fmt"

func main() {
	x := 42
	s := "boxed"
	fmt.Println(x, s) // x and s are boxed into interfaces that escape
	n := 7
	println(n) // the builtin println: no interface, no escape
}
