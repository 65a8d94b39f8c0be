package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point     { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) String() string        { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Scale(k int)          { p.X *= k; p.Y *= k }
func (p Point) unexported() int       { return 0 }
func (p Point) Sum(xs ...int) (s int) {
	s = p.X + p.Y
	for _, x := range xs {
		s += x
	}
	return
}

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }
func (s Square) Name() string   { return "square" }

func divmod(a, b int) (int, int, error) {
	if b == 0 {
		return 0, 0, errors.New("division by zero")
	}
	return a / b, a % b, nil
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func describe(x any) string { return fmt.Sprintf("%T:%v", x, x) }

func tryCall(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func vals(xs ...any) []reflect.Value {
	out := make([]reflect.Value, len(xs))
	for i, x := range xs {
		out[i] = reflect.ValueOf(x)
	}
	return out
}

func main() {
	// plain functions, several results
	out := reflect.ValueOf(divmod).Call(vals(17, 5))
	fmt.Println(len(out), out[0].Int(), out[1].Int(), out[2].IsNil(), out[0].CanSet(), out[0].CanAddr())
	out = reflect.ValueOf(divmod).Call(vals(1, 0))
	fmt.Println(out[2].Interface(), out[2].Kind(), out[2].Elem().Type())

	// variadic: Call packs, CallSlice passes the slice
	j := reflect.ValueOf(join)
	fmt.Println(j.Call(vals("-", "a", "b", "c"))[0])
	fmt.Printf("%q\n", j.Call(vals("-"))[0].String())
	fmt.Println(j.CallSlice(vals("+", []string{"x", "y"}))[0])

	// interface parameters receive the dynamic value
	fmt.Println(reflect.ValueOf(describe).Call(vals(Point{1, 2}))[0])
	fmt.Println(reflect.ValueOf(describe).Call([]reflect.Value{reflect.Zero(reflect.TypeOf((*any)(nil)).Elem())})[0])

	// closures and results that are structs
	n := 10
	inc := func(d int) int { n += d; return n }
	reflect.ValueOf(inc).Call(vals(5))
	fmt.Println(n)

	// struct arguments are copied
	p := Point{1, 2}
	modify := func(q Point) Point { q.X = 99; return q }
	r := reflect.ValueOf(modify).Call(vals(p))[0]
	fmt.Println(p, r.Interface(), r.Field(0).CanSet())

	// methods on a value: exported only, sorted by name
	v := reflect.ValueOf(Point{3, 4})
	fmt.Println(v.NumMethod(), v.Type().NumMethod())
	for i := 0; i < v.NumMethod(); i++ {
		fmt.Println(i, v.Type().Method(i).Name, v.Method(i).Type())
	}
	fmt.Println(v.MethodByName("Add").Call(vals(Point{10, 20}))[0])
	fmt.Println(v.MethodByName("Sum").Call(vals(1, 2, 3))[0].Int())
	fmt.Println(v.MethodByName("String").Call(nil)[0])
	fmt.Println(v.MethodByName("Scale").IsValid(), v.MethodByName("unexported").IsValid(), v.MethodByName("Nope").IsValid())

	// methods on a pointer include the pointer-receiver ones and see the pointee
	pp := &Point{1, 1}
	pv := reflect.ValueOf(pp)
	fmt.Println(pv.NumMethod())
	pv.MethodByName("Scale").Call(vals(7))
	fmt.Println(*pp)
	scale := pv.MethodByName("Scale").Interface().(func(int))
	scale(2)
	fmt.Println(*pp)

	// method values bind a copy of the receiver when Method is called
	q := Point{1, 1}
	qv := reflect.ValueOf(&q).Elem()
	str := qv.MethodByName("String")
	q.X = 50
	fmt.Println(str.Call(nil)[0], qv.MethodByName("String").Call(nil)[0])

	// Type.Method(i).Func takes the receiver first
	m, ok := reflect.TypeOf(Point{}).MethodByName("Add")
	fmt.Println(ok, m.Type, m.Func.Type(), m.Index)
	fmt.Println(m.Func.Call(vals(Point{1, 1}, Point{2, 2}))[0])
	add := m.Func.Interface().(func(Point, Point) Point)
	fmt.Println(add(Point{5, 5}, Point{1, 0}))
	sm, _ := reflect.TypeOf(&Point{}).MethodByName("Scale")
	sp := &Point{2, 3}
	sm.Func.Call([]reflect.Value{reflect.ValueOf(sp), reflect.ValueOf(10)})
	fmt.Println(*sp)
	// value method through a pointer type
	am, _ := reflect.TypeOf(&Point{}).MethodByName("Add")
	fmt.Println(am.Func.Type(), am.Func.Call(vals(&Point{1, 2}, Point{3, 4}))[0])

	// methods of an interface value dispatch on its dynamic type
	var sh Shape = Square{3}
	iv := reflect.ValueOf(&sh).Elem()
	fmt.Println(iv.Kind(), iv.NumMethod())
	for i := 0; i < iv.NumMethod(); i++ {
		fmt.Println(iv.Type().Method(i).Name, iv.Method(i).Call(nil)[0], iv.Type().Method(i).Func.IsValid())
	}

	// the checks
	tryCall("too few", func() { reflect.ValueOf(divmod).Call(vals(1)) })
	tryCall("too many", func() { reflect.ValueOf(divmod).Call(vals(1, 2, 3)) })
	tryCall("wrong type", func() { reflect.ValueOf(divmod).Call(vals(1, "x")) })
	tryCall("variadic wrong type", func() { j.Call(vals("-", "a", 3)) })
	tryCall("variadic too few", func() { j.Call(nil) })
	tryCall("zero Value", func() { reflect.ValueOf(divmod).Call([]reflect.Value{{}, {}}) })
	tryCall("CallSlice non-variadic", func() { reflect.ValueOf(divmod).CallSlice(vals(1, 2)) })
	tryCall("CallSlice too few", func() { j.CallSlice(vals("-")) })
	tryCall("CallSlice too many", func() { j.CallSlice(vals("-", []string{}, 1)) })
	tryCall("not a func", func() { reflect.ValueOf(3).Call(nil) })
	tryCall("nil func", func() { reflect.ValueOf((func())(nil)).Call(nil) })
	tryCall("zero Method", func() { reflect.Value{}.Method(0) })
	tryCall("zero NumMethod", func() { reflect.Value{}.NumMethod() })
	tryCall("Method range", func() { v.Method(5) })
	var nilShape Shape
	tryCall("nil interface", func() { reflect.ValueOf(&nilShape).Elem().Method(0) })
	tryCall("callee panics", func() { reflect.ValueOf(func() { panic("boom") }).Call(nil) })
	var e error
	tryCall("runtime error in callee", func() { reflect.ValueOf(func() string { return e.Error() }).Call(nil) })
	type hidden struct{ f func() }
	h := hidden{func() {}}
	tryCall("unexported func", func() { reflect.ValueOf(h).Field(0).Call(nil) })
	tryCall("unexported arg", func() {
		type wrap struct{ n int }
		reflect.ValueOf(func(int) {}).Call([]reflect.Value{reflect.ValueOf(wrap{1}).Field(0)})
	})
}
