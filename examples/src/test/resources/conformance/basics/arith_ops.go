// Every arithmetic and comparison operator on int, uint64, small ints and floats, with operands
// that log their evaluation: Go evaluates the left operand first, whatever the operator.
package main

import (
	"fmt"
	"math"
)

var trace []string

func l(name string, v int) int {
	trace = append(trace, name)
	return v
}

func f(name string, v float64) float64 {
	trace = append(trace, name)
	return v
}

func flush(label string, v interface{}) {
	fmt.Println(label, v, trace)
	trace = trace[:0]
}

func main() {
	a, b := 7, -3
	flush("add", l("a", a)+l("b", b))
	flush("sub", l("a", a)-l("b", b))
	flush("mul", l("a", a)*l("b", b))
	flush("and", l("a", a)&l("b", b))
	flush("or", l("a", a)|l("b", b))
	flush("eq", l("a", a) == l("b", b))
	flush("ne", l("a", a) != l("b", b))
	flush("lt", l("a", a) < l("b", b))
	flush("le", l("a", a) <= l("b", b))
	flush("gt", l("a", a) > l("b", b))
	flush("ge", l("a", a) >= l("b", b))
	flush("ge=", l("a", a) >= l("a2", a))
	flush("gt=", l("a", a) > l("a2", a))

	big := math.MaxInt64
	fmt.Println(big+1, big*2, -big-2, (big+1)/-1)

	var u, v uint64 = math.MaxUint64, 2
	fmt.Println(u+v, u*v, v-u, u > v, u < v, u >= v, v <= u)

	var i8, j8 int8 = 100, 100
	fmt.Println(i8+j8, i8*j8, -i8-j8, i8 > j8, i8 >= j8)
	var u8 uint8 = 200
	fmt.Println(u8+u8, u8*2, u8 > 100)
	var i32 int32 = math.MaxInt32
	fmt.Println(i32+1, i32*i32)

	x, y := 1.5, -0.25
	flush("fadd", f("x", x)+f("y", y))
	flush("fsub", f("x", x)-f("y", y))
	flush("fmul", f("x", x)*f("y", y))
	flush("fdiv", f("x", x)/f("y", y))
	flush("flt", f("x", x) < f("y", y))
	flush("fle", f("x", x) <= f("y", y))
	flush("fgt", f("x", x) > f("y", y))
	flush("fge", f("x", x) >= f("y", y))
	nan := math.NaN()
	fmt.Println(nan < 1, nan > 1, nan <= nan, nan >= nan, 1/y/0, -1/(y*0))
	var f32 float32 = 0.1
	fmt.Println(f32+0.2, f32*3, f32/3 > 0.0333)
}
