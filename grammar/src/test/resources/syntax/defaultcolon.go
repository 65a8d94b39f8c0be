package main

func main() {
	switch {
	default
	}
}
