package main

type P struct{ X, Y int }

func main() {
	s := "héllo, 世界"
	println(len(s), len([]rune(s)), s[1], s[7:])
	b := []byte(s)
	b[0] = 'H'
	println(string(b[:6]), s < "i", "abc" < "abd")
	r := []rune(s)
	r[0] = 'J'
	println(string(r), string(r[8]))
	for i, c := range "aé世" {
		print(i, "=", c, " ")
	}
	println()
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	println(n, dst[0], dst[2])
	n = copy(src[1:], src)
	println(n, src[0], src[1], src[4])
	arr := [6]int{0, 1, 2, 3, 4, 5}
	t := arr[1:3:4]
	println(len(t), cap(t))
	t = append(t, 10)
	println(arr[3])
	t = append(t, 11)
	t[0] = -1
	println(arr[1], t[0])
	var nilS []int
	println(nilS == nil, len(nilS))
	nilS = append(nilS, 7)
	println(nilS[0], nilS == nil)
	m := map[P]string{{1, 2}: "a"}
	m[P{0, 0}] = "o"
	println(m[P{1, 2}], m[P{0, 0}], len(m))
	delete(m, P{1, 2})
	_, ok := m[P{1, 2}]
	println(ok, len(m))
	cnt := map[string]int{}
	for _, w := range []string{"a", "b", "a"} {
		cnt[w]++
	}
	println(cnt["a"], cnt["b"])
	sum := 0
	for k, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		sum += k * v
	}
	println(sum)
	var iface = map[interface{}]int{1: 1, "one": 2, 1.5: 3}
	println(iface[1], iface["one"], iface[1.5], iface[int64(1)])
	grid := [3][3]int{}
	grid[1][1] = 5
	g2 := grid
	g2[0][0] = 7
	println(grid[0][0], g2[0][0], g2[1][1], grid == g2)
	ps := []*P{{1, 2}, {3, 4}}
	for _, p := range ps {
		p.X *= 10
	}
	println(ps[0].X, ps[1].X)
	vals := []P{{1, 1}, {2, 2}}
	for _, v := range vals {
		v.X = 100
	}
	println(vals[0].X)
	for i := range vals {
		vals[i].X = 100
	}
	println(vals[0].X)
	ptrArr := &[2]string{"a", "b"}
	ptrArr[1] = "z"
	println(len(ptrArr), ptrArr[1])
	sub := src[2:4]
	println(sub[0], len(sub[1:3]))
	defer func() { println(recover().(error).Error()) }()
	k := 5
	println(sub[:k])
}
