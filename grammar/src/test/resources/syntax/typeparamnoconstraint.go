package main

func f[T](x T) {}
