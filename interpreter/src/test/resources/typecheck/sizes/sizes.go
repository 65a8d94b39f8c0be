package main

import (
	"fmt"
	"unsafe"
)

type Small struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	a, b, c bool
	d       int16
	e       int32
}

type Tail struct {
	x int32
	z struct{}
}

type Mixed struct {
	s  string
	sl []int
	i  interface{}
	m  map[int]int
	p  *int
	f  func()
	ch chan int
	c  complex64
	cc complex128
	a  [3]uint16
	u8 uint8
}

type Empty struct{}

type Nested struct {
	a byte
	s Small
	b byte
}

func main() {
	var s Small
	var p Packed
	var t Tail
	var m Mixed
	var n Nested
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.a), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c))
	fmt.Println(unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.d), unsafe.Offsetof(p.e))
	fmt.Println(unsafe.Sizeof(t), unsafe.Alignof(t), unsafe.Offsetof(t.z))
	fmt.Println(unsafe.Sizeof(m), unsafe.Alignof(m), unsafe.Offsetof(m.sl), unsafe.Offsetof(m.i), unsafe.Offsetof(m.m), unsafe.Offsetof(m.c), unsafe.Offsetof(m.cc), unsafe.Offsetof(m.a), unsafe.Offsetof(m.u8))
	fmt.Println(unsafe.Sizeof(Empty{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof([4]Small{}), unsafe.Alignof(m.c))
	fmt.Println(unsafe.Sizeof(n), unsafe.Offsetof(n.s), unsafe.Offsetof(n.b))
	fmt.Println(unsafe.Sizeof(int(0)), unsafe.Sizeof(uintptr(0)), unsafe.Sizeof(""), unsafe.Sizeof(true), unsafe.Sizeof(1.5), unsafe.Sizeof('x'))
}
