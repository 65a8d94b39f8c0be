// An initialization loop through a method.
package main

type T struct{}

func (T) m() int { return x }

var x = T{}.m()

func main() { println(x) }
