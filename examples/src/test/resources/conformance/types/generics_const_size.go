package main

import (
	"fmt"
	"unsafe"
)

// Constants converted to a type parameter, and unsafe.Sizeof/Alignof/Offsetof of
// operands whose type involves a type parameter: each instance gets its own value.

type Number interface {
	~int8 | ~uint16 | ~int | ~float32 | ~float64 | ~complex64 | ~complex128
}

func consts[T Number]() []T {
	return []T{T(0), T(7), T(2.0), T('a')}
}

type Imag interface{ ~complex64 | ~complex128 }

func imag1[T Imag]() T { return T(-1i) + T(0.5) }

type Text interface{ ~string }

func text[T Text]() T { return T("go") + T(rune(0x4e16)) }

type Pair[K, V any] struct {
	k    K
	flag bool
	v    V
}

func (p *Pair[K, V]) offsets() (uintptr, uintptr) {
	return unsafe.Offsetof(p.flag), unsafe.Offsetof(p.v)
}

func sizes[T any](x T) (uintptr, uintptr) {
	var arr [3]T
	return unsafe.Sizeof(x), unsafe.Sizeof(arr) + unsafe.Alignof(x)
}

type MyC complex64

func main() {
	fmt.Println(consts[int8](), consts[uint16](), consts[float32]())
	fmt.Println(consts[complex64](), consts[complex128]())
	fmt.Println(imag1[complex128](), imag1[MyC]())
	fmt.Println(text[string]())

	fmt.Println(sizes(int8(1)))
	fmt.Println(sizes("s"))
	fmt.Println(sizes(struct {
		a int32
		b bool
	}{}))
	fmt.Println(sizes[any](nil))

	var p1 Pair[int8, int64]
	var p2 Pair[string, [3]byte]
	fmt.Println(p1.offsets())
	fmt.Println(p2.offsets())
	fmt.Println(unsafe.Offsetof(p1.v), unsafe.Sizeof(p2))

	// a constant converted to unsafe.Pointer is not a constant
	np := (*Pair[int8, int64])(unsafe.Pointer(uintptr(0)))
	fmt.Println(np == nil)
}
