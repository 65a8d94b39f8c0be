package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Both struct{ N int }

func (b Both) String() string { return "string" }
func (b Both) Error() string  { return "error" }

type Ptr struct{ N int }

func (p *Ptr) String() string { return fmt.Sprint("ptr#", p.N) }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type NilRecv struct{ s string }

func (n *NilRecv) String() string { return n.s }

type Go struct{ A int }

func (g Go) GoString() string { return "Go!" }

type Money struct {
	Cents int
}

func (m Money) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "[%c w=%d/%v p=%d/%v plus=%v minus=%v sharp=%v] $%d.%02d", verb, w, wok, p, pok,
		f.Flag('+'), f.Flag('-'), f.Flag('#'), m.Cents/100, m.Cents%100)
}

type Holder struct {
	Pub  Temp
	priv Temp
	E    error
	S    fmt.Stringer
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	fmt.Println(Temp(21.5), []Temp{1, 2}, map[string]Temp{"a": 3})
	fmt.Printf("%v %s %q %x %d\n", Temp(1), Temp(2), Temp(3), Temp(4), Temp(5))
	fmt.Println(Both{1}, &Both{2})
	fmt.Printf("%#v %+v\n", Both{3}, Both{4})
	p := Ptr{7}
	fmt.Println(p, &p, []*Ptr{&p}[0])
	fmt.Println(Boom{})
	fmt.Printf("[%5s|%-8v]\n", Boom{}, Boom{})
	var nr *NilRecv
	fmt.Println(nr)
	fmt.Printf("%v %#v %v\n", Go{1}, Go{2}, []Go{{3}})
	fmt.Printf("%v|%+8.3x|%-d\n", Money{1234}, Money{5}, Money{99})
	fmt.Println(Holder{1, 2, errors.New("e"), Temp(9)})
	fmt.Printf("%+v\n", Holder{Pub: 5})
	base := errors.New("base")
	w1 := fmt.Errorf("level1: %w", base)
	w2 := fmt.Errorf("level2: %w", w1)
	fmt.Println(w2, errors.Is(w2, base), errors.Unwrap(w2) == w1, errors.Unwrap(base))
	fmt.Printf("%T %T\n", w2, base)
	two := fmt.Errorf("%w and %w", base, base)
	fmt.Println(two, errors.Unwrap(two))
	fmt.Println(fmt.Errorf("not an error: %w", 42))
	var me *MyErr
	wrapped := fmt.Errorf("ctx: %w", &MyErr{404})
	fmt.Println(errors.As(wrapped, &me), me.Code, me)
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d-%s", 7, "x")
	fmt.Fprintln(&sb, " end", 1.5)
	fmt.Print(sb.String())
	fmt.Println(n, err, sb.Len())
	var buf bytes.Buffer
	fmt.Fprint(&buf, "a", 1, 2, "b", "c", 3.0, nil)
	fmt.Println(buf.String())
	fmt.Fprintln(os.Stdout, "to stdout")
	s := fmt.Sprintln("x", 1) + fmt.Sprint() + fmt.Sprint("y")
	fmt.Printf("%q\n", s)
	b := fmt.Appendf([]byte("pre:"), "%03d", 5)
	b = fmt.Append(b, " ", true)
	b = fmt.Appendln(b, "!")
	fmt.Printf("%q\n", b)
	fmt.Printf("%v %v\n", struct {
		a int
		B string
	}{1, "z"}, &struct{ X []int }{[]int{1}})
	fmt.Printf("%6.2f|%-8.3e|%+.0f|%g|%G\n", 3.14159, 1234.5678, 2.5, 1e-7, 1e21)
	fmt.Printf("%08.3f|% d|%+d|%x|%X|%o|%#o|%b\n", -3.14159, 5, 5, 255, 255, 8, 8, 5)
	fmt.Printf("%U %#U %c %q\n", 'G', '⌘', 'é', '\'')
	fmt.Printf("%t %v %p\n", true, nil, nil)
	type point struct{ X, Y int }
	fmt.Printf("%v %+v %#v %T\n", point{1, 2}, point{1, 2}, point{1, 2}, point{})
	var ip *int
	var e error
	fmt.Printf("%v %v %d %s\n", ip, e, []int(nil), []string{})
}
