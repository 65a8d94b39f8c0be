package main

var x int = "s"

func f() {}
func f() {}

type A B
type B A

type T struct{ t T }

type U struct{ x int }

func (U) x() {}
func (int) Bad() {}

var a = b
var b = a

func main() {}
