package main

type E struct{ A int }

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return a.Name }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Num int

func (n Num) Add(m Num) Num { return n + m }

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }
func (l *List[T]) Len() int { return len(l.items) }

func level3() {
	defer println("level3 defer")
	panic("original")
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			println("level2 caught")
			panic("re-panic")
		}
	}()
	level3()
}

func level1() (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "converted"
		}
	}()
	level2()
	return "none"
}

func main() {
	d := Dog{Animal{"Rex", 4}, "Lab"}
	println(d.Name, d.Legs, d.Describe())
	d.Rename("Max")
	println(d.Name, d.Animal.Name)
	add := Num.Add
	println(add(3, 4))
	five := Num(5)
	f := five.Add
	println(f(10))
	println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}))
	var l List[string]
	l.Push("a")
	l.Push("b")
	println(l.Len())
	println(level1())
	x := 10
	p := &x
	*p = 20
	println(x)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 50
	println(arr[1])
	s := struct{ F int }{1}
	fp := &s.F
	*fp = 42
	println(s.F)
	var m map[string]int
	println(m["x"], len(m))
	defer println("deferred in main")
	var a []int
	i := 5
	println(a[i])
}
