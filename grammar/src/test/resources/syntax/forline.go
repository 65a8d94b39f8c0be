package main

func main() {
	x := true
	for x
	{
	}
}
