package main

type I interface {
	x int
}
