package main

func main() {
	switch {
	case true
		println()
	}
}
