// math/bits over edge values: counts, lengths, rotations, reversals, and the double-width
// arithmetic with its carries, borrows and the panics of Div.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			err, isErr := e.(error)
			_, isRuntime := e.(interface{ RuntimeError() })
			fmt.Printf("%s: panic %v (%T) error=%v runtime=%v\n", name, e, e, isErr && err != nil, isRuntime)
		}
	}()
	f()
}

func main() {
	for _, x := range []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xdeadbeef, 1 << 63, math.MaxUint64, 0x0123456789abcdef} {
		fmt.Println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 13), bits.RotateLeft64(x, -7))
		fmt.Println(" ", bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)), bits.OnesCount32(uint32(x)), bits.Len32(uint32(x)),
			bits.Reverse32(uint32(x)), bits.ReverseBytes32(uint32(x)), bits.RotateLeft32(uint32(x), 5), bits.RotateLeft32(uint32(x), -33))
		fmt.Println(" ", bits.LeadingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)), bits.OnesCount16(uint16(x)), bits.Len16(uint16(x)),
			bits.Reverse16(uint16(x)), bits.ReverseBytes16(uint16(x)), bits.RotateLeft16(uint16(x), 3))
		fmt.Println(" ", bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)), bits.OnesCount8(uint8(x)), bits.Len8(uint8(x)),
			bits.Reverse8(uint8(x)), bits.RotateLeft8(uint8(x), -1))
		fmt.Println(" ", bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Len(uint(x)), bits.Reverse(uint(x)), bits.ReverseBytes(uint(x)), bits.RotateLeft(uint(x), 1))
	}
	fmt.Println(bits.UintSize)
	for _, p := range [][2]uint64{{0, 0}, {1, math.MaxUint64}, {math.MaxUint64, math.MaxUint64}, {1 << 63, 1 << 63}, {0xdeadbeefcafe, 0x123456789}} {
		s, c := bits.Add64(p[0], p[1], 1)
		d, b := bits.Sub64(p[0], p[1], 1)
		hi, lo := bits.Mul64(p[0], p[1])
		fmt.Println(s, c, d, b, hi, lo)
		s32, c32 := bits.Add32(uint32(p[0]), uint32(p[1]), 1)
		d32, b32 := bits.Sub32(uint32(p[0]), uint32(p[1]), 0)
		h32, l32 := bits.Mul32(uint32(p[0]), uint32(p[1]))
		fmt.Println(" ", s32, c32, d32, b32, h32, l32)
	}
	for _, t := range [][3]uint64{{0, 100, 7}, {1, 0, 3}, {5, 12345, 1 << 40}, {math.MaxUint64 - 1, math.MaxUint64, math.MaxUint64}, {0x1234, 0x56789abcdef, 0xffffffff12345}} {
		q, r := bits.Div64(t[0], t[1], t[2])
		fmt.Println("div64", q, r, bits.Rem64(t[0], t[1], t[2]))
	}
	q32, r32 := bits.Div32(3, 7, 10)
	fmt.Println("div32", q32, r32, bits.Rem32(30, 7, 10), bits.Rem64(30, 7, 10))
	try("div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("div32 overflow", func() { bits.Div32(5, 1, 3) })
	try("rem64 by zero", func() { bits.Rem64(1, 1, 0) })
}
