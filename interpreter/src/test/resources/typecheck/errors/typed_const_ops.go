package main

type Celsius float64
type Meters int

func main() {
	var c Celsius = 10
	var m Meters = 5
	_ = c + m
	_ = c + 1.5
	_ = m * 2.5
	var u uint8 = 255
	_ = u + 1
	_ = u << 8
	const big = 1 << 64
	_ = big
	var x int = big
	_ = x
	var s uint = 2
	var f float64 = 1 << s
	_ = f
}
