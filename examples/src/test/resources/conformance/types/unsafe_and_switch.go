// What minigo supports of package unsafe: Sizeof, Alignof and Offsetof (through a pointer and
// through embedded structs), unsafe.Pointer as a handle and back to the pointer type it came from,
// 64-bit integers read as each other. And two switch rules: a tagless switch compares an
// interface case with true, and duplicate boolean constant cases are allowed (gc checks only
// integer, float and string constants for duplicates).
package main

import (
	"fmt"
	"unsafe"
)

type Point struct {
	X, Y int32
}

type Shape struct {
	ID   int64
	Name string
	Point
	Next *Shape
}

type Celsius float64

func main() {
	var s Shape
	p := &s
	fmt.Println("sizes:", unsafe.Sizeof(s), unsafe.Alignof(s.Point), unsafe.Sizeof(s.Point))
	fmt.Println("offsets:", unsafe.Offsetof(s.Name), unsafe.Offsetof(s.Y), unsafe.Offsetof(p.Y), unsafe.Offsetof(p.Point.Y), unsafe.Offsetof(p.Next))

	up := unsafe.Pointer(p)
	back := (*Shape)(up)
	back.Name = "through unsafe.Pointer"
	fmt.Println(s.Name, back == p, up == unsafe.Pointer(&s), uintptr(up) != 0)

	var handle unsafe.Pointer
	fmt.Println("nil handle:", handle == nil)

	i := int64(-1)
	u := *(*uint64)(unsafe.Pointer(&i))
	fmt.Println("int64 -1 as uint64:", u)
	arr := [3]int64{1, -2, 3}
	e := (*uint64)(unsafe.Pointer(&arr[1]))
	fmt.Println("element as uint64:", *e)
	*e = 7
	fmt.Println("stored through it:", arr)
	var small int32 = -5
	sp := unsafe.Pointer(&small)
	*(*int32)(sp) *= 2
	fmt.Println("int32 there and back:", small)
	temps := []Celsius{21.5}
	f := (*float64)(unsafe.Pointer(&temps[0]))
	*f += 1
	fmt.Println("named float:", temps[0])

	var any interface{} = true
	switch {
	case any:
		fmt.Println("interface case equal to true")
	default:
		fmt.Println("default")
	}
	any = 1
	switch x := any; {
	case x:
		fmt.Println("1 == true?")
	case false:
		fmt.Println("false case")
	default:
		fmt.Println("interface 1 is not true")
	}
	const a, b = 1, 2
	switch {
	case a == 2:
		fmt.Println("a == 2")
	case b == 1:
		fmt.Println("b == 1")
	default:
		fmt.Println("both cases are the constant false")
	}
}
