// runtime.SetFinalizer takes interfaces; ReadMemStats and KeepAlive keep their argument on the stack.
package main

import "runtime"

type T struct{ a [4]int }

func main() {
	p := &T{}
	runtime.SetFinalizer(p, func(q *T) { println(q.a[0]) })
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	q := &T{}
	runtime.KeepAlive(q)
	println(m.Mallocs)
}
