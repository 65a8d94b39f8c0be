package main

func main() {
	goto for
}
