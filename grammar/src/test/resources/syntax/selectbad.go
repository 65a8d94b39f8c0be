package main

func main() {
	select {
	case x:
	}
}
