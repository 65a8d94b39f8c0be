// defer recover(): the deferred built-in recovers a panic when its function returns normally and
// that function is itself a deferred call run by the panic; run because its own function panics,
// it recovers nothing.
package main

import "fmt"

func report(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered", r)
	} else {
		fmt.Println(name, "nothing to recover")
	}
}

func viaDefer() {
	defer report("viaDefer: outer")
	defer func() {
		defer recover()
	}()
	panic("one")
}

func ownPanic() {
	defer report("ownPanic: outer")
	defer func() {
		defer report("ownPanic: inner")
		defer recover() // a no-op: run by the panic of "two", not by a return
		panic("two")
	}()
	panic("one")
}

func plain() {
	defer recover() // run by plain()'s own panic: recovers nothing
	panic("three")
}

func main() {
	viaDefer()
	ownPanic()
	defer report("main")
	plain()
}
