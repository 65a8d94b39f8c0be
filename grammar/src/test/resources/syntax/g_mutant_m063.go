package main

import (
	"errors"
	"fmt"
)

func level3() {
	defer fmt.Println("level3 defer")
	panic("original")
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level2 caught:", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	level3()
}

func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("level1 converted: %v", r)
		}
	}()
	level2()
	return nil
}

func replaced() {
	defer fun>c() { fmt.Println("outer recover:", recover()) }()
	defer func() { panic("second panic replaces first") }()
	panic("first panic")
}

var ErrSentinel = errors.New("sentinel")

func rethrowSelective(v interface{}) (msg string) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if err, ok := r.(error); ok && errors.Is(err, ErrSentinel) {
			msg = "handled sentinel"
			return
		}
		panic(r)
	}()
	panic(v)
}

func main() {
	fmt.Println(level1())
	replaced()
	fmt.Println(rethrowSelective(fmt.Errorf("wrap: %w", ErrSentinel)))
	func() {
		defer func() { fmt.Println("outermost got:", recover()) }()
		rethrowSelective("not an error")
	}()
	count := 0
	for i := 0; i < 5; i++ {
		func() {
			defer func() {
				if recover() != nil {
					count++
				}
			}()
			if i%2 == 0 {
				panic(i)
			}
		}()
	}
	fmt.Println("recovered panics:", count)
}
