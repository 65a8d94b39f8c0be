package main

func main() {
	var a [3]int
	_ = a[5]
	_ = a[-1]
	var s []int
	_ = s["x"]
	var i int
	_ = i[0]
	_ = "abc"[10]
	_ = a[1:5]
	_ = s[2:1]
	_ = "abc"[1:2:3]
}
