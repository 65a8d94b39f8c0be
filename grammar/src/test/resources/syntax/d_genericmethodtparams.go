package main

type T struct{}

func (T) m[U any]() {}
