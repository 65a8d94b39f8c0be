// Records Go's print-builtin float format and float<->int conversions for ValuesGoldenTest.
// Everything goes through println (stderr), bits in decimal:
//   P <bits> <println of the float>
//   C <bits> <int64> <int32> <int16> <int8> <uint64> <uint32> <uint16> <uint8>
//   U <uint64> <float64 bits> <float32 bits of float32(u)> <float32 bits of float32(int64(u))>
package main

import (
	"math"
	"math/rand"
)

//go:noinline
func conv(x float64) (int64, int32, int16, int8, uint64, uint32, uint16, uint8) {
	return int64(x), int32(x), int16(x), int8(x), uint64(x), uint32(x), uint16(x), uint8(x)
}

//go:noinline
func u2f(u uint64) (float64, float32) { return float64(u), float32(u) }

//go:noinline
func i2f(i int64) float32 { return float32(i) }

func main() {
	r := rand.New(rand.NewSource(42))
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 9.9999999, 9.99999995, 0.99999995, 123456789, 1e300, 1e-300,
		5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 1e19, -1e19, 3e9, -3e9,
		1.8446744073709552e19, 9.3e18, 9.223372036854775807e18, -9.223372036854775808e18, -0.9, 300.7, -129.5, 65536.9,
		4294967296.5, 2147483647.5, -2147483648.5, -2147483649, float64(float32(0.1)), 1e100, 1e-5, 12345.678}
	for i := 0; i < 300; i++ {
		e := r.Intn(80) - 40
		vals = append(vals, (r.Float64()-0.5)*math.Pow(10, float64(e)))
	}
	for i := 0; i < 100; i++ {
		vals = append(vals, math.Float64frombits(r.Uint64()))
	}
	for _, v := range vals {
		println("P", math.Float64bits(v), v)
		a, b, c, d, e, f, g, h := conv(v)
		println("C", math.Float64bits(v), a, b, c, d, e, f, g, h)
	}
	us := []uint64{0, 1, 1<<63 - 1, 1 << 63, 1<<63 + 1, 1<<63 + 1025, 1<<63 + 1<<39 + 1, 1<<64 - 1, 1<<53 + 1, 1<<54 + 3}
	for i := 0; i < 100; i++ {
		us = append(us, r.Uint64()>>uint(r.Intn(64)))
	}
	for _, u := range us {
		f, g := u2f(u)
		println("U", u, math.Float64bits(f), math.Float32bits(g), math.Float32bits(i2f(int64(u))))
	}
}
