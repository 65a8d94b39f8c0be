package main

type T int

func (x T) {}
