package main

type L[T any] []T

var x L[]
