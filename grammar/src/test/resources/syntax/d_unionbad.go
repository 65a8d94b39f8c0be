package main

type C interface {
	int |
}
