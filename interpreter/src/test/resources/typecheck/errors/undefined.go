package main

import "strings"

func main() {
	_ = y
	_ = strings.Foo
	_ = strings.toLower
	z()
}
