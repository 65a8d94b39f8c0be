package main

type I interface{ M() }
type J interface {
	M()
	N(int) string
}
type T struct{}

func (*T) M() {}

type V struct{}

func (V) M(int) {}

func main() {
	var i I = T{}
	var j J = &T{}
	var k I = V{}
	var e interface{} = 1
	var n int = e
	var p *I
	i = p
	_, _, _, _ = i, j, k, n
}
