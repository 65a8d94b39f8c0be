// Finalizers: an object found unreachable is resurrected for one more cycle and its finalizer
// queued; the finalizer goroutine runs the queue, the most recently queued first, as Go's does.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type file struct{ name string }

func open(name string) *file {
	f := &file{name}
	runtime.SetFinalizer(f, func(f *file) { fmt.Println("closing", f.name) })
	return f
}

func main() {
	kept := open("kept.txt")
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		open(n)
	}
	runtime.GC()
	time.Sleep(10 * time.Millisecond) // let the finalizer goroutine run
	fmt.Println("still open:", kept.name)
	runtime.KeepAlive(kept)
}
