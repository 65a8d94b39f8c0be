package main

func main() {
	return if
}
