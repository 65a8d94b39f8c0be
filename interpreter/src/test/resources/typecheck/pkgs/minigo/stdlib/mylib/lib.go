package mylib

// Exported is visible to importers; hidden is not.
const Exported = 42

var hidden = 1

type Point struct {
	X, Y int
	tag  string
}

func (p Point) Sum() int { return p.X + p.Y + hidden }

func New(x, y int) *Point { return &Point{X: x, Y: y} }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
