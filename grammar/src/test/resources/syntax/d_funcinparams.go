package main

func f(g func(int) int, h) {}
