package main

import "fmt"

// After an error, the checker drops follow-on errors about operands of invalid type
// (go/types reports no message that mentions "invalid type" past its start).

type Factory struct {
	make Maker // undefined: the field's type is invalid
	n    int
}

func main() {
	var f Factory
	v, err := f.make()
	var g func() = f.make
	fmt.Println(v, err, g, f.n+"x")
}
