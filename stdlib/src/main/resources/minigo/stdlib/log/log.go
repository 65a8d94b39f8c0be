// Package log: Go 1.19's simple logging. A Logger writes each message on a line of its own,
// after a header made from its flags (date, time, the caller's file and line) and prefix; the
// standard logger writes to os.Stderr with the date and time. Fatal functions exit with status 1
// after logging, Panic functions panic with the message.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

// The flags choose the header's parts, in this order: date, time, file and line.
const (
	Ldate         = 1 << iota // 2009/01/23
	Ltime                     // 01:23:23
	Lmicroseconds             // 01:23:23.123123 (with Ltime)
	Llongfile                 // /a/b/c/d.go:23
	Lshortfile                // d.go:23 (overrides Llongfile)
	LUTC                      // the date and time in UTC
	Lmsgprefix                // the prefix just before the message, not at the start of the line
	LstdFlags     = Ldate | Ltime
)

// A Logger writes lines to an io.Writer, one Write per message; it may be used by several
// goroutines at once.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
	buf    []byte
}

// New creates a Logger writing to out with this prefix and these flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger.
func Default() *Logger { return std }

func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
}

// appendInt appends i in decimal, zero-padded to width (no padding for a negative width).
func appendInt(buf []byte, i int, width int) []byte {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || width > 1 {
		width--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	return append(buf, b[bp:]...)
}

// header appends the prefix (unless Lmsgprefix), the date and time, and the file and line.
func (l *Logger) header(buf []byte, t time.Time, file string, line int) []byte {
	if l.flag&Lmsgprefix == 0 {
		buf = append(buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&LUTC != 0 {
			t = t.UTC()
		}
		if l.flag&Ldate != 0 {
			year, month, day := t.Date()
			buf = appendInt(buf, year, 4)
			buf = append(buf, '/')
			buf = appendInt(buf, int(month), 2)
			buf = append(buf, '/')
			buf = appendInt(buf, day, 2)
			buf = append(buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			buf = appendInt(buf, hour, 2)
			buf = append(buf, ':')
			buf = appendInt(buf, min, 2)
			buf = append(buf, ':')
			buf = appendInt(buf, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				buf = append(buf, '.')
				buf = appendInt(buf, t.Nanosecond()/1e3, 6)
			}
			buf = append(buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		buf = append(buf, file...)
		buf = append(buf, ':')
		buf = appendInt(buf, line, -1)
		buf = append(buf, ": "...)
	}
	if l.flag&Lmsgprefix != 0 {
		buf = append(buf, l.prefix...)
	}
	return buf
}

// Output writes a line: the header, then s (with a newline unless s ends with one). calldepth
// counts the frames between the caller to report and Output (2 for the Print functions).
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	var file string
	var line int
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		_, file, line, ok = runtime.Caller(calldepth)
		if !ok {
			file = "???"
			line = 0
		}
	}
	l.buf = l.header(l.buf[:0], now, file, line)
	l.buf = append(l.buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		l.buf = append(l.buf, '\n')
	}
	_, err := l.out.Write(l.buf)
	return err
}

func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }

func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// The standard logger's functions.

func SetOutput(w io.Writer) { std.SetOutput(w) }

func Flags() int { return std.Flags() }

func SetFlags(flag int) { std.SetFlags(flag) }

func Prefix() string { return std.Prefix() }

func SetPrefix(prefix string) { std.SetPrefix(prefix) }

func Writer() io.Writer { return std.Writer() }

func Print(v ...any) { std.Output(2, fmt.Sprint(v...)) }

func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }

func Println(v ...any) { std.Output(2, fmt.Sprintln(v...)) }

func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

// Output is the standard logger's Output; calldepth counts from the caller of this function.
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
