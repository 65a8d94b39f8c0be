// Out-of-range indexes of an unsigned 64-bit type print unsigned, as Go's boundsError does
// (reads, slicing, stores, increments, addresses); signed ones print as they are.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	var i uint64 = 1<<64 - 1
	var u uint = 1 << 63
	var j uint32 = 1 << 31
	a := [3]int{}
	str := "abc"
	try(func() { _ = s[i] })
	try(func() { _ = s[u] })
	try(func() { _ = s[j] })
	try(func() { _ = a[i] })
	try(func() { _ = str[i] })
	try(func() { _ = s[:i] })
	try(func() { _ = s[i:] })
	try(func() { _ = s[:2:i] })
	try(func() { _ = str[i:] })
	try(func() { _ = a[:i] })
	var k int64 = -5
	try(func() { _ = s[k] })
	try(func() { _ = s[k:] })

	try(func() { s[i] = 1 })
	try(func() { a[i] = 1 })
	try(func() { s[i]++ })
	try(func() { p := &s[i]; _ = p })
}
