package main

type Val struct{ n int }

func (v Val) Show()   { println("value receiver sees", v.n) }
func (v *Val) PShow() { println("pointer receiver sees", v.n) }

func counter() (c int) {
	defer func() { c *= 10 }()
	defer func(x int) { c += x }(c + 5)
	c = 1
	return c + 1
}

func notDirect() {
	defer func() {
		helper := func() interface{} { return recover() }
		println("helper recover nil:", helper() == nil)
	}()
	defer func() {
		r := recover()
		println("direct recover:", r.(string))
	}()
	panic("inner")
}

func replaced() {
	defer func() { println("outer recover:", recover().(string)) }()
	defer func() { panic("second") }()
	panic("first")
}

func divide(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error).Error()
		}
	}()
	return a / b, ""
}

func main() {
	x := 1
	defer println("deferred x (arg):", x)
	defer func() { println("deferred x (closure):", x) }()
	x = 2
	v := Val{1}
	defer v.Show()
	defer v.PShow()
	v.n = 42
	println("counter:", counter())
	for i := 0; i < 3; i++ {
		defer func() { print("closure i=", i, " ") }()
	}
	for i := 0; i < 3; i++ {
		defer func(n int) { print("arg i=", n, " ") }(i)
	}
	notDirect()
	replaced()
	q1, e1 := divide(7, 2)
	println(q1, e1)
	q2, e2 := divide(7, 0)
	println(q2, e2)
	var arr [4]int
	idx := 4
	func() {
		defer func() { println(recover().(error).Error()) }()
		arr[idx] = 1
	}()
	var mp map[string]int
	func() {
		defer func() { println(recover().(error).Error()) }()
		mp["a"] = 1
	}()
	var e interface{} = "str"
	func() {
		defer func() { println(recover().(error).Error()) }()
		_ = e.(int)
	}()
	println("main returns")
}
