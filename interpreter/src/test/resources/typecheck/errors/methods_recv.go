package main

type P *int
type I interface{ M() }

func (p P) M() {}
func (i I) N() {}

type T struct{}

func (t T) M()  {}
func (t *T) M() {}

func main() {}
