package main

func f[T any]() {}

func main() {
	f<int>()
}
