package main

func main() {
	x := true ? 1 : 2
}
