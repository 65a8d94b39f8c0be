package main

func main() {
	var s string
	_ = int(s)
	_ = string(1.5)
	_ = int8(300)
	_ = byte(256)
	var f float64
	_ = []byte(f)
	_ = int()
	_ = int(1, 2)
	const c int8 = 100
	_ = c * 3
}
