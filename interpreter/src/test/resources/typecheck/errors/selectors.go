package main

type T struct{ x int }

func (t *T) P() {}
func (t T) V()  {}

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func main() {
	var t T
	_ = t.y
	_ = t.X
	T{}.P()
	var c C
	_ = c.X
	var p *interface{}
	_ = p.M
	t.z()
}
