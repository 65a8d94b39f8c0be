// bufio as Go 1.19 has it: Scanner (lines, words, runes, a custom split, ErrFinalToken, ErrTooLong),
// Reader (ReadString, ReadLine across a small buffer, Unread, Peek, Discard) and Writer.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("one two\nthree\r\n\nfour"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	w := bufio.NewScanner(strings.NewReader("  alpha  beta\tgamma\u00a0delta\n"))
	w.Split(bufio.ScanWords)
	n := 0
	for w.Scan() {
		n++
		fmt.Print(w.Text(), "|")
	}
	fmt.Println(n)
	rs := bufio.NewScanner(strings.NewReader("héllo\xff"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	long.Buffer(make([]byte, 10), 20)
	fmt.Println(long.Scan(), long.Err())

	r := bufio.NewReaderSize(strings.NewReader("line one\nline two\nlast"), 16)
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	r2 := bufio.NewReaderSize(strings.NewReader("a very long line that exceeds the buffer\nshort\r\n"), 16)
	for {
		l, pre, err := r2.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %v\n", l, pre)
	}
	r3 := bufio.NewReader(strings.NewReader("héllo"))
	c, _ := r3.ReadByte()
	fmt.Println(c, r3.UnreadByte(), r3.UnreadByte())
	ru, sz, _ := r3.ReadRune()
	ru, sz, _ = r3.ReadRune()
	fmt.Println(string(ru), sz, r3.UnreadRune(), r3.UnreadRune())
	p, err := r3.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r3.Buffered())
	p, err = r3.Peek(10)
	fmt.Printf("%q %v\n", p, err)
	d, err := r3.Discard(2)
	fmt.Println(d, err)
	rest, err := io.ReadAll(r3)
	fmt.Printf("%q %v\n", rest, err)

	bw := bufio.NewWriterSize(os.Stdout, 8)
	fmt.Println(bw.Available(), bw.Buffered(), bw.Size())
	bw.WriteString("hello, ")
	bw.WriteRune('世')
	bw.WriteByte('!')
	fmt.Fprintf(bw, " %d %s\n", 42, strings.Repeat("ab", 10))
	bw.Flush()
	var sb strings.Builder
	bw2 := bufio.NewWriter(&sb)
	bw2.WriteString("buffered")
	fmt.Println(sb.Len(), bw2.Buffered())
	bw2.Flush()
	fmt.Println(sb.String())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("x\n")), bufio.NewWriter(&sb))
	line, _ := rw.ReadString('\n')
	rw.WriteString(line)
	rw.Flush()
	fmt.Printf("%q\n", sb.String())
	stop := bufio.NewScanner(strings.NewReader("a,b,STOP,c"))
	stop.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i := 0; i < len(data); i++ {
			if data[i] == ',' {
				if string(data[:i]) == "STOP" {
					return i + 1, data[:i], bufio.ErrFinalToken
				}
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		return len(data), data, nil
	})
	for stop.Scan() {
		fmt.Print(stop.Text(), ";")
	}
	fmt.Println(stop.Err())
}
