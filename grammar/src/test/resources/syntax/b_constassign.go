package main

func main() {
	const x := 1
}
