// A method may not share a field's name, also on a type whose underlying type comes from a
// type still being declared (Link gets Node's struct, and its field Next).
package main

type Node struct{ Next *Link }
type Link Node

func (l Link) Next() {}

func main() {}
