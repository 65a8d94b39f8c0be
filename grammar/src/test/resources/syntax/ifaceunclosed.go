package main

type T interface {
	M() int
	N(
}
