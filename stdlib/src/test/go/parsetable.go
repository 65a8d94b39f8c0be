// Prints strconv.ParseFloat / ParseInt / Atoi / Quote / Unquote results for a fixed list of inputs,
// as tab-separated lines the Java tests replay. Regenerate with regen.sh.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	floats := []string{"", "0", "-0", "+0", "1", "1.5", "-2.25", ".5", "5.", ".", "1e10", "1E-5", "1e", "1e+", "1e+5",
		"1_000", "1__0", "_1", "1_", "1_000.5", "0x1p-2", "0X1.8P+3", "0x1", "0x.8p1", "0x1_0p0", "0x_1p0",
		"inf", "+Inf", "-INF", "infinity", "-Infinity", "infin", "infx", "nan", "NaN", "-nan", "+nan",
		"1e400", "-1e400", "1e-400", "4e38", "3.4028235e38", "3.4028236e38", "1e-46",
		"0.1", "0.3", "123456789012345678901234567890", "2.2250738585072011e-308", "4.9e-324", "2.4703282292062328e-324",
		"2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		" 1", "1 ", "1x", "--1", "+-1", "1.2.3", "0x1p", "0x1p+", "1e1_0", "0e0", "00012", "1e-0", "0x1.fffffffffffff8p1023",
		"9007199254740993", "1d", "1f", "0b101", "0o17"}
	for _, s := range floats {
		for _, bs := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bs)
			fmt.Printf("F\t%q\t%d\t%016x\t%v\n", s, bs, math.Float64bits(f), err)
		}
	}
	ints := []string{"", "0", "-0", "+5", "-", "+", "123", "-123", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"0x1F", "0b101", "0o17", "017", "1_000", "0x_1F", "1__0", "12a", "z", "1_", "99999999999999999999"}
	for _, s := range ints {
		for _, base := range []int{0, 10, 16, 2, 36, 1, 37} {
			for _, bs := range []int{0, 8, 16, 32, 64, 65} {
				i, err := strconv.ParseInt(s, base, bs)
				fmt.Printf("I\t%q\t%d\t%d\t%d\t%v\n", s, base, bs, i, err)
				u, err := strconv.ParseUint(s, base, bs)
				fmt.Printf("U\t%q\t%d\t%d\t%d\t%v\n", s, base, bs, u, err)
			}
		}
		a, err := strconv.Atoi(s)
		fmt.Printf("A\t%q\t%d\t%v\n", s, a, err)
	}
}
