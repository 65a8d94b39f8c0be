package main

type Point struct{ X, Y int }

func (p Point) Sum() int     { return p.X + p.Y }
func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func deferred() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func safe() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "recovered"
		}
	}()
	var a []int
	_ = a[3]
	return "no"
}

func main() {
	x := 7
	y := 3
	println(x+y, x-y, x*y, x/y, x%y, x<<2, x>>1, x&y, x|y, x^y, x&^y)
	var i8 int8 = 127
	i8++
	println(i8)
	var u8 uint8 = 0
	u8--
	println(u8)
	q, r := divmod(17, 5)
	println(q, r)
	p := Point{1, 2}
	p.Scale(3)
	println(p.X, p.Y, p.Sum())
	pp := &p
	pp.Scale(2)
	println(p.X, pp.Sum())
	var s = Sq{3}
	println(s.Area())
	c := counter()
	c()
	c()
	println(c())
	println(deferred())
	println(safe())
	sl := []int{1, 2, 3}
	sl = append(sl, 4, 5)
	println(len(sl), cap(sl), sl[4])
	m := map[string]int{"a": 1}
	m["b"] = 2
	v, ok := m["c"]
	println(len(m), m["b"], v, ok)
	total := 0
	for i, v := range sl {
		total += i * v
	}
	println(total)
	str := "héllo"
	for i, ch := range str {
		print(i, ":", ch, " ")
	}
	println()
	switch x {
	case 1, 2:
		println("small")
	case 7:
		println("seven")
		fallthrough
	default:
		println("default")
	}
	var e interface{} = 42
	switch v := e.(type) {
	case string:
		println("string", v)
	case int:
		println("int", v+1)
	}
	arr := [3]int{1, 2, 3}
	b := arr
	b[0] = 100
	println(arr[0], b[0])
	f := 1.5
	println(f * 2)
	println("a" + "b", str[1:3] == "é", len(str))
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i })
	}
	println(fns[0](), fns[1](), fns[2]())
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println(i, j)
		}
	}
}
