package main

type Code string

func main() {
	panic(Code("E42"))
}
