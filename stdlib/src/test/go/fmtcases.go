// Prints fmt.Sprintf results for operands of the basic kinds under many verbs, flags, widths and
// precisions, one case per line: quoted format \t operand specs \t quoted result (Go's %q).
// Operand spec: kind:value joined by '|' (kinds: i i8 i16 i32 i64 u u8 u16 u32 u64 uptr f32 f64
// c128 s bs b nil). FmtCasesTest builds the same operands in minigo's value model and compares.
// Regenerate with regen.sh.
package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type operand struct {
	spec string
	v    any
}

func op(kind string, text string) operand {
	switch kind {
	case "i":
		n, _ := strconv.ParseInt(text, 10, 64)
		return operand{kind + ":" + text, int(n)}
	case "i8":
		n, _ := strconv.ParseInt(text, 10, 8)
		return operand{kind + ":" + text, int8(n)}
	case "i16":
		n, _ := strconv.ParseInt(text, 10, 16)
		return operand{kind + ":" + text, int16(n)}
	case "i32":
		n, _ := strconv.ParseInt(text, 10, 32)
		return operand{kind + ":" + text, int32(n)}
	case "i64":
		n, _ := strconv.ParseInt(text, 10, 64)
		return operand{kind + ":" + text, n}
	case "u":
		n, _ := strconv.ParseUint(text, 10, 64)
		return operand{kind + ":" + text, uint(n)}
	case "u8":
		n, _ := strconv.ParseUint(text, 10, 8)
		return operand{kind + ":" + text, uint8(n)}
	case "u16":
		n, _ := strconv.ParseUint(text, 10, 16)
		return operand{kind + ":" + text, uint16(n)}
	case "u32":
		n, _ := strconv.ParseUint(text, 10, 32)
		return operand{kind + ":" + text, uint32(n)}
	case "u64":
		n, _ := strconv.ParseUint(text, 10, 64)
		return operand{kind + ":" + text, n}
	case "uptr":
		n, _ := strconv.ParseUint(text, 10, 64)
		return operand{kind + ":" + text, uintptr(n)}
	case "f64":
		f, _ := strconv.ParseFloat(text, 64)
		return operand{kind + ":" + text, f}
	case "f32":
		f, _ := strconv.ParseFloat(text, 32)
		return operand{kind + ":" + text, float32(f)}
	case "c128":
		parts := strings.Split(text, "/")
		re, _ := strconv.ParseFloat(parts[0], 64)
		im, _ := strconv.ParseFloat(parts[1], 64)
		return operand{kind + ":" + text, complex(re, im)}
	case "s":
		return operand{kind + ":" + hex.EncodeToString([]byte(text)), text}
	case "bs":
		return operand{kind + ":" + hex.EncodeToString([]byte(text)), []byte(text)}
	case "b":
		return operand{kind + ":" + text, text == "true"}
	case "nil":
		return operand{"nil:", nil}
	}
	panic(kind)
}

func main() {
	ints := []operand{op("i", "0"), op("i", "7"), op("i", "-7"), op("i", "255"), op("i", "-65536"), op("i", "1234567"),
		op("i8", "-128"), op("i16", "300"), op("i32", "128512"), op("i64", "-9223372036854775808"), op("u", "42"),
		op("u8", "200"), op("u16", "65535"), op("u32", "4294967295"), op("u64", "18446744073709551615"), op("uptr", "4096"),
		op("i32", "233"), op("i32", "10"), op("i32", "1114112"), op("i32", "-1")}
	floats := []operand{op("f64", "0"), op("f64", "-0"), op("f64", "1"), op("f64", "-2.5"), op("f64", "3.14159265"),
		op("f64", "123456.789"), op("f64", "1e-7"), op("f64", "6.02214076e23"), op("f64", "1e21"), op("f64", "100"),
		op("f64", "0.1"), op("f64", "+Inf"), op("f64", "-Inf"), op("f64", "NaN"), op("f32", "1.1"), op("f32", "3.4e38"),
		op("f64", "1e6"), op("f64", "123456789"), op("f64", "0.000012345"), op("c128", "1.5/-2"), op("c128", "0/1")}
	strs := []operand{op("s", ""), op("s", "Gopher"), op("s", "héllo"), op("s", "日本語"), op("s", "tab\there"),
		op("s", "quote\"d`"), op("s", "\x00\x7f\xff"), op("s", "\u2028x"), op("bs", "bytes"), op("bs", "\x01\xab"),
		op("bs", ""), op("b", "true"), op("b", "false"), op("nil", "")}
	intVerbs := []string{"v", "d", "b", "o", "O", "x", "X", "c", "q", "U", "s", "e", "p", "T"}
	floatVerbs := []string{"v", "b", "e", "E", "f", "F", "g", "G", "x", "X", "d", "s", "T"}
	strVerbs := []string{"v", "s", "q", "x", "X", "d", "c", "t", "T"}
	flags := []string{"", "+", "-", "#", " ", "0", "-#", "+08", "# "}
	sizes := []string{"", "5", ".0", ".3", "8.2", "12"}
	type group struct {
		ops   []operand
		verbs []string
	}
	for _, g := range []group{{ints, intVerbs}, {floats, floatVerbs}, {strs, strVerbs}} {
		for _, o := range g.ops {
			for _, v := range g.verbs {
				for _, f := range flags {
					for _, sz := range sizes {
						format := "%" + f + sz + v
						out := fmt.Sprintf(format, o.v)
						fmt.Printf("%q\t%s\t%q\n", format, o.spec, out)
					}
				}
			}
		}
	}
	// Formats with several operands: argument indexes, *, errors in the format.
	pair := []operand{op("i", "5"), op("s", "x"), op("f64", "2.5")}
	formats := []string{"%d %s %g", "%[2]s %[1]d", "%[3]*.[2]*[1]f", "%*d", "%-*d|", "%.*f", "%[5]d", "%[0]d", "%[x]d",
		"%[2]d %d", "%d %d %d %d", "%d", "%!", "%", "x%", "%z", "%[1]d %[1]v %[1]x", "%v %v", "%[2]*d", "%3[1]d",
		"%.[1]d", "%[1]", "%[]d", "%[-1]d", "%[99999999999999999999]d", "%10.[2]d", "%.*[1]d", "%%d %d", "%5%|%-5%|"}
	for _, format := range formats {
		var specs []string
		var args []any
		for _, o := range pair {
			specs = append(specs, o.spec)
			args = append(args, o.v)
		}
		out := fmt.Sprintf(format, args...)
		fmt.Printf("%q\t%s\t%q\n", format, strings.Join(specs, "|"), out)
	}
	for _, w := range []operand{op("i", "-3"), op("i", "1000001"), op("u8", "4"), op("i64", "7"), op("f64", "4"), op("u64", "18446744073709551615")} {
		for _, format := range []string{"%*d|", "%.*d|", "%-*x|"} {
			out := fmt.Sprintf(format, w.v, 42)
			fmt.Printf("%q\t%s|i:42\t%q\n", format, w.spec, out)
		}
	}
	_ = math.Pi
}
