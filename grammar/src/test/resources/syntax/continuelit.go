package main

func main() {
	for {
		continue 5
	}
}
