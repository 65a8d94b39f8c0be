package main

import (
	"fmt"
	"math"
	"sort"
	"time"
)

type byAge []person

type person struct {
	Name string
	Age  int
}

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	var people []person
	for i := 0; i < 60; i++ {
		people = append(people, person{fmt.Sprint("p", i), (i * 7) % 5})
	}
	p1 := append([]person(nil), people...)
	sort.Slice(p1, func(i, j int) bool { return p1[i].Age < p1[j].Age })
	fmt.Println(p1)
	p2 := append([]person(nil), people...)
	sort.SliceStable(p2, func(i, j int) bool { return p2[i].Age < p2[j].Age })
	fmt.Println(p2)
	p3 := append([]person(nil), people...)
	sort.Sort(byAge(p3))
	fmt.Println(p3[:10])
	sort.Sort(sort.Reverse(byAge(p3)))
	fmt.Println(p3[:10], sort.IsSorted(byAge(p3)))
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	strs := []string{"pear", "apple", "fig"}
	sort.Strings(strs)
	fl := []float64{2.5, math.NaN(), -1, 0}
	sort.Float64s(fl)
	fmt.Println(ints, strs, fl, sort.SearchInts(ints, 8), sort.SearchStrings(strs, "b"), sort.IntsAreSorted(ints))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	fmt.Println(math.Sqrt(2), math.Pow(2, 0.5), math.Pow(1.1, 10), math.Exp(1), math.Log(10), math.Log10(2), math.Log2(10))
	fmt.Println(math.Sin(1), math.Cos(1), math.Tan(1), math.Atan(1), math.Atan2(1, -1), math.Asin(0.5), math.Acos(0.5))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Sinh(1), math.Cosh(1), math.Tanh(0.5), math.Floor(-2.5), math.Ceil(-2.5))
	fmt.Println(math.Trunc(-2.7), math.Round(-2.5), math.RoundToEven(2.5), math.Mod(7, -3), math.Remainder(7, 3), math.Abs(-0.0))
	fmt.Println(math.Max(1, math.NaN()), math.Min(-0.0, 0), math.Inf(-1), math.IsInf(math.Inf(1), 1), math.Signbit(-0.0), math.Copysign(3, -1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Pi)
	fr, ex := math.Frexp(10)
	ip, fp := math.Modf(-3.25)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), ip, fp, math.Float64bits(1.5), math.Float64frombits(0x4000000000000000))
	for _, d := range []time.Duration{0, 1, 1500, 1500000, 1500000000, 90 * time.Minute, -2 * time.Second, 100 * time.Hour} {
		fmt.Println(d, d.Seconds(), d.Milliseconds(), d.Round(time.Second), d.Truncate(time.Minute))
	}
	fmt.Printf("%v %d %s\n", time.Millisecond*250, time.Second, 3*time.Microsecond)
}
