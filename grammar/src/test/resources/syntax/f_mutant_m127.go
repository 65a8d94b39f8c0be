package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Tags    []string
	private bool
}

type Wrapper struct {
	P     *Person
	Items map[string]int
}

func main() {
	p := Person{"Alice", 30, Address{"Paris", 75001}, []string{"a", "b"}, true}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%v\n", &p)
	fmt.Printf("%+v\n", &p)
	fmt.Printf("%#v\n", Address{"Rome", 100})
	fmt.Printf("%v %+v\n", []Address{{"A", 1}, {"B", 2}}, []Address{{"C", 3}})
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", map[string]int{"z": 1, "a": 2})
	fmt.Printf("%#v %#v %#v %#v\n", "str", 42, 3.5, true)
	fmt.Printf("%#v %#v\n", []string(nil), map[int]bool(nil))
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%v\n", Wrapper{nil, map[string]int{"b": 2, "a": 1}})
	fmt.Printf("%+v\n", Wrapper{Items: nil})
	var ip *int
	fmt.Printf("%v %+v\n", ip, ip)
	fmt.Printf("%#v\n", [2]bool{true, false})
	fmt.Printf("%v %v\n", [0]int{}, [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%#v\n", interface{}(nil))
	type Inner struct{ X, Y int }
	type Outer struct {
		In  Inner
		A	Arr [2]Inner
	}
	fmt.Printf("%v\n%+v\n", Outer{}, Outer{Inner{1, 2}, [2]Inner{{3, 4}}})
	fmt.Println(&Address{"Oslo", 150}, &[]int{1, 2}, &map[string]int{"k": 1}, &[2]string{"x", "y"})
	fmt.Printf("%v %d\n", &Inner{7, 8}, &Inner{7, 8})
	fmt.Printf("%x %X\n", Inner{255, 16}, []Inner{{10, 11}})
	fmt.Printf("%#v\n", rune('a'))
	fmt.Printf("%#v %#v\n", uint8(3), int64(-3))
}
