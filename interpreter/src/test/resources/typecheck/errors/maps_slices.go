package main

func main() {
	m := map[string]int{}
	m[1] = 2
	v, ok := m["a"]
	var s []int
	s.x = 1
	s = append(s, "a")
	s = append(s, []int{1}...)
	s = append(s, 1, 2.5)
	_ = copy(s, "abc")
	var b []byte
	b = append(b, "abc"...)
	_ = ok
	_ = m[[]int{}]
	var k map[[]int]bool
	_ = k
}
