package main

type T struct {
	A int `x` `y`
}
