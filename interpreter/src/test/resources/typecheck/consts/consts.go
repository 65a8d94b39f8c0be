package main

import "fmt"

const (
	A = iota * 10
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const big = 1 << 100
const huge = big * big

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB)
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(big>>98, huge>>199, big%7)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7&^5, 6|9, 6^3, ^0, ^uint8(1), -(-128))
	fmt.Println('a'+1, 'z'-'a', "con"+"cat", len("héllo"))
	fmt.Println(1<<62, uint64(1<<63), int8(-128), uint16(65535))
	fmt.Println(10/3.0 == 10.0/3, 1e3 == 1000, 0x10, 0o17, 0b101, 1_000_000)
	fmt.Println(true && !false, 3 < 4, "a" < "b", 2.5 > 2)
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
}
