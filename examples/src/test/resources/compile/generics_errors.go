package main

// Errors the checker reports in Go's words: overlapping union terms, ranging over a
// type parameter without a core type, slicing an unaddressable array.

type Celsius float64
type Raw []byte

type Temp interface{ ~float64 | Celsius }
type Blob interface {
	Raw | ~[]byte
	comparable
}
type Twice interface{ uint | uint }
type Fine interface{ ~int | interface{ ~int } }

func each[T interface{ []int | [2]int }](x T) (n int) {
	for range x {
		n++
	}
	return n
}

func grid() [2][2]int { return [2][2]int{} }

func main() {
	_ = grid()[1:]
	_ = grid()[0][:]
}
