package main

func main() {
	x := 1
	x := 2
	1 + 2
	var m map[string]struct{ a int }
	m["a"].a = 3
	s := "abc"
	s[0] = 'x'
	if x {
	}
	for x {
	}
	const c = 10
	c = 5
	x++
	s++
}
