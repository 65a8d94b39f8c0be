// Program counters and what they stand for: Callers, CallersFrames, FuncForPC.
//
// Go's program counters are code addresses; minigo's stand for a function at a file and line
// (the interpreter hands them out on demand, the same number for the same place within a run).
// So FuncForPC and Frames find the function, file and line each counter was made for; there is
// no code to disassemble and no inlining to unwind.
package runtime

// Func is a function of the running program, as FuncForPC finds it.
type Func struct {
	name  string
	entry uintptr
}

// pcInfo tells what a program counter stands for (a native).
func pcInfo(pc uintptr) (function string, file string, line int, entry uintptr, ok bool)

// FuncForPC returns the function that pc is in, or nil.
func FuncForPC(pc uintptr) *Func {
	name, _, _, entry, ok := pcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, entry: entry}
}

// Name returns the function's name as tracebacks show it ("main.main", "main.(*T).M").
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the program counter of the function's first place.
func (f *Func) Entry() uintptr {
	return f.entry
}

// FileLine returns the file and line that pc stands for.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _, _ = pcInfo(pc)
	return
}

// Callers fills pc with the program counters of the calling goroutine's frames, skip frames
// up (0: Callers itself, 1: its caller), and returns how many it wrote.
func Callers(skip int, pc []uintptr) int

// Frame is one frame of a goroutine's stack, as Frames.Next reports it.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames turns the program counters of Callers into Frames.
type Frames struct {
	callers []uintptr
}

// CallersFrames returns the Frames of program counters from Callers.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		name, file, line, entry, ok := pcInfo(pc)
		if !ok {
			continue
		}
		frame = Frame{PC: pc, Func: &Func{name: name, entry: entry}, Function: name, File: file, Line: line, Entry: entry}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// Stack writes the calling goroutine's traceback into buf, and every other goroutine's after it
// if all is set, as far as buf holds; it returns how many bytes it wrote.
func Stack(buf []byte, all bool) int
