// A dynamic type implements an interface only if its methods have the interface's signatures:
// a method Size() int8 does not satisfy Size() int64. Type assertions and type switches check
// the types, not just the names; types of one name from two scopes are different types.
package main

import "fmt"

type Small struct{}

func (*Small) Size() int8 { return 8 }

type Big struct{}

func (*Big) Size() int64 { return 64 }

type Size8 interface{ Size() int8 }
type Size64 interface{ Size() int64 }

func kind(v interface{}) string {
	switch v.(type) {
	case Size64:
		return "Size64"
	case Size8:
		return "Size8"
	}
	return "neither"
}

func madeInside() interface{} {
	type Small struct{ n int }
	return Small{1}
}

// Small here is main's, not madeInside's: Go adds which, as both print as main.Small.
func assertOutside() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	_ = madeInside().(Small)
	return "no panic"
}

func main() {
	fmt.Println(assertOutside())
	var s Size8 = &Small{}
	_, ok := s.(Size64)
	fmt.Println("Small as Size64:", ok)
	var b interface{} = &Big{}
	_, ok = b.(Size64)
	fmt.Println("Big as Size64:", ok)
	fmt.Println(kind(&Small{}), kind(&Big{}), kind(3))

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(s.(Size64).Size())
}
