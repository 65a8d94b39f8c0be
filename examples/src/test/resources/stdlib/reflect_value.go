package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Inner struct {
	N int
}

type Config struct {
	Name    string
	Port    int
	Debug   bool
	Ratio   float64
	Tags    []string
	Limits  map[string]int
	Inner   Inner
	Ptr     *Inner
	Any     any
	Color   Color
	secret  string
	counter uint16
}

func dump(v reflect.Value, indent string) {
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			fmt.Printf("%s%s (%s, %s):", indent, t.Field(i).Name, f.Type(), f.Kind())
			if f.Kind() == reflect.Struct {
				fmt.Println()
				dump(f, indent+"  ")
				continue
			}
			fmt.Print(" ")
			dump(f, "")
		}
	case reflect.Slice, reflect.Array:
		fmt.Print("len=", v.Len(), " [")
		for i := 0; i < v.Len(); i++ {
			fmt.Print(" ")
			dump(v.Index(i), "")
		}
		fmt.Println(" ]")
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		fmt.Print("map len=", v.Len(), " {")
		for _, k := range keys {
			fmt.Print(" ", k.String(), ":", v.MapIndex(k).Int())
		}
		fmt.Println(" }")
	case reflect.Pointer:
		if v.IsNil() {
			fmt.Println("nil pointer")
			return
		}
		fmt.Print("-> ")
		dump(v.Elem(), "")
	case reflect.Interface:
		if v.IsNil() {
			fmt.Println("nil interface")
			return
		}
		fmt.Print("iface(", v.Elem().Type(), ") ")
		dump(v.Elem(), "")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		fmt.Println(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		fmt.Println(v.Uint())
	case reflect.Float32, reflect.Float64:
		fmt.Println(v.Float())
	case reflect.Bool:
		fmt.Println(v.Bool())
	case reflect.String:
		fmt.Printf("%q\n", v.String())
	default:
		fmt.Println("?", v.Kind())
	}
}

