package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type User struct {
	Name string
	Age  int8
}

func (u *User) SetName(n string) { u.Name = n }
func (u User) String() string    { return "User(" + u.Name + ")" }

type Named interface{ SetName(string) }

type Base struct{ ID int }

type hidden struct{ Visible int }

type Outer struct {
	*Base
	hidden
	Label string
	Err   error
	Any   any
}

func kindOf[T any](x T) string {
	return reflect.TypeOf(x).String() + "/" + reflect.ValueOf(x).Kind().String()
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

// encode is a tiny reflection-driven encoder, the way scripts use reflect.
func encode(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Invalid:
		return "null"
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return "null"
		}
		return encode(v.Elem())
	case reflect.Struct:
		var parts []string
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name := f.Name
			if tag := f.Tag.Get("json"); tag != "" {
				name = tag
			}
			parts = append(parts, fmt.Sprintf("%q:%s", name, encode(v.Field(i))))
		}
		return "{" + strings.Join(parts, ",") + "}"
	case reflect.Slice, reflect.Array:
		var parts []string
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, encode(v.Index(i)))
		}
		return "[" + strings.Join(parts, ",") + "]"
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%q:%s", fmt.Sprint(k), encode(v.MapIndex(k))))
		}
		return "{" + strings.Join(parts, ",") + "}"
	case reflect.String:
		return fmt.Sprintf("%q", v.String())
	case reflect.Bool:
		return fmt.Sprint(v.Bool())
	case reflect.Float32, reflect.Float64:
		return fmt.Sprint(v.Float())
	default:
		if v.CanInt() {
			return fmt.Sprint(v.Int())
		}
		if v.CanUint() {
			return fmt.Sprint(v.Uint())
		}
	}
	return "?"
}

type Doc struct {
	Title  string            `json:"title"`
	Pages  int               `json:"pages"`
	Tags   []string          `json:"tags"`
	Meta   map[string]any    `json:"meta"`
	Author *User             `json:"author"`
	Scores [2]float64        `json:"scores"`
	Extra  map[int]bool      `json:"extra"`
	secret string
}

