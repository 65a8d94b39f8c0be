// Prints math function results as bits for fixed pseudo-random inputs, one input per line:
// x y then Pow Exp Log Log10 Log2 Sin Cos Tan Atan Atan2 Hypot Cbrt Sinh Cosh Tanh Asin Acos (hex bits).
// MathTest replays it. Regenerate with regen.sh (on an amd64 machine with FMA, like the reference).
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	special := []float64{0, math.Copysign(0, -1), 1, -1, 2, 0.5, 10, 100, 1e-300, 5e-324, 1e300, 709.7, 709.8, -745.2,
		-746, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.E, 3, 1024, 0.001, 1e10, 1 << 29, -1 << 30}
	var xs, ys []float64
	for _, a := range special {
		for _, b := range []float64{2, 0.5, -0.5, 10, -3, 0, math.Inf(1), 1.5} {
			xs = append(xs, a)
			ys = append(ys, b)
		}
	}
	for i := 0; i < 1500; i++ {
		x := r.Float64()*20 - 5
		y := r.Float64()*10 - 3
		switch i % 5 {
		case 0:
			x = float64(r.Intn(100)) / 10
			y = float64(r.Intn(20) - 5)
		case 1:
			x = r.NormFloat64() * math.Pow(10, float64(r.Intn(20)-10))
			y = r.NormFloat64() * 30
		case 2:
			x = r.Float64() * 1000
		}
		xs = append(xs, x)
		ys = append(ys, y)
	}
	b := math.Float64bits
	for i, x := range xs {
		y := ys[i]
		ax := math.Abs(x)
		fmt.Printf("%x %x %x %x %x %x %x %x %x %x %x %x %x %x %x %x %x %x %x\n", b(x), b(y),
			b(math.Pow(x, y)), b(math.Exp(x)), b(math.Log(ax)), b(math.Log10(ax)), b(math.Log2(ax)),
			b(math.Sin(x)), b(math.Cos(x)), b(math.Tan(x)), b(math.Atan(x)), b(math.Atan2(y, x)),
			b(math.Hypot(x, y)), b(math.Cbrt(x)), b(math.Sinh(x)), b(math.Cosh(x)), b(math.Tanh(x)),
			b(math.Asin(x/1000)), b(math.Acos(x/1000)))
	}
}
