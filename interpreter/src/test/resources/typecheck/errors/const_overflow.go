package main

func main() {
	var a int8 = 300
	var b uint = -1
	var c int = 1.5
	const d byte = 255
	const e = d + 1
	var f = int8(200)
	_, _, _, _ = a, b, c, f
}
