// Stack and PrintStack, in a file of their own at the lines where Go 1.19 has them in
// runtime/debug/stack.go: a traceback shows a frame for each of them, at that file and line,
// and programs that look for their own frames in debug.Stack's text find the same lines.
//
// Go's Stack grows a buffer until runtime.Stack fits the trace; minigo's traceback is
// written by the interpreter in one piece, so Stack is a native and its frame stands at
// its declaration, line 24, which is the line of Go's call to runtime.Stack.

package debug

import "os"

// PrintStack prints the stack trace of the calling goroutine to standard error
// (the frame below it shows this function at line 16, as Go does).
func PrintStack() {
	os.Stderr.Write(Stack())
}

// Stack returns the stack trace of the calling goroutine: the header
// "goroutine N [running]:", then each frame innermost first, the function
// and its file:line; the goroutine's creator last for every goroutine but
// the first. The frames are the interpreter's; this function is the first
// of them.
func Stack() []byte
