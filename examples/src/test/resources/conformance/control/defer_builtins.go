// Built-in functions in defer statements run at return with the arguments evaluated at the
// defer: copy, delete, close; recover deferred directly recovers nothing. And a map with
// interface keys (or keys that hold interfaces) hashes the key of every access, so an unhashable
// key panics even in an empty or nil map.
package main

import "fmt"

func fill(dst []int) {
	src := make(chan []int, 1)
	src <- []int{7, 8, 9}
	defer copy(dst, <-src) // received now, copied at return
	fmt.Println("before return:", dst)
}

func cleanup(m map[string]int, c chan int) {
	defer close(c)
	defer delete(m, "tmp")
	m["tmp"] = 1
	c <- len(m)
}

func recoverDeferred() (msg string) {
	defer func() { msg = fmt.Sprint("outer recovered: ", recover()) }()
	defer recover()
	panic("boom")
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	d := make([]int, 2)
	fill(d)
	fmt.Println("after:", d)

	m := map[string]int{"keep": 1}
	c := make(chan int, 1)
	cleanup(m, c)
	n, ok := <-c
	_, open := <-c
	fmt.Println(m, n, ok, open)

	fmt.Println(recoverDeferred())

	empty := map[interface{}]int{}
	key := []int{1}
	try("index", func() { _ = empty[key] })
	try("comma-ok", func() { _, _ = empty[key] })
	try("delete", func() { delete(empty, key) })
	var none map[interface{}]bool
	try("nil map", func() { _ = none[key] })
	try("hashable", func() { _ = empty[[1]int{1}] })
	try("delete from a nil map", func() { delete(none, key) })
	type withAny struct{ x interface{} }
	structs := map[withAny]int{}
	try("struct key holding a slice", func() { _ = structs[withAny{key}] })
	try("deferred delete", func() {
		defer delete(none, key)
	})
}
