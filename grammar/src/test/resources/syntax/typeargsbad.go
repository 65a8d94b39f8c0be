package main

type L[T any] struct{}

var x L[int
