// Prints a table of strconv.FormatFloat results, one per line:
//   <hex bits>\t<fmt>\t<prec>\t<bitSize>\t<result>
// The Java test FloatFormatTest replays it. Regenerate with regen.sh.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.5, 2.5, -0.5, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3,
		100, 1e6, 1e-4, 1e-5, 123456789, 1e20, 1e21, 1e22, 1e23, 5e-324, 1e-323, 2.2250738585072014e-308,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32,
		3.14159265, 123456.789, 1e-7, 6.02214076e23, 9.999, 0.05, 0.15, 0.25, 0.35, 1.005, 2.675,
		float64(float32(0.1)), float64(float32(1.1)), 1 << 53, 1<<53 + 2, 255.5, 1e15, 1e16, 1e17,
		123456789012345678, 0.000123, 98765.4321, 7e-10, 4.35, 1e100, 1e-100, 1.7976931348623157e308,
		math.Inf(1), math.Inf(-1), math.NaN()}
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 120; i++ {
		vals = append(vals, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 100; i++ {
		vals = append(vals, float64(r.Int63n(2000000)-1000000)/float64(r.Int63n(1000)+1))
	}
	for i := 0; i < 100; i++ {
		vals = append(vals, float64(math.Float32frombits(r.Uint32())))
	}
	for i := 0; i < 100; i++ {
		vals = append(vals, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
	}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 3, 6, 17}
	for _, v := range vals {
		for _, bs := range []int{64, 32} {
			w := v
			if bs == 32 {
				w = float64(float32(v))
			}
			for _, f := range fmts {
				for _, p := range precs {
					if f == 'b' && p != -1 {
						continue
					}
					fmt.Printf("%016x\t%c\t%d\t%d\t%s\n", math.Float64bits(w), f, p, bs, strconv.FormatFloat(w, f, p, bs))
				}
			}
		}
	}
}
