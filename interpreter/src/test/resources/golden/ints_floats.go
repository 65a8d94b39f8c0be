package main

const Big = 1 << 100

func main() {
	var m int64 = -9223372036854775808
	var neg int64 = -1
	println(m/neg, m%neg)
	var m8 int8 = -128
	var n8 int8 = -1
	println(m8 / n8)
	var u uint = 7
	println(u/2, u%2)
	var u64 uint64 = 1<<64 - 1
	println(u64, u64/3, u64>>1, u64 > 5)
	x := -17
	println(x>>1, x/2, x>>2, x/4, x%4)
	var s uint = 70
	println(1<<s, x>>s, uint32(1)<<31)
	var i32 int32 = 2147483647
	i32++
	println(i32)
	var u16 uint16 = 65535
	u16 += 2
	println(u16, ^u16, -u16)
	f := 3.99
	println(int(f), int(-f), int64(1e18))
	var f32 float32 = 0.1
	println(f32, float64(f32), f32*3)
	println(float32(16777216.0) + 1)
	println(Big>>98, 7/2, 7/2.0)
	var b byte = 250
	b += 10
	println(b, string(rune(65)), string(rune(0x4e16)))
	println(0.1+0.2, 1e21, 1e-7)
	var c complex128 = complex(1, 2)
	println(real(c*c), imag(c*c))
	h := uint8(200)
	println(int(h)+100, h+100)
	z := 0
	defer func() { println(recover().(error).Error()) }()
	println(5 / z)
}
