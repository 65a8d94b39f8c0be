package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

type U struct{}

func main() {
	var e error
	_ = e.(string)
	var x int
	_ = x.(int)
	var i I
	_ = i.(T)
	_ = i.(U)
	_ = i.(*T)
}
