package main

func main() {
	y := else
}
