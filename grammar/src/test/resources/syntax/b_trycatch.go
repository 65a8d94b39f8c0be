package main

func main() {
	try {
	} catch (e) {
	}
}
