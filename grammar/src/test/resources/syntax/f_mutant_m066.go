package main

import (
	"f(
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -2.5, 3.14159265, 123456.789, 1e-7, 6.02214076e23, 100}
	for _, v := range vals {
		fmt.Printf("|%v|%e|%E|%f|%.2f|%g|%G|%8.3f|%-10.1f|\n", v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("|%+.2f|% .2f|%010.3f|%+e|\n", 3.14159, 2.5, -1.5, 12345.678)
	fmt.Printf("|%.0f|%.0f|%.0f|%.0f|\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("|%.3g|%.10g|%g|%g|\n", 1234.5678, 1.0/3, 1e20, 1e21)
	fmt.Printf("|%v|%v|%.2f|%5.1f|\n", math.Inf(1), math.NaN(), math.Inf(-1), math.NaN())
	var f32 float32 = 1.1
	fmt.Printf("%v %g %.10f %v\n", f32, f32, f32, float64(f32))
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%v %v %v\n", 1e6, 1e-4, 123456789.0)
	fmt.Printf("%#g %#.3g %#v %#v\n", 1.0, 2.0, 1.0, 1e7)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	c := complex(1.5, -2)
	fmt.Printf("%v %.1f\n", c, c)
	fmt.Println(c, real(c), imag(c))
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2)
}
