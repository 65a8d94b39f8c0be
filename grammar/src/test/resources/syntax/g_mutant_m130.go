package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Logger struct{ prefix string }

func (l Logger) Log(msg string) string { return l.prefix + msg }

type Service struct {
	*Logger
	Animal
	Name string


type Speaker interface{ Sound() string }

func main() {
	d := Dog{Animal{"Rex", 4}, "Lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	var s Speaker = d
	fmt.Println(s.Sound())
	s = d.Animal
	fmt.Println(s.Sound())
	svc := Service{&Logger{"[svc] "}, Animal{"Cat", 4}, "outer"}
	fmt.Println(svc.Log("started"), svc.Name, svc.Animal.Name)
	svc.prefix = "[new] "
	fmt.Println(svc.Logger.Log("changed"))
	fmt.Printf("%+v\n", d)
	fmt.Printf("%v\n", d)
	d2 := d
	d2.Legs = 3
	fmt.Println(d.Legs, d2.Legs, d == d2)
	type Named struct{ Name string }
	type Wrapper struct {
		Named
		Animal
	}
	w := Wrapper{Named{"n"}, Animal{"a", 2}}
	fmt.Println(w.Named.Name, w.Animal.Name, w.Legs)
}
