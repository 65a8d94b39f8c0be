package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// runtime/debug.Stack: the calling goroutine's frames, innermost first, under Go's names for
// methods, closures (numbered per enclosing function), init functions and package variables'
// closures. Arguments and positions are left out: they are Go's machine words and paths.
func names(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l == "" || strings.HasPrefix(l, "\t") || strings.HasPrefix(l, "goroutine") {
			continue
		}
		if i := strings.LastIndex(l, "("); i > 0 {
			l = l[:i]
		}
		out = append(out, l)
	}
	return strings.Join(out, " | ")
}

func header(s string) string {
	return s[:strings.Index(s, "\n")]
}

var g = func() string { return names(string(debug.Stack())) }

func init() {
	fmt.Println(names(string(debug.Stack())))
}

func init() {
	f := func() { fmt.Println(names(string(debug.Stack()))) }
	f()
}

//go:noinline
func leaf(n int) string {
	if n > 0 {
		return leaf(n - 1)
	}
	return string(debug.Stack())
}

type T struct{}

//go:noinline
func (T) value() string { return leaf(1) }

//go:noinline
func (*T) pointer() string {
	f := func() string {
		h := func() string { return names(string(debug.Stack())) }
		return h()
	}
	return f()
}

func main() {
	fmt.Println(header(leaf(0)))
	fmt.Println(names(leaf(0)))
	fmt.Println(names(T{}.value()))
	fmt.Println((&T{}).pointer())
	fmt.Println(g())
	a := func() string { return names(string(debug.Stack())) }
	b := func() string {
		c := func() string { return names(string(debug.Stack())) }
		d := func() string { return c() }
		return d()
	}
	fmt.Println(a())
	fmt.Println(b())
	done := make(chan string)
	go func() {
		s := leaf(2)
		done <- names(s)
	}()
	fmt.Println(<-done)
}
