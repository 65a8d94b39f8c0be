// fmt's scanning from strings and readers under formats: verbs, widths, %c, %q, %x, %%, the
// newline rules of formats, a Scanner method, and the errors of bad verbs and operands.
package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

// Scan reads "(x,y)".
func (p *point) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.x, &p.y)
	return err
}

func show(name string, n int, err error, vals ...any) {
	fmt.Printf("%-12s n=%d err=%v vals=%v\n", name, n, err, vals)
}

func main() {
	var a, b, c int
	var s, t string
	var f float64
	var r rune
	var bs []byte
	var u uint16
	var ok bool

	n, err := fmt.Sscanf("12345 678", "%3d%d %d", &a, &b, &c)
	show("widths", n, err, a, b, c)
	n, err = fmt.Sscanf("abc", "%c%c", &r, &a)
	show("%c", n, err, r, a)
	n, err = fmt.Sscanf(`"hi\tthere" next`, "%q %s", &s, &t)
	show("%q", n, err, s, t)
	n, err = fmt.Sscanf("`raw str` x", "%q %s", &s, &t)
	show("raw %q", n, err, s, t)
	n, err = fmt.Sscanf("48656c6c6f rest", "%x %s", &bs, &t)
	show("%x bytes", n, err, string(bs), t)
	n, err = fmt.Sscanf("ff 0777 101", "%x %o %b", &a, &b, &c)
	show("bases", n, err, a, b, c)
	n, err = fmt.Sscanf("50% off", "%d%% %s", &a, &s)
	show("%%", n, err, a, s)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	show("nl vs space", n, err, a, b)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	show("nl matches", n, err, a, b)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &a, &b)
	show("nl missing", n, err, a, b)
	n, err = fmt.Sscanf("12", "%d %d", &a, &b)
	show("short", n, err, a, b)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	show("many ops", n, err, a)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &a, &b)
	show("few ops", n, err, a, b)
	n, err = fmt.Sscanf("3.5e2 -0x1p-2 1.5p3 nan inf", "%g %g %g %g %g", &f, &f, &f, &f, &f)
	show("floats", n, err, f)
	n, err = fmt.Sscanf("3.5", "%d", &f)
	show("bad verb", n, err, f)
	n, err = fmt.Sscanf("true", "%d", &ok)
	show("bool %d", n, err, ok)
	n, err = fmt.Sscan("70000", &u)
	show("uint16 ovf", n, err, u)
	n, err = fmt.Sscan("-1", &u)
	show("uint neg", n, err, u)
	n, err = fmt.Sscan("1_000 0x_1F", &a, &b)
	show("underscores", n, err, a, b)
	n, err = fmt.Sscan("T F yes", &ok, &ok, &ok)
	show("bools", n, err, ok)
	var p, q point
	n, err = fmt.Sscan("(1,2) (30,-4)", &p, &q)
	show("Scanner", n, err, p, q)
	n, err = fmt.Sscan("(1;2)", &p)
	show("Scanner err", n, err, p)
	n, err = fmt.Sscan("5", a)
	show("not pointer", n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b, &c)
	show("sscanln", n, err, a, b, c)
	n, err = fmt.Sscanln("  \n", &a)
	show("sscanln nl", n, err)
	n, err = fmt.Sscan("", &a)
	show("empty", n, err)
	n, err = fmt.Sscanf("7", "%d%", &a)
	show("trailing %", n, err, a)
	n, err = fmt.Sscanf("x", "%5s", &s)
	show("width s", n, err, s)
	n, err = fmt.Sscanf("abcdefgh", "%3s%2s", &s, &t)
	show("width s2", n, err, s, t)
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	show("%U", n, err, string(r))
	n, err = fmt.Sscanf("héllo wörld", "%s %c", &s, &r)
	show("utf-8", n, err, s, string(r))
	n, err = fmt.Sscanf("1 \u00a02", "%d %d", &a, &b)
	show("nbsp", n, err, a, b)

	rd := strings.NewReader("10 20 30\n40")
	var total int
	for {
		var v int
		if _, err := fmt.Fscan(rd, &v); err != nil {
			fmt.Println("fscan end:", err)
			break
		}
		total += v
	}
	fmt.Println("total", total)
	rd = strings.NewReader("a 1\nb 2\nc x\n")
	for {
		var k string
		var v int
		n, err := fmt.Fscanln(rd, &k, &v)
		fmt.Println("line:", n, err, k, v)
		if err != nil && n == 0 {
			break
		}
	}
}