func main() {
	c := Config{Name: "srv", Port: 8080, Ratio: 0.5, Tags: []string{"a", "b"},
		Limits: map[string]int{"x": 1, "y": 2}, Inner: Inner{3}, Any: 42, Color: 2, secret: "s", counter: 7}
	dump(reflect.ValueOf(c), "")
	dump(reflect.ValueOf(&c), "")

	// Accessors on basic values.
	v := reflect.ValueOf(int8(-5))
	fmt.Println(v.Kind(), v.Type(), v.Int(), v.IsValid(), v.IsZero(), v.CanSet(), v.CanAddr(), v.CanInterface())
	fmt.Println(reflect.ValueOf(uint32(7)).Uint(), reflect.ValueOf(float32(1.25)).Float(), reflect.ValueOf(3+4i).Complex())
	fmt.Println(reflect.ValueOf("hé").Len(), reflect.ValueOf("hé").Index(1).Uint())
	fmt.Println(reflect.ValueOf(42).String(), reflect.ValueOf(c).String(), reflect.ValueOf("str").String())
	fmt.Println(reflect.ValueOf(Color(1)).String(), reflect.ValueOf(Color(1)).Int())
	s := make([]int, 2, 10)
	fmt.Println(reflect.ValueOf(s).Len(), reflect.ValueOf(s).Cap(), reflect.ValueOf([4]int{}).Cap())
	ch := make(chan int, 3)
	ch <- 1
	fmt.Println(reflect.ValueOf(ch).Len(), reflect.ValueOf(ch).Cap())

	// Interface() gets the value back.
	x := reflect.ValueOf(c.Tags).Index(1).Interface()
	fmt.Printf("%T %v\n", x, x)
	back := reflect.ValueOf(c).Interface().(Config)
	fmt.Println(back.Name, back.Inner.N)

	// The zero Value.
	var zero reflect.Value
	fmt.Println(zero.IsValid(), zero.Kind(), zero.String(), reflect.ValueOf(nil).IsValid())
	var np *Inner
	fmt.Println(reflect.ValueOf(np).IsNil(), reflect.ValueOf(np).Elem().IsValid(), reflect.Indirect(reflect.ValueOf(np)).IsValid())
	fmt.Println(reflect.ValueOf(c).FieldByName("Port").Int(), reflect.ValueOf(c).FieldByName("Nope").IsValid())

	// IsZero.
	for _, z := range []any{0, "", 1, "x", []int(nil), []int{}, map[int]int(nil), Inner{}, Inner{1}, [2]int{}, [2]int{0, 1},
		(*int)(nil), new(int), false, 0.0, struct{ a []int }{}} {
		fmt.Print(reflect.ValueOf(z).IsZero(), " ")
	}
	fmt.Println()

	// Setting through a pointer.
	n := 10
	pv := reflect.ValueOf(&n).Elem()
	fmt.Println(pv.CanSet(), pv.CanAddr(), reflect.ValueOf(n).CanSet())
	pv.SetInt(99)
	fmt.Println(n)
	pv.Set(reflect.ValueOf(7))
	fmt.Println(n, pv.Int(), pv.Interface())

	cv := reflect.ValueOf(&c).Elem()
	cv.FieldByName("Name").SetString("renamed")
	cv.Field(1).SetInt(9090)
	cv.Field(2).SetBool(true)
	cv.Field(3).SetFloat(0.25)
	cv.Field(4).Index(0).SetString("z")
	cv.Field(6).Field(0).SetInt(33)
	cv.Field(8).Set(reflect.ValueOf("now a string"))
	fmt.Printf("%+v\n", c)
	iv := reflect.ValueOf(&c.Any).Elem()
	fmt.Println(iv.Kind(), iv.Elem().Kind(), iv.Elem().String())
	iv.Set(reflect.Zero(iv.Type()))
	fmt.Println(c.Any == nil, iv.IsNil())
	sv := reflect.ValueOf(c.Tags)
	sv.Index(1).SetString("elements of a slice are addressable")
	fmt.Println(c.Tags, sv.Index(0).CanSet(), sv.Index(0).CanAddr())
	av := reflect.ValueOf([2]int{1, 2})
	fmt.Println(av.Index(0).CanSet(), reflect.ValueOf(&[2]int{}).Elem().Index(1).CanSet())
	p := reflect.New(reflect.TypeOf(0))
	p.Elem().SetInt(5)
	fmt.Println(p.Type(), *(p.Interface().(*int)))
	m := reflect.ValueOf(c.Limits)
	m.SetMapIndex(reflect.ValueOf("z"), reflect.ValueOf(26))
	m.SetMapIndex(reflect.ValueOf("x"), reflect.Value{})
	fmt.Println(c.Limits, m.MapIndex(reflect.ValueOf("nope")).IsValid())
	it := m.MapRange()
	sum := 0
	for it.Next() {
		sum += int(it.Value().Int()) + len(it.Key().String())
	}
	fmt.Println(sum)

	// fmt prints the value a reflect.Value holds.
	fmt.Println(reflect.ValueOf(42), reflect.ValueOf("hi"), reflect.ValueOf(c.Inner), reflect.ValueOf(&c.Inner))
	fmt.Println(reflect.ValueOf(Color(0)), reflect.ValueOf([]Color{1, 2}), zero, reflect.ValueOf(np))
	fmt.Printf("%v %d %s %T %x|%5v|%-4v|\n", reflect.ValueOf(7), reflect.ValueOf(7), reflect.ValueOf(Color(2)), reflect.ValueOf(7),
		reflect.ValueOf("hi"), reflect.ValueOf(3), reflect.ValueOf(true))
	fmt.Printf("%v %+v %#v\n", reflect.ValueOf(c.Inner), reflect.ValueOf(c.Inner), reflect.ValueOf(c.Inner))
	fmt.Println(reflect.ValueOf(c).Field(10), reflect.ValueOf(c).Field(9), reflect.ValueOf(&c.Any).Elem())
	fmt.Println(fmt.Sprint(reflect.ValueOf(1.5)), fmt.Sprintf("%v", []reflect.Value{reflect.ValueOf(1)}))
	type holder struct{ V reflect.Value }
	fmt.Printf("%v %+v\n", holder{reflect.ValueOf(5)}, holder{})

	cv.Field(11).SetUint(1) // an unexported field: Go panics
	fmt.Println("not reached")
}
