package main

func main() {
	go go f()
}
