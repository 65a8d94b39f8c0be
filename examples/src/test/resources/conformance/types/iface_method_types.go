// A dynamic type implements an interface only if its methods have the interface's signatures:
// a method Size() int8 does not satisfy Size() int64. Type assertions and type switches check
// the types, not just the names.
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

func main() {
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
