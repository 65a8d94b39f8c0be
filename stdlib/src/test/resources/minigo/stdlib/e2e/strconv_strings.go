package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"42", "-17", "abc", "", "99999999999999999999", "0x1F", "1_000"} {
		i, err := strconv.Atoi(s)
		fmt.Println(i, err)
		j, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(j, err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		}
	}
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	for _, s := range []string{"3.14", "1e400", "-0", "inf", "0x1p-2", "1_0.5", "x"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	for _, f := range []float64{0, 1.5, -2.25, 1e21, 1e-7, 123456789, 0.1} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'e', 3, 32), strconv.FormatFloat(f, 'b', -1, 64))
	}
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 16), strconv.FormatUint(1<<63, 2), strconv.FormatBool(true))
	fmt.Println(string(strconv.AppendInt([]byte("n="), -7, 10)), string(strconv.AppendQuote(nil, "hi")))
	fmt.Println(strconv.Quote("tab\t\"q\" é \x00"), strconv.QuoteToASCII("é日"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	for _, q := range []string{`"a\tb"`, "`raw`", `'x'`, `"bad`, `'ab'`, `"\u00e9"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	s := "Hello, Wörld! Go is fun; go GO"
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.Title("hello world"))
	fmt.Println(strings.Fields("  a b\t c\n"), len(strings.Fields("")), strings.Split("a,b,,c", ","), strings.SplitN("a,b,c", ",", 2))
	fmt.Println(strings.Contains(s, "Go"), strings.ContainsRune(s, 'ö'), strings.ContainsAny(s, "xyz!"), strings.Count(s, "o"), strings.Count("abc", ""))
	fmt.Println(strings.Index(s, "Go"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'W'), strings.IndexRune(s, 'ö'), strings.IndexAny(s, "!;"))
	fmt.Println(strings.Replace(s, "o", "0", 2), strings.ReplaceAll(s, "Go", "Rust"), strings.Repeat("ab", 3))
	fmt.Println(strings.TrimSpace("  x y  "), strings.Trim("xxhixx", "x"), strings.TrimLeft("aab", "a"), strings.TrimRight("baa", "a"),
		strings.TrimPrefix("prefix-x", "prefix-"), strings.TrimSuffix("x.go", ".go"), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "GO"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Compare("a", "b"), strings.Map(func(r rune) rune {
		if r == 'o' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "foo bar"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.NewReplacer("a", "1", "b", "2").Replace("abcab"), strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	var sb strings.Builder
	for i := 0; i < 20; i++ {
		sb.WriteString("ab")
		sb.WriteByte('c')
		sb.WriteRune('é')
		fmt.Print(sb.Len(), "/", sb.Cap(), " ")
	}
	fmt.Println()
	var buf bytes.Buffer
	for i := 0; i < 20; i++ {
		buf.WriteString("hello ")
		fmt.Print(buf.Len(), "/", buf.Cap(), " ")
	}
	fmt.Println()
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	bb := []byte("Hello World")
	fmt.Println(string(bytes.ToUpper(bb)), bytes.Contains(bb, []byte("World")), bytes.Index(bb, []byte("o")), bytes.Equal(bb, []byte("x")))
	fmt.Printf("%q %q\n", bytes.Split([]byte("a b c"), []byte(" ")), bytes.Fields([]byte(" x  y ")))
	r := strings.NewReader("héllo")
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(ch), size, " ")
	}
	fmt.Println(utf8.RuneCountInString("héllo, 世界"), utf8.ValidString("a\xffb"), utf8.RuneLen('世'))
	rr, size := utf8.DecodeRuneInString("世界")
	fmt.Println(rr, size, string(utf8.AppendRune(nil, 0x1F600)))
	fmt.Println(unicode.IsLetter('x'), unicode.IsDigit('٣'), unicode.IsSpace('\u00a0'), unicode.IsUpper('É'), unicode.IsPunct('!'),
		unicode.ToUpper('ß'), unicode.ToLower('Σ'), unicode.Is(unicode.Han, '世'), unicode.In('α', unicode.Latin, unicode.Greek))
}
