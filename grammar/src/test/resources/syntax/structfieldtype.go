package main

type T struct {
	A
	B int
	C, D
}
