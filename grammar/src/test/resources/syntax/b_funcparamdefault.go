package main

func f(x int = 1) {}
