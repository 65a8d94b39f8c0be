package main

func main() {
	if true {
	} else {
	} else {
	}
}
