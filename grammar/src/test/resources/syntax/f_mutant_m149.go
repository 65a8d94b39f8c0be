package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 0.1 + 0.2, 1e20, 1e21, 123456789.0, 1.0 / 3, 2.5e-7, 100, 1e-5, 0.0001}
	for _, v := range vals {
		fmt.Println(v)
	}
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Println(float32(1)/3, float32(16777216.0)+1)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	negz := math.Copysign(0, -1)
	fmt.Println(negz, 1/negz)
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, math.IsNaN(nan))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1234.5678, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(0.000012, 'g', -1, 64), strconv.FormatFloat(2, 'f', -1, 64))
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Pow(2, 10), math.Pow(2Pow(2, 0.5))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	f1, f2 := 3.99, -3.99
	fmt.Println(int(f1), int(f2), int64(1e18), float64(7)/2)
	fmt.Println(math.Hypot(3, 4), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Floor(1e15+0.5), 1e15+0.3)
}
