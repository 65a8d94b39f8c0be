package main

import (
	"errors"
	"fmt"
	"math"
)

type Inner struct{ A, B int }

type Outer struct {
	Inner
	Name  string
	Tags  map[string]int
	Ptr   *Inner
	List  []Inner
	Iface interface{}
	hid   Stringy
}

type Stringy int

func (s Stringy) String() string { return fmt.Sprintf("S%d", int(s)) }

type Key struct {
	X int
	Y string
}

type Bytes []byte

type Celsius float32

func main() {
	o := Outer{Inner{1, 2}, "o", map[string]int{"b": 2, "a": 1}, nil, []Inner{{3, 4}}, Stringy(5), 6}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", o.List)
	m := map[Key]bool{{2, "b"}: true, {1, "z"}: false, {1, "a"}: true}
	fmt.Println(m)
	mi := map[interface{}]int{"x": 1, 2: 2, 1.5: 3, true: 4, "a": 5, 1: 6}
	fmt.Println(mi)
	mf := map[float64]string{math.NaN(): "nan", -1: "neg", math.Inf(1): "inf", 0: "zero"}
	fmt.Println(mf)
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%s %x %X %v %q % x\n", arr, arr, arr[:], arr, arr, arr)
	fmt.Printf("%s %v %#v %x\n", Bytes("hi"), Bytes("hi"), Bytes{1, 2}, Bytes("hi"))
	fmt.Printf("%#v %#v %#v\n", []byte{1, 255}, []byte(nil), [2]byte{7, 8})
	fmt.Printf("%8.3x|%-8x|%#x|% X\n", "hello", "ab", "ab", "ab")
	fmt.Printf("%v %.2f %5.1f %e\n", Celsius(36.6), Celsius(36.6), Celsius(-1.25), Celsius(1e10))
	errs := []error{errors.New("a"), nil, fmt.Errorf("b %d", 2)}
	fmt.Println(errs, len(errs))
	fmt.Printf("%v %s\n", errs, errs)
	var np *Inner
	pp := &np
	fmt.Println(np, pp == nil, []*Inner{nil}, map[string]*Inner{"k": nil})
	fmt.Printf("%d %x %o %b\n", []int{10, -10}, [2]int{255, 16}, []uint8{8}, []int8{-3})
	fmt.Printf("%v %v\n", [][]string{{"a"}, {}, nil}, map[string][]int{"z": {1}, "y": nil})
	fmt.Printf("%q %v %x\n", []interface{}{"s", 1, nil, 'r'}, []interface{}{1.0, "x", []int{1}}, []interface{}{"hi", 255})
	fmt.Printf("%v|%6v|%-6v|%06v\n", true, 42, "ab", -7)
	fmt.Printf("%.3v|%10.4v|%v\n", math.Pi, "abcdefgh", 1e100)
	fmt.Printf("%c|%5c|%-3c|%U|%#x\n", 65, 'z', 'é', -1, 'A')
	fmt.Printf("%3d|%-3d|%03d|%+.2d|% 05d\n", 12345, 1, -1, 3, 42)
	fmt.Printf("%x|%X|%#o|%O|%b\n", uint64(math.MaxUint64), int64(math.MinInt64), -8, 64, -5)
	fmt.Printf("%6.2f|%-8.1e|%+g|%G|%#g|%#.0f\n", -0.0, 123456.0, 0.000001234, 1e-20, 5.0, 3.0)
	fmt.Printf("%v %v %v %v\n", float32(0.1), float32(1e20), float32(3.4028235e38), float32(1)/3)
	fmt.Printf("%v %.3v %g\n", complex(1, -1), complex64(complex(0.5, 2)), complex(math.Inf(1), math.NaN()))
	fmt.Printf("%5t|%-6t|%q\n", false, true, "日本\t")
	fmt.Printf("%s|%10s|%-10s|%.1s\n", []string{"a", "b"}, []string{"x"}, []string{"y"}, []string{"long"})
	fmt.Printf("%[1]v %[1]T %[2]*[1]d %[3]q\n", 7, 5, "s")
	fmt.Println(fmt.Sprintf("%v", []Stringy{1, 2}), fmt.Sprint(Stringy(3), Stringy(4)), fmt.Sprint("a", Stringy(5)))
}
