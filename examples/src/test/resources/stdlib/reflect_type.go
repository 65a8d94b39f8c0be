package main

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Base struct {
	ID int `json:"id"`
}

func (b Base) Describe() string { return "base" }

type User struct {
	Base
	Name    string            `json:"name" xml:"n"`
	Email   string            `json:"email,omitempty"`
	age     int               `custom:""`
	Tags    []string          `json:"-"`
	Meta    map[string]int64
	Manager *User
	flag    bool
	Score   float32
}

func (u User) Hello() string     { return "hi " + u.Name }
func (u *User) SetName(n string) { u.Name = n }
func (u User) private()          {}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Op func(a, b int) (int, error)

type Stack []int

type reader struct{ n int }

func (r *reader) Read(p []byte) (int, error) { return 0, io.EOF }
func (r *reader) Close() error               { return nil }
func (r reader) Len() int                    { return r.n }

func describe(x any) {
	t := reflect.TypeOf(x)
	if t == nil {
		fmt.Println("TypeOf: nil")
		return
	}
	fmt.Printf("%-28s kind=%-10s name=%-12q pkg=%-6q size=%d comparable=%v\n",
		t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Comparable())
}

func main() {
	var r io.Reader = &reader{}
	var nilReader io.Reader
	values := []any{
		true, 1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1),
		uint64(1), uintptr(1), 1.5, float32(1.5), complex64(1), 2i, "s", 'r', byte(1),
		[]int{1}, [3]string{}, map[string][]int{}, &User{}, User{}, Celsius(20), struct{}{},
		struct {
			A int
			b string `k:"v"`
		}{}, make(chan int), make(<-chan string), make(chan<- bool), func(int, ...string) bool { return false },
		Op(nil), Stack{}, Pair[string, int]{}, &Pair[int, []byte]{}, r, nilReader, [0]int{}, new(any),
		new(error), []any{}, reflect.Int,
	}
	for _, v := range values {
		describe(v)
	}

	// Kind names, including out of range.
	for k := reflect.Invalid; k <= reflect.UnsafePointer+1; k++ {
		fmt.Print(k.String(), " ")
	}
	fmt.Println()
	fmt.Println(reflect.Kind(100), reflect.Ptr == reflect.Pointer, uint(reflect.Struct))

	// Elem, Key, Len.
	t := reflect.TypeOf(map[string][]*User{})
	fmt.Println(t.Key(), t.Elem(), t.Elem().Elem(), t.Elem().Elem().Elem(), t.Elem().Elem().Elem().Name())
	fmt.Println(reflect.TypeOf([5]byte{}).Len(), reflect.TypeOf([5]byte{}).Elem())
	fmt.Println(reflect.TypeOf((*io.Reader)(nil)).Elem(), reflect.TypeOf((*io.Reader)(nil)).Elem().Kind())
	fmt.Println(reflect.TypeOf((*error)(nil)).Elem().Name(), reflect.TypeOf((*error)(nil)).Elem().PkgPath() == "")
	ct := reflect.TypeOf(make(<-chan string))
	fmt.Println(ct.ChanDir(), ct.Elem(), reflect.TypeOf(make(chan int)).ChanDir(), reflect.BothDir)

	// Functions.
	ft := reflect.TypeOf(strings.Split)
	fmt.Println(ft, ft.NumIn(), ft.NumOut(), ft.In(0), ft.Out(0), ft.IsVariadic())
	vt := reflect.TypeOf(fmt.Printf)
	fmt.Println(vt, vt.IsVariadic(), vt.In(1))

	// Structs.
	ut := reflect.TypeOf(User{})
	fmt.Println(ut.NumField())
	for i := 0; i < ut.NumField(); i++ {
		f := ut.Field(i)
		json, ok := f.Tag.Lookup("json")
		fmt.Printf("%d %-8s %-16s pkg=%-5q anon=%-5v idx=%v off=%-3d exported=%-5v tag=%q json=%q/%v xml=%q\n",
			i, f.Name, f.Type, f.PkgPath, f.Anonymous, f.Index, f.Offset, f.IsExported(), f.Tag, json, ok, f.Tag.Get("xml"))
	}
	if f, ok := ut.FieldByName("ID"); ok {
		fmt.Println("promoted:", f.Name, f.Index, f.Type)
	}
	_, ok := ut.FieldByName("Nope")
	fmt.Println("Nope:", ok)
	fmt.Println(ut.FieldByIndex([]int{0, 0}).Name)

	// Tags by hand.
	tag := reflect.StructTag(`a:"1" b:"two words" c:"esc\"aped" d:""`)
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, ok := tag.Lookup(k)
		fmt.Printf("%s=%q %v; ", k, v, ok)
	}
	fmt.Println()

	// Methods: exported ones in the method set, sorted by name.
	for _, x := range []any{User{}, &User{}, Celsius(0), r} {
		t := reflect.TypeOf(x)
		fmt.Print(t, ": ", t.NumMethod(), " [")
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			fmt.Print(" ", m.Name, " ", m.Type, " ", m.Index, ";")
		}
		fmt.Println(" ]")
	}
	it := reflect.TypeOf((*io.ReadWriter)(nil)).Elem()
	fmt.Println(it, it.NumMethod(), it.Method(0).Name, it.Method(1).Name, it.Method(0).Type)
	m, ok := reflect.TypeOf(&User{}).MethodByName("SetName")
	fmt.Println(m.Name, m.Type, ok)

	// Implements, AssignableTo, ConvertibleTo.
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(reflect.TypeOf(Celsius(0)).Implements(stringer), ut.Implements(stringer))
	fmt.Println(reflect.TypeOf(1).AssignableTo(reflect.TypeOf(Celsius(0))), reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf(Celsius(0))))
	fmt.Println(reflect.TypeOf(Celsius(0)).AssignableTo(stringer))

	// Type identity: types are comparable and canonical.
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf(int64(2)))
	fmt.Println(reflect.TypeOf([]int{}) == reflect.TypeOf([]int(nil)), reflect.TypeOf(&User{}).Elem() == ut)
	fmt.Println(reflect.TypeOf(1).Bits(), reflect.TypeOf(float32(1)).Bits(), reflect.TypeOf(2i).Bits())
	fmt.Println(ut.Align(), ut.FieldAlign(), reflect.TypeOf(int8(0)).Align())

	// Printing types.
	fmt.Println(reflect.TypeOf(1), reflect.TypeOf(&User{}))
	fmt.Printf("%v %s %T\n", reflect.TypeOf("x"), reflect.TypeOf(Celsius(1)), reflect.TypeOf(1))
	fmt.Println(reflect.TypeOf(nil))
	fmt.Printf("%v|%d\n", reflect.Slice, reflect.Slice)

	// A local type.
	type local struct{ A int }
	lt := reflect.TypeOf(local{})
	fmt.Println(lt, lt.Name(), lt.PkgPath(), lt.Kind())
}