func main() {
	// A pointer type made by reflect still has its methods.
	p := reflect.New(reflect.TypeOf(User{}))
	n := p.Interface().(Named)
	n.SetName("ann")
	fmt.Println(p.Elem().Field(0), p.Interface(), p.Elem().Interface())
	u := p.Interface().(*User)
	fmt.Println(u.Name, reflect.TypeOf(u) == p.Type(), reflect.PointerTo(reflect.TypeOf(User{})) == p.Type())

	// Set copies; SetInt truncates to the variable's width.
	var target User
	src := User{"bob", 30}
	tv := reflect.ValueOf(&target).Elem()
	tv.Set(reflect.ValueOf(src))
	src.Name = "changed"
	tv.Field(1).SetInt(300)
	fmt.Println(target.Name, target.Age, tv.Field(1).Int())
	arr := [3]int{1, 2, 3}
	reflect.ValueOf(&arr).Elem().Index(2).SetInt(30)
	ap := reflect.ValueOf(&arr).Elem().Index(1).Addr().Interface().(*int)
	*ap = 20
	fmt.Println(arr)

	// Embedded and promoted fields, unexported embedded structs.
	o := Outer{Base: &Base{7}, hidden: hidden{8}, Label: "l", Err: errors.New("e")}
	ov := reflect.ValueOf(&o).Elem()
	fmt.Println(ov.FieldByName("ID").Int(), ov.FieldByName("Visible").Int(), ov.FieldByName("Visible").CanSet(),
		ov.Field(1).CanSet(), ov.Field(1).Field(0).CanInterface(), ov.FieldByName("Label").CanSet())
	ov.FieldByName("ID").SetInt(70)
	ov.FieldByName("Visible").SetInt(80)
	fmt.Println(o.ID, o.hidden.Visible)
	f, _ := reflect.TypeOf(o).FieldByName("ID")
	fmt.Println(f.Index, f.Type, f.Name)
	fmt.Println(ov.Field(3).Kind(), ov.Field(3).Elem().Type(), ov.Field(3).Interface())
	ov.Field(4).Set(reflect.ValueOf([]int{1}))
	ov.Field(3).Set(reflect.Zero(ov.Field(3).Type()))
	fmt.Println(o.Err == nil, o.Any)

	// Generics.
	fmt.Println(kindOf(1), kindOf("s"), kindOf(Pair[string, []int]{}), kindOf[any](true), kindOf(&o))
	fmt.Println(reflect.TypeOf(Pair[int, bool]{}).Field(1).Type)

	// Types as map keys.
	counts := map[reflect.Type]int{}
	for _, x := range []any{1, 2, "a", 3.0, "b", User{}, &User{}, User{}} {
		counts[reflect.TypeOf(x)]++
	}
	fmt.Println(counts[reflect.TypeOf(0)], counts[reflect.TypeOf("")], counts[reflect.TypeOf(User{})], len(counts))

	// A small encoder.
	d := Doc{Title: "Go", Pages: 300, Tags: []string{"a", "b"}, Meta: map[string]any{"x": 1, "y": []int{2}, "z": nil},
		Author: &User{"ann", 40}, Scores: [2]float64{1.5, 2}, secret: "s"}
	fmt.Println(encode(reflect.ValueOf(d)))
	fmt.Println(encode(reflect.ValueOf(&d)), encode(reflect.ValueOf(nil)))

	// DeepEqual on more shapes.
	fmt.Println(reflect.DeepEqual(d, d), reflect.DeepEqual(map[any]any{1: "a", "k": []int{1}}, map[any]any{"k": []int{1}, 1: "a"}))
	fmt.Println(reflect.DeepEqual(o, o), reflect.DeepEqual([]User{{"a", 1}}, []User{{"a", 2}}))
	var e1, e2 error
	fmt.Println(reflect.DeepEqual(e1, e2), reflect.DeepEqual(&e1, &e2), reflect.DeepEqual([]error{nil}, []error{nil}))

	// Printing Types and Values inside other values.
	fmt.Println([]reflect.Type{reflect.TypeOf(1), reflect.TypeOf(User{})}, map[string]reflect.Kind{"k": reflect.Map})
	fmt.Printf("%v %s %q\n", reflect.ValueOf(User{"x", 1}), reflect.ValueOf(&User{"y", 2}), reflect.ValueOf("q"))
	fmt.Printf("%d %v %x\n", reflect.ValueOf([]int{1, 2}), reflect.ValueOf(map[string]int{"b": 2, "a": 1}), reflect.ValueOf(255))
	fmt.Printf("[%6.2f] [%-8v] %t\n", reflect.ValueOf(3.14159), reflect.ValueOf("ab"), reflect.ValueOf(true))

	// MapRange.
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	it := reflect.ValueOf(m).MapRange()
	total := 0
	for it.Next() {
		total += int(it.Value().Int()) * len(it.Key().String())
	}
	fmt.Println(total)
	func() {
		defer func() { fmt.Println(recover()) }()
		it.Next()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf(m).MapRange().Key()
	}()

	// Values taken out with Interface have the types assertions and switches expect.
	type bytesAndInts struct {
		B []byte
		L []int
		R rune
	}
	bi := reflect.ValueOf(bytesAndInts{[]byte("hi"), []int{4}, 'x'})
	fmt.Println(bi.Field(1).Interface().([]int), bi.Field(0).Index(1).Interface().(uint8), bi.Field(2).Interface().(int32))
	switch x := bi.Field(0).Interface().(type) {
	case []byte:
		fmt.Println("[]byte", string(x))
	default:
		fmt.Println("other")
	}
	if s, ok := reflect.ValueOf(&target).Elem().Interface().(fmt.Stringer); ok {
		fmt.Println("Stringer:", s)
	}

	// Type.In out of range is a runtime index error.
	defer func() { fmt.Println(recover()) }()
	reflect.TypeOf(strings.Repeat).In(3)
}
