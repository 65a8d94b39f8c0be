package main

type T struct {
	M() int
}
