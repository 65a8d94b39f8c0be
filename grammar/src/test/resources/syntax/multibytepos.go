package main

func main() {
	s := "héllo" x
}
