package main

type Animal interface{ Sound() string }

type Base struct{ name string }

func (b *Base) Name() string { return b.name }

type Dog struct {
	Base
	age int
}

func (d Dog) Sound() string { return "woof" }

type Cat struct{ *Base }

func main() {
	var a Animal = Dog{}
	var b Animal = Cat{}
	d := Dog{}
	_ = d.Name()
	_ = Dog{}.Name()
	_ = d.nam
	var c Cat
	_ = c.Sound()
	_, _ = a, b
}
