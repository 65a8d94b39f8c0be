package main

func main() {
	var x := 1
}
