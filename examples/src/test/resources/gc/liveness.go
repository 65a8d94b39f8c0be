// When does Go consider a local variable dead? At its last use, not at the end of its
// function: the collector frees what only dead variables still point to. Each object here has
// a finalizer that records the phase in which the collector found it unreachable.
package main

import (
	"fmt"
	"runtime"
)

type Obj [8]int64

var phase int
var freed = map[string]int{}

func track(name string) *Obj {
	o := new(Obj)
	runtime.SetFinalizer(o, func(*Obj) { freed[name] = phase })
	return o
}

//go:noinline
func gc() {
	runtime.GC()
	runtime.GC()
	runtime.GC()
	phase++
}

func report(name string) {
	if p, ok := freed[name]; ok {
		fmt.Printf("%-10s freed in phase %d\n", name, p)
	} else {
		fmt.Printf("%-10s still live\n", name)
	}
}

//go:noinline
func use(o *Obj) int64 { return o[0] }

type Holder struct{ o *Obj }

//go:noinline
func keep(h *Holder) int64 { return h.o[1] }

//go:noinline
func straight() {
	a := track("straight")
	use(a)
	gc() // phase 0: a is dead here
	gc()
}

//go:noinline
func param(o *Obj) {
	gc() // phase 2: o is still used below
	use(o)
	gc() // phase 3: o is dead, in this frame and in the caller's
}

//go:noinline
func caller() {
	o := track("param")
	param(o)
	gc()
}

//go:noinline
func stackObject() {
	var h Holder
	h.o = track("stackobj")
	keep(&h)
	gc() // phase 5: nothing points to h any more
	gc()
}

//go:noinline
func loop() {
	o := track("loop")
	for i := 0; i < 2; i++ {
		gc() // phases 7, 8: o is used again in the next iteration
		use(o)
	}
	gc() // phase 9
}

//go:noinline
func result() (r *Obj) {
	r = track("result")
	gc() // phase 10: a named result is live until the function returns
	return
}

//go:noinline
func closure() func() int64 {
	o := track("closure")
	f := func() int64 { return use(o) }
	gc() // phase 12: the closure holds o
	return f
}

type Pair struct {
	o *Obj
	n int
}

//go:noinline
func byValue(p Pair, b bool) {
	gc() // phase 16: the copy in this frame is used below (the caller's p is dead)
	if b {
		use(p.o)
	}
	gc() // phase 17: nothing holds it
}

//go:noinline
func fresh(o *Obj) {
	use(o)
	gc() // phase 18: nothing holds the argument any more, not even the caller's temporary
}

//go:noinline
func deadStore() {
	o := track("deadstore")
	use(o)
	o = track("stored")
	gc() // phase 19: a value stored and never read is dead at once
}

//go:noinline
func deferred() (r *Obj) {
	r = track("deferred")
	defer func() {
		gc() // phase 20: a named result stays live through the deferred calls
		recover()
	}()
	var p *int
	*p = 0
	return
}

func main() {
	straight()
	caller()
	stackObject()
	loop()
	r := result()
	use(r)
	gc()
	f := closure()
	f()
	gc()
	f = nil
	gc()
	gc()
	p := Pair{o: track("byvalue")}
	byValue(p, true)
	fresh(track("fresh"))
	deadStore()
	d := deferred()
	use(d)
	gc()
	for _, n := range []string{"straight", "param", "stackobj", "loop", "result", "closure", "byvalue", "fresh", "deadstore", "stored", "deferred"} {
		report(n)
	}
}
