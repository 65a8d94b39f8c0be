package main

type I interface {
	fmt.
}
