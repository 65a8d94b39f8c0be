package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case error:
			fmt.Printf("%-14s error: %s\n", name, v.Error())
		case string:
			fmt.Printf("%-14s string: %s\n", name, v)		default:
			fmt.Printf("%-14s other: %v\n", name, v)
		}
	}()
	f()
}

func main() {
	ch := make(chan int, 1)
	close(ch)
	try("close closed", func() { close(ch) })
	try("send closed", func() { ch <- 1 })
	var nilCh chan int
	try("close nil", func() { close(nilCh) })
	var fn func()
	try("nil func", func() { fn() })
	n := -1
	try("neg shift", func() { _ = 1 << n })
	try("makeslice", func() { _ = make([]int, n) })
	try("makeslice cap", func() { _ = make([]int, 5, 2+n) })
	try("custom", func() { panic(fmt.Sprintf("custom %d", 7)) })
	try("repeat", func() { _ = strings.Repeat("x", n) })
	var arr *[3]int
	try("nil array ptr", func() { arr[1] = 5 })
	s := []int{1, 2, 3}
	try("append ok", func() { s = append(s, 4); fmt.Println("appended", s) })
	try("slice 3-index", func() { k := 5; t := make([]int, 2, 4); _ = t[0:2:k] })
	try("array ptr conv", func() { ap := (*[2]int)(s[:2]); fmt.Println("ok conv", *ap) })
	try("bad arr conv", func() { _ = (*[4]int)(s[:2]) })
	var mm map[string][]int
	try("nil map read", func() { fmt.Println("read nil map:", mm["x"], len(mm)) })
	type node struct{ next *node }
	try("nil chain", func() { var nd node; _ = nd.next.next })
	fmt.Println("done")
}
