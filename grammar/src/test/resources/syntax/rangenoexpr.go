package main

func main() {
	for range {
	}
}
