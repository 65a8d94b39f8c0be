package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Celsius float64
type Names []string

type Rec struct {
	Name string
	Tags []string
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	// MakeSlice
	st := reflect.TypeOf([]int(nil))
	s := reflect.MakeSlice(st, 3, 5)
	fmt.Println(s.Len(), s.Cap(), s.Interface(), s.Type(), s.Index(2).CanSet())
	s.Index(1).SetInt(42)
	fmt.Println(s.Interface())
	rs := reflect.MakeSlice(reflect.TypeOf([]Rec{}), 2, 2)
	rs.Index(0).Field(0).SetString("a")
	fmt.Printf("%+v\n", rs.Interface())

	// Append, AppendSlice
	a := reflect.Append(s, reflect.ValueOf(7), reflect.ValueOf(8))
	fmt.Println(a.Interface(), a.Len(), a.Cap(), s.Interface())
	a = reflect.Append(a, reflect.ValueOf(9))
	fmt.Println(a.Interface(), a.Len(), a.Cap() >= 6)
	var nilInts []int
	nv := reflect.ValueOf(nilInts)
	fmt.Println(reflect.Append(nv).IsNil(), reflect.Append(nv, reflect.ValueOf(1)).Interface())
	b := reflect.AppendSlice(reflect.ValueOf([]string{"x"}), reflect.ValueOf([]string{"y", "z"}))
	fmt.Println(b.Interface(), b.Len())
	n := reflect.Append(reflect.ValueOf(Names{"p"}), reflect.ValueOf("q"))
	fmt.Printf("%T %v\n", n.Interface(), n.Interface())
	var anys []any
	av := reflect.Append(reflect.ValueOf(anys), reflect.ValueOf(1), reflect.ValueOf("two"), reflect.ValueOf(Rec{Name: "r"}))
	fmt.Printf("%v\n", av.Interface())
	// reusing spare capacity: the new elements are visible through the old array
	base := make([]int, 1, 4)
	grown := reflect.Append(reflect.ValueOf(base), reflect.ValueOf(5)).Interface().([]int)
	grown[0] = 100
	fmt.Println(base, grown, base[:2])

	// Copy
	dst := make([]int, 2)
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{1, 2, 3})), dst)
	var arr [4]byte
	fmt.Println(reflect.Copy(reflect.ValueOf(&arr).Elem(), reflect.ValueOf("hey")), arr)
	bs := make([]byte, 5)
	fmt.Println(reflect.Copy(reflect.ValueOf(bs), reflect.ValueOf("hello world")), string(bs))
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([3]int{7, 8, 9})), dst)

	// Slice, Slice3
	sl := reflect.ValueOf([]int{0, 1, 2, 3, 4, 5})
	fmt.Println(sl.Slice(1, 3).Interface(), sl.Slice(1, 3).Cap(), sl.Slice3(1, 3, 4).Cap())
	nm := reflect.ValueOf(Names{"a", "b", "c"}).Slice(1, 2)
	fmt.Printf("%T %v\n", nm.Interface(), nm.Interface())
	a5 := [5]int{10, 11, 12, 13, 14}
	as := reflect.ValueOf(&a5).Elem().Slice(2, 4)
	fmt.Printf("%T %v %d\n", as.Interface(), as.Interface(), as.Cap())
	as.Index(0).SetInt(-1)
	fmt.Println(a5)
	fmt.Println(reflect.ValueOf("hello").Slice(1, 4))

	// Bytes, SetBytes
	by := []byte("abc")
	bv := reflect.ValueOf(by)
	bv.Bytes()[0] = 'X'
	fmt.Println(string(by))
	var target []byte
	reflect.ValueOf(&target).Elem().SetBytes([]byte("set"))
	fmt.Println(string(target))

	// MakeMap, MakeMapWithSize
	mt := reflect.TypeOf(map[string]int{})
	m := reflect.MakeMap(mt)
	m.SetMapIndex(reflect.ValueOf("one"), reflect.ValueOf(1))
	m.SetMapIndex(reflect.ValueOf("two"), reflect.ValueOf(2))
	fmt.Println(m.Len(), m.Interface())
	m2 := reflect.MakeMapWithSize(reflect.TypeOf(map[Celsius][]string{}), 100)
	m2.SetMapIndex(reflect.ValueOf(Celsius(1.5)), reflect.ValueOf([]string{"warm"}))
	fmt.Println(m2.Interface())

	// Pointer: the same number for the same pointee, 0 for nil
	x := new(int)
	fmt.Println(reflect.ValueOf(x).Pointer() == reflect.ValueOf(x).Pointer(), reflect.ValueOf((*int)(nil)).Pointer())
	y := new(int)
	fmt.Println(reflect.ValueOf(x).Pointer() != reflect.ValueOf(y).Pointer())
	ss := []int{1, 2, 3}
	fmt.Println(reflect.ValueOf(ss).Pointer() == reflect.ValueOf(ss[0:]).Pointer(), reflect.ValueOf(ss).Pointer() != reflect.ValueOf(ss[1:]).Pointer())

	// Swapper
	words := []string{"c", "a", "b"}
	sw := reflect.Swapper(words)
	sw(0, 2)
	fmt.Println(words)
	recs := []Rec{{"x", nil}, {"y", []string{"t"}}}
	reflect.Swapper(recs)(0, 1)
	fmt.Println(recs)
	ints := []int{5, 2, 8, 1}
	sort.Slice(ints, func(i, j int) bool { return ints[i] < ints[j] })
	fmt.Println(ints)

	// the checks
	try("MakeSlice kind", func() { reflect.MakeSlice(reflect.TypeOf(1), 0, 0) })
	try("MakeSlice negative len", func() { reflect.MakeSlice(st, -1, 0) })
	try("MakeSlice negative cap", func() { reflect.MakeSlice(st, 0, -1) })
	try("MakeSlice len > cap", func() { reflect.MakeSlice(st, 3, 2) })
	try("MakeMap kind", func() { reflect.MakeMap(st) })
	try("Append type", func() { reflect.Append(s, reflect.ValueOf("x")) })
	try("AppendSlice types", func() { reflect.AppendSlice(s, reflect.ValueOf([]string{})) })
	try("Copy kind", func() { reflect.Copy(reflect.ValueOf(1), s) })
	try("Copy types", func() { reflect.Copy(s, reflect.ValueOf([]string{})) })
	try("Copy unaddressable array", func() { reflect.Copy(reflect.ValueOf([2]int{}), s) })
	try("Slice bounds", func() { sl.Slice(2, 10) })
	try("Slice3 bounds", func() { sl.Slice3(2, 3, 2) })
	try("Slice string bounds", func() { reflect.ValueOf("abc").Slice(2, 5) })
	try("Slice unaddressable array", func() { reflect.ValueOf([2]int{}).Slice(0, 1) })
	try("Slice kind", func() { reflect.ValueOf(3).Slice(0, 1) })
	try("Bytes kind", func() { reflect.ValueOf([]int{}).Bytes() })
	try("Pointer kind", func() { reflect.ValueOf(3).Pointer() })
	try("Swapper kind", func() { reflect.Swapper(3) })
	try("Swapper range", func() { reflect.Swapper([]int{1})(0, 1) })
	try("nil map store", func() {
		var nm map[string]int
		reflect.ValueOf(nm).SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(1))
	})
}

type hidden struct{ s []int }

func init() {
	try("Append kind", func() { reflect.Append(reflect.ValueOf(3)) })
	try("AppendSlice kind", func() { reflect.AppendSlice(reflect.ValueOf(3), reflect.ValueOf(3)) })
	try("Append unexported", func() { fmt.Println(reflect.Append(reflect.ValueOf(hidden{}).Field(0)).Len()) })
	try("Copy unexported", func() { reflect.Copy(reflect.ValueOf(hidden{}).Field(0), reflect.ValueOf([]int{})) })
}
