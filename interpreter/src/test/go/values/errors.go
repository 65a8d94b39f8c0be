// Records Go's runtime error values, for RuntimeErrorTest:  <case name>|<%T>|<Error()>
package main

import "fmt"

type I interface{ M() }
type T struct{}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s|%T|%v\n", name, r, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	var a [3]int
	i, j, k := 5, 1, -1
	var m map[string]int
	var p *struct{ x int }
	var e interface{} = "str"
	var n interface{}
	var ee interface{} = T{}
	zero := 0
	try("index", func() { _ = s[i] })
	try("index-neg", func() { _ = s[k] })
	try("slice-acap", func() { _ = s[:i] })
	try("slice-b-from", func() { _ = s[i:] })
	try("slice-b", func() { _ = s[2:j] })
	try("slice3-b", func() { _ = s[:i:j] })
	try("slice3-c", func() { _ = s[i:j:j] })
	try("slice3-acap", func() { _ = s[:j:i] })
	try("string-index", func() { _ = "abc"[i] })
	try("string-alen", func() { _ = "abc"[:i] })
	try("array-alen", func() { _ = a[:i] })
	try("array3-alen", func() { _ = a[:j:i] })
	try("nil-map", func() { m["a"] = 1 })
	try("nil-deref", func() { _ = p.x })
	try("divide", func() { _ = 1 / zero })
	try("assert-concrete", func() { _ = e.(int) })
	try("assert-nil-concrete", func() { _ = n.(int) })
	try("assert-missing-basic", func() { _ = e.(I) })
	try("assert-missing", func() { _ = ee.(I) })
	try("assert-nil-iface", func() { _ = n.(I) })
	try("makeslice-len", func() { _ = make([]int, k) })
	try("makeslice-cap", func() { _ = make([]int, 2, j) })
	try("unhashable", func() { _ = map[interface{}]int{[]int{}: 1} })
	try("uncomparable", func() { var x, y interface{} = []int{}, []int{}; _ = x == y })
	try("neg-shift", func() { _ = 1 << k })
	try("close-nil", func() { var c chan int; close(c) })
	try("close-closed", func() { c := make(chan int); close(c); close(c) })
	try("send-closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("index-nil-slice", func() { var s2 []int; _ = s2[0] })
	try("index-uint", func() { var x uint64 = 1<<63 + 5; _ = s[x] })
	try("slice-b-neg", func() { var x int8 = -3; _ = s[x:] })
	try("convert", func() { _ = (*[3]int)(s[:2]) })
	try("slice-b-uint", func() { var x uint64 = 1<<64 - 1; _ = s[x:] })
	try("slice-acap-uint", func() { var x uint64 = 1<<64 - 1; _ = s[:x] })
	try("slice-acap-neg", func() { _ = s[:k] })
	try("slice3-acap-neg", func() { _ = s[:1:k] })
	try("slice3-b-neg", func() { _ = s[:k:2] })
	try("slice3-c-neg", func() { _ = s[k:2:2] })
	try("map-nil-lookup-unhashable", func() { var mm map[interface{}]int; _ = mm[[]int{}] })
	try("map-delete-unhashable", func() { mm := map[interface{}]int{}; delete(mm, []int{}) })
	try("unhashable-struct", func() { type S struct{ f []int }; _ = map[interface{}]int{S{}: 1} })
	try("uncomparable-map", func() { var x, y interface{} = map[int]int{}, map[int]int{}; _ = x == y })
	try("uncomparable-func", func() { var x, y interface{} = fmt.Println, fmt.Println; _ = x == y })
	try("different-types-no-panic", func() { var x, y interface{} = []int{}, 1; _ = x == y })
}
