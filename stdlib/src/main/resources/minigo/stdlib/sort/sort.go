// Package sort: Go 1.19's sort, in Go. Sort and Slice use the same pattern-defeating quicksort as
// Go 1.19 (pdqsort.go), comparison for comparison and swap for swap, so that elements that compare
// equal end up in the same order as under Go. Stable and SliceStable use Go's insertion-sort blocks
// and SymMerge. Slice reaches the elements of its `any` argument through two natives (Go uses reflect).
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method (not stable).
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(uint(n)))
}

// Stable sorts data, keeping equal elements in their original order.
func Stable(data Interface) {
	stable(data, data.Len())
}

func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with the order of Less reversed.
func Reverse(data Interface) Interface { return &reverse{data} }

// funcData adapts a slice held in an interface and a less function to Interface (Go's lessSwap).
type funcData struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (d *funcData) Len() int           { return d.n }
func (d *funcData) Less(i, j int) bool { return d.less(i, j) }
func (d *funcData) Swap(i, j int)      { swapElems(d.x, i, j) }

// sliceLen is the length of the slice in x; it panics as reflect does when x is not a slice.
func sliceLen(x any) int

// swapElems swaps elements i and j of the slice in x.
func swapElems(x any, i, j int)

// Slice sorts the slice x with less (not stable).
func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	pdqsort(&funcData{x, n, less}, 0, n, bitLen(uint(n)))
}

// SliceStable sorts the slice x with less, keeping equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	stable(&funcData{x, n, less}, n)
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (p IntSlice) Search(x int) int   { return SearchInts(p, x) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaNs before every other value.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()              { Sort(x) }
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

func isNaN(f float64) bool { return f != f }

type StringSlice []string

func (x StringSlice) Len() int             { return len(x) }
func (x StringSlice) Less(i, j int) bool   { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()                { Sort(x) }
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints and Strings: equal ints and equal strings cannot be told apart, so any correct sort gives
// Go's result; these are natives for speed.
func Ints(x []int)
func Strings(x []string)

func Float64s(x []float64) { Sort(Float64Slice(x)) }

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }

// bitLen is the number of bits needed to represent x (math/bits.Len).
func bitLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}
