// runtime.Caller, Callers, CallersFrames, FuncForPC and Stack, and debug.Stack: which frames they
// see, also from deferred calls (run at the return statement, at the closing brace, or on top of a
// panicking stack under runtime.gopanic). Files are shown by their base name, tracebacks without
// offsets, so that the output does not depend on where the program lies.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
)

func where(tag string, skip int) {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		fmt.Println(tag, "no caller")
		return
	}
	fmt.Printf("%s: %s %s:%d\n", tag, runtime.FuncForPC(pc).Name(), filepath.Base(file), line)
}

func frames(tag string) {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(1, pcs)
	fs := runtime.CallersFrames(pcs[:n])
	for {
		f, more := fs.Next()
		fmt.Printf("%s: %s %s:%d\n", tag, f.Function, filepath.Base(f.File), f.Line)
		if !more {
			break
		}
	}
}

// trace keeps a traceback's function lines and the base name and line of each position.
func trace(tb string) string {
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(tb), "\n") {
		if strings.HasPrefix(l, "\t") {
			l = strings.Fields(l)[0]
			l = "\t" + filepath.Base(l)
		} else if i := strings.Index(l, "("); i > 0 && !strings.HasPrefix(l, "goroutine") {
			l = l[:i] + "()"
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

type T struct{}

func (T) method() { where("method", 0) }

func atEnd() {
	defer where("deferred at end", 0)
	fmt.Println("atEnd body")
}

func atReturn(x int) int {
	defer where("deferred at return", 0)
	if x > 0 {
		return 1
	}
	return 2
}

func onPanic() {
	defer func() {
		recover()
		fmt.Println(trace(string(debug.Stack())))
	}()
	defer where("deferred on panic, 1 up", 1)
	defer where("deferred on panic", 0)
	panic("boom")
}

func nested() {
	func() {
		frames("closure")
	}()
}

func main() {
	where("main", 0)
	T{}.method()
	atEnd()
	atReturn(1)
	onPanic()
	nested()
	buf := make([]byte, 1024)
	n := runtime.Stack(buf, false)
	fmt.Println(trace(string(buf[:n])))
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
}
