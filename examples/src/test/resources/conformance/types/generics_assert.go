package main

import "fmt"

// Type assertions and type switches to a type parameter, or to a type that cannot
// implement the operand's interface in some instances: each instance decides at
// run time. A converted nil (interface{}(nil)) compares like any interface value.

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Getter[T any] interface{ Get() T }

type Cell struct{ v rune }

func (c Cell) Get() rune { return c.v }

func pick[T any](xs ...any) (out []T) {
	for _, x := range xs {
		if t, ok := x.(T); ok {
			out = append(out, t)
		}
	}
	return out
}

func asShape[T any](s Shape) (T, bool) {
	t, ok := s.(T)
	return t, ok
}

func kind[T, A any](g Getter[T]) string {
	switch g.(type) {
	case A:
		return "A"
	case nil:
		return "nil"
	}
	return "other"
}

func mustBe[A any](g Getter[rune]) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(g.(A))
}

func zeroCase[T ~int](x any) string {
	switch x {
	case int(0), T(1):
		return "small"
	case nil:
		return "nil"
	}
	return "big"
}

func main() {
	fmt.Println(pick[int](1, "a", 2, 3.5), pick[string](1, "a", "b"))
	fmt.Println(asShape[Sq](Sq{2}))
	fmt.Println(asShape[string](Sq{2}))
	fmt.Println(kind[rune, Cell](Cell{'x'}), kind[rune, string](Cell{'x'}), kind[rune, int](nil))
	fmt.Println(mustBe[Cell](Cell{'y'}))
	fmt.Println(mustBe[float64](Cell{'y'}))
	fmt.Println(zeroCase[int](0), zeroCase[int](1), zeroCase[int](nil), zeroCase[int](int8(0)))
	switch interface{}(nil) {
	case 0:
		fmt.Println("zero")
	case interface{}(nil):
		fmt.Println("nil interface")
	}
	fmt.Println(interface{}(nil) == 0, error(nil) == nil)
}
