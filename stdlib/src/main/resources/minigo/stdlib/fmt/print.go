// Package fmt: Go 1.19's formatted I/O. The formatting engine (verbs, flags, operands, methods)
// is Java (minigo.stdlib.fmt.Printer); the entry points are Go, so that writing goes through the
// io.Writer given (os.Stdout is an *os.File) exactly as in Go.
package fmt

import (
	"io"
	"os"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

type Formatter interface {
	Format(f State, verb rune)
}

// State is what a Formatter's Format method receives: the operand's flags and a place to write.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// pp is the State handed to Format methods. Its methods are natives that reach the Java printer
// running the Format call on this goroutine.
type pp struct {
	_ int
}

func (p *pp) Write(b []byte) (ret int, err error)
func (p *pp) WriteString(s string) (ret int, err error)
func (p *pp) Width() (wid int, ok bool)
func (p *pp) Precision() (prec int, ok bool)
func (p *pp) Flag(b int) bool

// state is the one State value every printer passes to Format methods (natives take it as an
// interface so that they hold its dynamic type).
var state any = &pp{}

// Natives: the engine. Each returns the formatted bytes (or string) of one call; the append forms
// given a nil slice return the printer's own bytes, which are not on the Go heap (Go's printers
// come from a pool and allocate nothing either).

func sprintf(st any, format string, a []any) string
func sprint(st any, a []any) string
func sprintln(st any, a []any) string
func appendf(st any, b []byte, format string, a []any) []byte
func appendp(st any, b []byte, a []any) []byte
func appendln(st any, b []byte, a []any) []byte

// errorf formats like Sprintf with %w allowed once; wrapped is the index of its operand or -1.
func errorf(st any, format string, a []any) (s string, wrapped int)

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write(appendf(state, nil, format, a))
}

func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

func Sprintf(format string, a ...any) string {
	return sprintf(state, format, a)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return appendf(state, b, format, a)
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write(appendp(state, nil, a))
}

func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

func Sprint(a ...any) string {
	return sprint(state, a)
}

func Append(b []byte, a ...any) []byte {
	return appendp(state, b, a)
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write(appendln(state, nil, a))
}

func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

func Sprintln(a ...any) string {
	return sprintln(state, a)
}

func Appendln(b []byte, a ...any) []byte {
	return appendln(state, b, a)
}
